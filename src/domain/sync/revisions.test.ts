import { describe, expect, it } from 'vitest';
import { headsOf, isAncestor, isRevision, prunableRevisions, type Revision } from './revisions';

const rev = (id: string, parents: string[], time: number, reason: Revision['reason'] = 'auto'): Revision => ({ id, parents, author: 'a', time, sha256: 'f'.repeat(64), size: 1, reason, name: '' });

describe('the revision graph', () => {
  const base = rev('r1', [], 1);
  const mine = rev('r2a', ['r1'], 2);
  const theirs = rev('r2b', ['r1'], 3);

  it('finds one head on a line and two on a fork, and one again after a merge', () => {
    expect(headsOf([base, mine]).map((r) => r.id)).toEqual(['r2a']);
    expect(headsOf([base, mine, theirs]).map((r) => r.id)).toEqual(['r2a', 'r2b']);
    expect(headsOf([base, mine, theirs, rev('m', ['r2a', 'r2b'], 4, 'merge')]).map((r) => r.id)).toEqual(['m']);
  });

  it('counts a revision appended twice (two peers pushing the same) once', () => {
    expect(headsOf([base, mine, { ...mine }]).map((r) => r.id)).toEqual(['r2a']);
  });

  it('knows ancestry through parents', () => {
    expect(isAncestor([base, mine, theirs], 'r1', 'r2b')).toBe(true);
    expect(isAncestor([base, mine, theirs], 'r2a', 'r2b')).toBe(false);
  });

  it('rejects values that are not revisions', () => {
    expect(isRevision(base)).toBe(true);
    expect(isRevision({ ...base, sha256: 'not-a-hash' })).toBe(false);
    expect(isRevision({ ...base, reason: 'whatever' })).toBe(false);
    expect(isRevision(null)).toBe(false);
  });

  it('never prunes heads or named versions', () => {
    const named = rev('n', ['r1'], 1.5, 'named');
    expect([...prunableRevisions([base, named, mine, theirs], 0)]).toEqual(['r1']);
  });
});
