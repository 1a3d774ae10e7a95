import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../test/testDb';
import { createProject, deleteForever } from '../projectRepository';
import { BadTokenError, getSyncLink, rememberViewerOnly, shareProject, viewerOnlyProjects } from './syncLinks';

const database = databasePerTest();
const base64url = (value: object) => btoa(unescape(encodeURIComponent(JSON.stringify(value)))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const token = `${base64url({ alg: 'HS256' })}.${base64url({ sub: 'aliya', team: 'zags' })}.signature`;

describe('a project shared with a team', () => {
  it('is linked to the server under <team>/<project>, and a token that names nobody is refused', async () => {
    const db = database();
    const project = await createProject(db, { name: 'Проект', owner: '', serviceName: '', serviceCode: '', serviceConsumers: '', status: 'planned' });
    await expect(shareProject(db, project.id, 'wss://sync.example', 'not-a-token')).rejects.toBeInstanceOf(BadTokenError);
    const link = await shareProject(db, project.id, 'wss://sync.example', ` ${token} `);
    expect(link).toMatchObject({ documentName: `zags/${project.id}`, userId: 'aliya', teamId: 'zags', token });
    expect(await getSyncLink(db, project.id)).toEqual(link);
  });

  it('stops syncing on this computer when the project is deleted for good here', async () => {
    const db = database();
    const project = await createProject(db, { name: 'Проект', owner: '', serviceName: '', serviceCode: '', serviceConsumers: '', status: 'planned' });
    await shareProject(db, project.id, 'wss://sync.example', token);
    await db.syncDocs.put({ projectId: project.id, state: new Uint8Array([0, 0]), base: {} });
    await deleteForever(db, project.id);
    expect(await getSyncLink(db, project.id)).toBeUndefined();
    expect(await db.syncDocs.count()).toBe(0);
  });

  it('remembers when the server said this user only views it, and a damaged link hides no other', async () => {
    const db = database();
    const fields = { owner: '', serviceName: '', serviceCode: '', serviceConsumers: '', status: 'planned' as const };
    const viewed = await createProject(db, { name: 'Наблюдаю', ...fields });
    const edited = await createProject(db, { name: 'Правлю', ...fields });
    await shareProject(db, viewed.id, 'wss://sync.example', token);
    await shareProject(db, edited.id, 'wss://sync.example', token);
    expect(await viewerOnlyProjects(db)).toEqual(new Set());
    await rememberViewerOnly(db, viewed.id, true);
    await rememberViewerOnly(db, edited.id, false);
    await db.syncLinks.put({ projectId: 'damaged', viewerOnly: true } as never);
    expect(await viewerOnlyProjects(db)).toEqual(new Set([viewed.id]));
    expect((await getSyncLink(db, viewed.id))?.viewerOnly).toBe(true);
  });
});
