import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { revisionsKey, type Revision } from '../../src/domain/sync/revisions';
import { acknowledged, postgresSpec, sqliteSpec, testServer, until } from './harness';

const documentName = 't1/project-1';

function revision(id: string, parents: string[], author: string): Revision {
  return { id, parents, author, time: Date.now(), sha256: 'a'.repeat(64), size: 10, reason: 'auto', name: '' };
}

const revisionIds = (doc: Y.Doc) => (doc.getArray<Revision>(revisionsKey('variant-1')).toArray() as Revision[]).map((r) => r.id).sort();

describe.each([sqliteSpec, postgresSpec])('sync through the server (%o)', (spec) => {
  const server = testServer({ spec });
  const join = (user: string, doc?: Y.Doc) => server.join(user, documentName, doc);

  it('keeps the revisions two laptops appended offline to one variant, on both and after a restart', async () => {
    // Given two laptops that each made a revision of the same variant while offline
    const alice = new Y.Doc();
    const bob = new Y.Doc();
    alice.getArray(revisionsKey('variant-1')).push([revision('r-alice', ['r0'], 'alice')]);
    bob.getArray(revisionsKey('variant-1')).push([revision('r-bob', ['r0'], 'bob')]);

    // When both come back online
    const a = await join('alice', alice);
    const b = await join('bob', bob);
    await until('both revisions are on both laptops', () => revisionIds(alice).length === 2 && revisionIds(bob).length === 2);
    await until('the server acknowledged both', () => acknowledged(a) && acknowledged(b));

    // Then both survive, on both laptops and in the store after a restart
    expect(revisionIds(alice)).toEqual(['r-alice', 'r-bob']);
    expect(revisionIds(bob)).toEqual(['r-alice', 'r-bob']);
    a.destroy();
    b.destroy();
    await server.restart();

    const fresh = await join('alice');
    await until('a fresh laptop has loaded the project', () => acknowledged(fresh));
    expect(revisionIds(fresh.doc)).toEqual(['r-alice', 'r-bob']);
  });

  it('merges concurrent edits of different fields of one plan row', async () => {
    // Given one plan row known to both laptops
    const a = await join('alice');
    await until('alice is connected', () => acknowledged(a));
    a.doc.getMap('actionPlans:process-1').set('rows[row-1].action', 'Исключить справку');
    const b = await join('bob');
    await until('bob has the row', () => b.doc.getMap('actionPlans:process-1').has('rows[row-1].action'));

    // When, both offline, one changes the row's action and the other its responsible unit
    a.destroy();
    b.destroy();
    a.doc.getMap('actionPlans:process-1').set('rows[row-1].action', 'Исключить справку о составе семьи');
    b.doc.getMap('actionPlans:process-1').set('rows[row-1].responsibleUnit', 'Управление цифровизации');
    const aAgain = await join('alice', a.doc);
    const bAgain = await join('bob', b.doc);

    // Then both edits are in both documents
    const row = (doc: Y.Doc) => doc.getMap('actionPlans:process-1').toJSON();
    await until('both edits reached both laptops', () => acknowledged(aAgain) && acknowledged(bAgain) && row(a.doc)['rows[row-1].responsibleUnit'] !== undefined && row(b.doc)['rows[row-1].action'] !== 'Исключить справку');
    expect(row(a.doc)).toEqual({ 'rows[row-1].action': 'Исключить справку о составе семьи', 'rows[row-1].responsibleUnit': 'Управление цифровизации' });
    expect(row(b.doc)).toEqual(row(a.doc));
  });
});
