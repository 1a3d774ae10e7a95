import { describe, expect, it } from 'vitest';
import { keepRecent } from './keptEditors';

describe('the editors kept open in a process', () => {
  const all = ['asIs', 'toBe', 'optimal'];

  it('put the shown ones first, then the most recently shown, up to the limit', () => {
    expect(keepRecent(['asIs'], ['toBe'], all, 2)).toEqual(['toBe', 'asIs']);
    expect(keepRecent(['toBe', 'asIs'], ['optimal'], all, 2)).toEqual(['optimal', 'toBe']);
    expect(keepRecent(['optimal', 'toBe', 'asIs'], ['asIs'], all, 3)).toEqual(['asIs', 'optimal', 'toBe']);
  });

  it('never drop a shown one, even past the limit (two panes side by side)', () => {
    expect(keepRecent(['asIs'], ['toBe', 'optimal'], all, 1)).toEqual(['toBe', 'optimal']);
    expect(keepRecent(['asIs', 'toBe'], ['toBe', 'asIs'], all, 3)).toEqual(['toBe', 'asIs']);
  });

  it('keep no hidden editor of a variant that no longer exists', () => {
    expect(keepRecent(['toBe', 'asIs'], ['optimal'], ['asIs', 'optimal'], 3)).toEqual(['optimal', 'asIs']);
    // A shown variant still to be created keeps its place (its pane offers to create it)
    expect(keepRecent(['asIs'], ['toBe'], ['asIs'], 3)).toEqual(['toBe', 'asIs']);
  });
});
