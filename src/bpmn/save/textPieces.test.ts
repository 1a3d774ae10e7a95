import { describe, expect, it } from 'vitest';
import { TextPieces } from './textPieces';

describe('TextPieces', () => {
  it('hands out what was appended, and what was appended since any mark, small and long texts alike', () => {
    // A deterministic generator (a linear congruential one), so a failure can be run again.
    let state = 1;
    const random = (below: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % below);
    const pieces = new TextPieces();
    let text = '';
    const marks: [number, number][] = [];
    for (let i = 0; i < 2000; i++) {
      if (random(10) === 0) marks.push([pieces.mark(), text.length]);
      const added = 'ж'.repeat(random(random(20) === 0 ? 9000 : 50)) + i;
      pieces.add(added);
      text += added;
    }
    for (const [mark, at] of marks) expect(pieces.since(mark).join('')).toBe(text.slice(at));
    expect(pieces.list().join('')).toBe(text);
  });

  it('joins small texts into pieces of thousands of characters', () => {
    const pieces = new TextPieces();
    for (let i = 0; i < 1000; i++) pieces.add('<a x="1"/>');
    expect(pieces.list().map((piece) => piece.length)).toEqual([4100, 4100, 1800]);
  });

  it('starts over when cleared', () => {
    const pieces = new TextPieces();
    pieces.add('<a/>');
    pieces.clear();
    pieces.add('<b/>');
    expect(pieces.list()).toEqual(['<b/>']);
    expect(pieces.since(0)).toEqual(['<b/>']);
  });
});
