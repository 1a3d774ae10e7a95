import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdmin } from '../src/adminCommands';
import { verifyToken } from '../src/auth';
import type { Store } from '../src/store/store';
import { secret, sqliteSpec, testConfig, type StoreSpec } from './harness';

describe('the admin CLI', () => {
  let spec: StoreSpec;
  let store: Store;
  const admin = (...args: string[]) => runAdmin(args, store, testConfig());

  beforeAll(async () => {
    spec = sqliteSpec();
    store = await spec.open();
  });

  afterAll(async () => {
    await store.close();
    await spec.drop();
  });

  it('creates users and a team, makes members and signs a token the server accepts', async () => {
    await admin('user', 'add', 'aliya', '--name', 'Алия Сапарова');
    await admin('team', 'add', 'digital-unit', '--name', 'Управление цифровизации');
    expect(await admin('member', 'set', 'digital-unit', 'aliya', '--role', 'editor')).toBe('aliya is an editor of digital-unit');

    const signed = await admin('token', 'aliya', 'digital-unit', '--days', '30');
    expect(await verifyToken(secret, signed)).toEqual({ userId: 'aliya', teamId: 'digital-unit' });
    expect(await admin('list')).toContain('aliya (editor)');
  });

  it('refuses a token for a non-member, a wrong role and an unknown command, saying why', async () => {
    await admin('user', 'add', 'guest');
    await expect(admin('token', 'guest', 'digital-unit')).rejects.toThrow('guest is no member of digital-unit');
    await expect(admin('member', 'set', 'digital-unit', 'guest', '--role', 'owner')).rejects.toThrow('--role must be editor or viewer');
    await expect(admin('user', 'add', 'bad id')).rejects.toThrow("Give the user id as letters, digits, '.', '_' or '-'");
    await expect(admin('frobnicate')).rejects.toThrow('Usage:');
  });

  it('removes a member, whose token then opens nothing', async () => {
    await admin('member', 'remove', 'digital-unit', 'aliya');
    expect(await store.roleOf('digital-unit', 'aliya')).toBeNull();
  });
});
