import { describe, expect, it } from 'vitest';
import { generateDiagram } from '../../bench/generateDiagram';
import { splitIntoParts, splitPiecesIntoParts } from './contentParts';

const minChars = 1 << 16;
const diagram = generateDiagram(600);

describe('the parts a long diagram is stored in', () => {
  it('join back into the text, each at least the minimum but the last, none more than twice it', () => {
    const parts = splitIntoParts(diagram, minChars);
    expect(parts.join('')).toBe(diagram);
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts.slice(0, -1)) expect(part.length).toBeGreaterThanOrEqual(minChars);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(2 * minChars);
  });

  it('a renamed step changes only the part it is in', () => {
    const before = splitIntoParts(diagram, minChars);
    // A step in the middle of the process (its layout follows it in the file).
    const at = diagram.indexOf('name="', diagram.length >> 2);
    expect(at).toBeGreaterThan(0);
    const renamed = diagram.slice(0, at) + 'name="Принять и проверить заявление ' + diagram.slice(at + 'name="'.length);
    const after = splitIntoParts(renamed, minChars);
    expect(after.join('')).toBe(renamed);
    expect(after).toHaveLength(before.length);
    expect(after.filter((part, index) => part !== before[index])).toHaveLength(1);
  });

  it('a text without line breaks is cut at twice the minimum', () => {
    const flat = 'x'.repeat(5 * minChars + 7);
    expect(splitIntoParts(flat, minChars).map((part) => part.length)).toEqual([2 * minChars, 2 * minChars, minChars + 7]);
  });

  it('a short text is one part', () => {
    expect(splitIntoParts('<short/>', minChars)).toEqual(['<short/>']);
  });

  it('are the same read through the pieces the text was written in, however it was cut into them', () => {
    // A deterministic generator (a linear congruential one), so a failure can be run again.
    let state = 7;
    const random = (below: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % below);
    const texts = [diagram, 'x'.repeat(5 * minChars + 7), diagram.slice(0, minChars + 3), '<short/>', ''];
    for (const text of texts) {
      const whole = splitIntoParts(text, minChars);
      for (const largest of [1, 40, 5000, 200_000]) {
        const pieces: string[] = [];
        for (let at = 0; at < text.length; ) {
          const length = random(largest + 1);
          pieces.push(text.slice(at, at + length));
          at += length;
        }
        expect(splitPiecesIntoParts(pieces, minChars)).toEqual(whole);
      }
    }
  });
});
