import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../test/corpus';
import { comparisonApi } from './comparisonApi';

const asIs = readFixture('compare/as-is.bpmn');
const toBe = readFixture('compare/to-be.bpmn');

describe('the comparison worker’s API', () => {
  it('answers in plain data that crosses to the page unchanged (structured clone)', async () => {
    const comparison = await comparisonApi.compare(
      [
        { kind: 'asIs', xml: asIs },
        { kind: 'toBe', xml: toBe },
      ],
      [],
    );
    const diff = await comparisonApi.diff(asIs, toBe, []);
    expect(structuredClone(comparison)).toEqual(comparison);
    expect(structuredClone(diff)).toEqual(diff);
    expect(comparison.variants).toEqual(['asIs', 'toBe']);
    expect(comparison.rows.find((row) => row.id === 'steps')?.changes[0]).toMatchObject({ fromVariant: 'asIs', toVariant: 'toBe' });
    expect(diff.changes.length).toBeGreaterThan(0);
  });

  it('compares a diagram with itself as unchanged', async () => {
    const diff = await comparisonApi.diff(asIs, asIs, []);
    expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 0, layoutOnly: 0 });
  });

  it('times the service term between the steps the team marked, handed over as plain data', async () => {
    const variants = [{ kind: 'asIs' as const, xml: asIs }];
    const unmarked = (await comparisonApi.compare(variants, [])).terms.asIs!;
    const [start, , end] = unmarked.candidates;
    const marked = (await comparisonApi.compare(variants, [], { asIs: { start: start!.id, end: end!.id } })).terms.asIs!;
    expect([marked.basis, marked.startId, marked.endId]).toEqual(['marked', start!.id, end!.id]);
    expect(unmarked.basis).not.toBe('marked');
  });
});
