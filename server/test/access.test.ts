import { describe, expect, it } from 'vitest';
import { acknowledged, testServer, token, until } from './harness';

const documentName = 't1/project-1';

describe('who may open and change a team project', () => {
  const server = testServer({ config: { maxConnectionsPerUser: 3 } });
  const join = (tokenValue: string, name = documentName) => server.join('', name, undefined, tokenValue);

  it('refuses a token signed with another key, and logs the refusal', async () => {
    const forged = await join(await token('alice', 't1', 'not-the-servers-key-but-long-enough-anyway'));
    forged.doc.getMap('dictionary:doc-1').set('name', 'Справка');
    await until('the server refused', () => forged.refusals.length > 0);
    expect(forged.refusals).toContain('invalid-token');
    expect(await server.store.loadDocument(documentName)).toBeNull();
    expect((await server.store.auditLog(10, documentName)).some((e) => e.action === 'refused' && e.detail === 'invalid-token')).toBe(true);
  });

  it('refuses a user of another team, even with a token for that team', async () => {
    const outsider = await join(await token('olga', 't2'));
    const pretender = await join(await token('olga', 't1'));
    await until('both refused', () => outsider.refusals.length > 0 && pretender.refusals.length > 0);
    expect(outsider.refusals).toContain('wrong-team');
    expect(pretender.refusals).toContain('not-a-member');
  });

  it("drops a viewer's change: the others and the server never get it", async () => {
    // Given an editor and a viewer in the project
    const alice = await join(await token('alice'));
    const vera = await join(await token('vera'));
    await until('both are connected', () => acknowledged(alice) && vera.provider.isAuthenticated && vera.provider.synced);
    expect(vera.provider.authorizedScope).toBe('readonly');

    // When the viewer writes, then says so through presence (which follows the write on her connection)
    vera.doc.getMap('dictionary:doc-1').set('name', 'Изменено зрителем');
    vera.provider.setAwarenessField('wrote', true);
    await until('alice sees that vera wrote', () => [...alice.provider.awareness!.getStates().values()].some((s) => s.wrote === true));

    // Then the change is neither at the editor nor on the server, and the viewer is told it was not taken
    expect(alice.doc.getMap('dictionary:doc-1').has('name')).toBe(false);
    expect(server.running.sync.server.hocuspocus.documents.get(documentName)?.getMap('dictionary:doc-1').has('name')).toBe(false);
    expect(acknowledged(vera)).toBe(false);
  });

  it('records every change with its user in the audit log', async () => {
    const bob = await join(await token('bob'));
    await until('bob is connected', () => acknowledged(bob));
    bob.doc.getMap('dictionary:doc-2').set('name', 'Удостоверение личности');
    await until('acknowledged', () => acknowledged(bob));
    await until('the change is logged', async () => (await server.store.auditLog(50, documentName)).some((e) => e.action === 'change' && e.userId === 'bob'));
  });

  it('limits the connections one user holds open', async () => {
    const tokenValue = await token('bob');
    const bobs = await Promise.all(Array.from({ length: 4 }, (_, i) => join(tokenValue, `t1/project-limit-${i}`)));
    // bob already holds one connection (the test above): two more are let in, the other two refused
    await until('every attempt answered', () => bobs.every((b) => b.provider.isAuthenticated || b.refusals.length > 0));
    expect(bobs.filter((b) => b.provider.isAuthenticated)).toHaveLength(2);
    expect(bobs.flatMap((b) => b.refusals)).toEqual(['too-many-connections', 'too-many-connections']);
  });
});
