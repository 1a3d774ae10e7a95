import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/store/store';
import { acknowledged, connect, redisUrl, seedTeams, sqliteSpec, startOn, token, until, type Client, type Running, type StoreSpec } from './harness';

describe('several server instances behind a load balancer', () => {
  const specs: StoreSpec[] = [];
  const stores: Store[] = [];
  const servers: Running[] = [];
  const clients: Client[] = [];
  const prefix = `rw-sync-test-${process.pid}-${Date.now()}`;

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const spec = sqliteSpec();
      const store = await spec.open();
      await seedTeams(store);
      specs.push(spec);
      stores.push(store);
      servers.push(await startOn(store, { redisUrl }, prefix));
    }
  });

  afterAll(async () => {
    clients.forEach((c) => c.destroy());
    for (const server of servers) await server.stop();
    for (const store of stores) await store.close();
    for (const spec of specs) await spec.drop();
  });

  it('relays an edit made on one instance to a laptop connected to the other, through Redis', async () => {
    // Given alice on the first instance and bob on the second, in the same project
    const alice = connect(servers[0]!.url, 't1/project-redis', await token('alice'));
    const bob = connect(servers[1]!.url, 't1/project-redis', await token('bob'));
    clients.push(alice, bob);
    await until('both connected', () => acknowledged(alice) && acknowledged(bob));

    // When alice edits the dictionary
    alice.doc.getMap('dictionary:doc-1').set('name', 'Свидетельство о рождении');

    // Then bob gets the edit although his instance never saw alice
    await until('bob has the edit', () => bob.doc.getMap('dictionary:doc-1').get('name') === 'Свидетельство о рождении');
    expect(servers[1]!.sync.server.hocuspocus.documents.get('t1/project-redis')?.getMap('dictionary:doc-1').get('name')).toBe('Свидетельство о рождении');
  });
});
