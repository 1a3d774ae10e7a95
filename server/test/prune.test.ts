import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { approvedContentKey, revisionsKey, type Revision } from '../../src/domain/sync/revisions';
import { blobGraceMs, prune } from '../src/prune';
import { acknowledged, testServer, until } from './harness';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the prune job', () => {
  const server = testServer();

  it('keeps the newest checkpoints, named ones and both sides of a fork, drops the rest and their blobs', async () => {
    // Given a variant with a chain of six automatic checkpoints, a named one early on, and a fork at the end
    const doc = new Y.Doc();
    const rev = (id: string, parents: string[], time: number, reason: Revision['reason'] = 'auto'): Revision => ({ id, parents, author: 'alice', time, sha256: sha(id), size: 1, reason, name: reason === 'named' ? 'Согласовано' : '' });
    const history = [rev('r1', [], 1), rev('r2', ['r1'], 2, 'named'), rev('r3', ['r2'], 3), rev('r4', ['r3'], 4), rev('r5', ['r4'], 5), rev('r6a', ['r5'], 6), rev('r6b', ['r5'], 7)];
    doc.getArray(revisionsKey('variant-1')).push(history);
    const laptop = await server.join('alice', 't1/project-prune', doc);
    await until('the history is on the server', () => acknowledged(laptop));
    for (const r of history) await server.store.putBlob({ teamId: 't1', sha256: r.sha256 }, new TextEncoder().encode(r.id));
    await server.store.putBlob({ teamId: 't1', sha256: sha('orphan') }, new TextEncoder().encode('orphan'));

    // When the job runs keeping three checkpoints, while blobs are still young
    const first = await prune(server.running.sync.server.hocuspocus, server.store, 3);

    // Then r1, r3 and r4 go: r5 and the fork are the newest three, r2 is named, r6a and r6b are the heads
    expect(first.revisionsDropped).toBe(3);
    const kept = () => (laptop.doc.getArray<Revision>(revisionsKey('variant-1')).toArray() as Revision[]).map((r) => r.id).sort();
    await until('the laptop got the prune', () => kept().length === 4);
    expect(kept()).toEqual(['r2', 'r5', 'r6a', 'r6b']);
    // young blobs may belong to metadata still on its way: none is dropped yet
    expect(first.blobsDropped).toBe(0);

    // And a day later the blobs nothing references are dropped
    const later = await prune(server.running.sync.server.hocuspocus, server.store, 3, Date.now() + blobGraceMs + 1000);
    expect(later.blobsDropped).toBe(4);
    expect((await server.store.blobKeys()).map((k) => k.sha256).sort()).toEqual(['r2', 'r5', 'r6a', 'r6b'].map(sha).sort());
    expect((await server.store.auditLog(1))[0]?.action).toBe('prune');
  });

  it('keeps the blob of an approved diagram that no revision names any more', async () => {
    // Given a variant approved as r1, an automatic checkpoint, and two more after it; the approval listed its content
    const doc = new Y.Doc();
    const rev = (id: string, parents: string[], time: number): Revision => ({ id, parents, author: 'alice', time, sha256: sha(id), size: 1, reason: 'auto', name: '' });
    const history = [rev('a1', [], 1), rev('a2', ['a1'], 2), rev('a3', ['a2'], 3)];
    doc.getArray(revisionsKey('variant-2')).push(history);
    doc.getMap(approvedContentKey).set(sha('a1'), 1);
    const laptop = await server.join('alice', 't1/project-approved', doc);
    await until('the history is on the server', () => acknowledged(laptop));
    for (const r of history) await server.store.putBlob({ teamId: 't1', sha256: r.sha256 }, new TextEncoder().encode(r.id));

    // When the job runs a day later keeping one checkpoint
    const report = await prune(server.running.sync.server.hocuspocus, server.store, 1, Date.now() + blobGraceMs + 1000);

    // Then the approved checkpoint's revision goes, but its blob stays; a2's blob, named by nothing, goes
    await until('the laptop got the prune', () => laptop.doc.getArray(revisionsKey('variant-2')).length === 1);
    const kept = (await server.store.blobKeys()).filter((k) => k.teamId === 't1' && history.some((r) => r.sha256 === k.sha256)).map((k) => k.sha256);
    expect(kept.sort()).toEqual([sha('a1'), sha('a3')].sort());
    expect(report.revisionsDropped).toBeGreaterThanOrEqual(2);
  });
});
