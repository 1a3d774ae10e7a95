import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../test/corpus';
import { cachedVariant } from './variantCache';

const xml = readFixture('diff/as-is.bpmn');
/** The same diagram saved again: another XML text. */
const saved = (n: number) => `${xml}<!-- ${n} -->`;

describe('the variants the comparison page keeps parsed', () => {
  it('parses an XML text once, whichever string holds it', async () => {
    const first = cachedVariant(xml);
    expect(cachedVariant(xml)).toBe(first);
    expect(cachedVariant(` ${xml}`.slice(1))).toBe(first);
    expect(cachedVariant(saved(0))).not.toBe(first);
    expect((await first).facts.steps.length).toBeGreaterThan(0);
  });

  it('keeps the six used last', async () => {
    const kept = [10, 11, 12, 13, 14, 15].map((n) => cachedVariant(saved(n)));
    expect(cachedVariant(saved(10))).toBe(kept[0]);
    cachedVariant(saved(16));
    expect(cachedVariant(saved(10))).toBe(kept[0]);
    expect(cachedVariant(saved(12))).toBe(kept[2]);
    expect(cachedVariant(saved(11))).not.toBe(kept[1]);
    await Promise.all(kept);
  });
});
