import { describe, expect, it } from 'vitest';
import { compareDictionary, loadFacts, threeVariants } from '../../../test/fixtures/compare/compareFixtures';
import { changeBetween, compareVariants, comparisonRow } from './comparison';

describe('compareVariants', () => {
  it('gives each metric per variant and the change for each pair', async () => {
    const comparison = await threeVariants();
    expect(comparison.variants).toEqual(['asIs', 'toBe', 'optimal']);
    const steps = comparisonRow(comparison, 'steps');
    // as-is 8 steps; to-be Accept, Check, Approve, Issue; optimal Check, Issue.
    expect([steps.values.asIs?.value, steps.values.toBe?.value, steps.values.optimal?.value]).toEqual([8, 4, 2]);
    expect(steps.changes.map(({ fromVariant, toVariant, from, to, delta, percent }) => ({ fromVariant, toVariant, from, to, delta, percent }))).toEqual([
      { fromVariant: 'asIs', toVariant: 'toBe', from: 8, to: 4, delta: -4, percent: -50 },
      { fromVariant: 'asIs', toVariant: 'optimal', from: 8, to: 2, delta: -6, percent: -75 },
      { fromVariant: 'toBe', toVariant: 'optimal', from: 4, to: 2, delta: -2, percent: -50 },
    ]);
    expect(steps).toMatchObject({ id: 'steps', unit: 'count', labelKey: 'compare.metric.steps.label', hintKey: 'compare.metric.steps.hint' });
  });

  it('lists what a pair removes and adds, by name', async () => {
    const documents = changeBetween(comparisonRow(await threeVariants(), 'applicantDocuments'), 'asIs', 'toBe');
    // Only the application is still asked of the applicant; the identity card now comes from a system.
    expect(documents?.removed.map((item) => item.name)).toEqual(['Удостоверение личности', 'Свидетельство о браке', 'doc-unnamed', 'Электронная справка', 'Справка с места работы']);
    expect(documents?.added).toEqual([]);
    expect(documents?.percent).toBeCloseTo((-5 / 6) * 100, 10);
    const systems = changeBetween(comparisonRow(await threeVariants(), 'informationSystems'), 'asIs', 'toBe');
    expect(systems?.added.map((item) => item.key)).toEqual(['sys-portal']);
    expect(systems?.removed.map((item) => item.key)).toEqual(['sys-kpsisu', 'sys-address']);
  });

  it('has no percent when the base is zero', async () => {
    const collegial = comparisonRow(await threeVariants(), 'collegialDecisions');
    expect(changeBetween(collegial, 'toBe', 'optimal')).toMatchObject({ from: 0, to: 0, delta: 0, percent: null });
  });

  it('keeps exact working days', async () => {
    const term = comparisonRow(await threeVariants(), 'termLongest');
    // to-be: Accept 10 min + Approve 1 h and 1 day waiting = 1/48 + 1.125.
    expect(term.values.toBe?.value).toBeCloseTo(1 / 48 + 1.125, 12);
  });

  it('compares only the variants that exist', async () => {
    const comparison = compareVariants({ asIs: await loadFacts('as-is.bpmn'), optimal: await loadFacts('optimal.bpmn') }, compareDictionary);
    expect(comparison.variants).toEqual(['asIs', 'optimal']);
    const steps = comparisonRow(comparison, 'steps');
    expect(steps.values.toBe).toBeUndefined();
    expect(steps.changes.map((change) => `${change.fromVariant}→${change.toVariant}`)).toEqual(['asIs→optimal']);
    expect(Object.keys(comparison.terms)).toEqual(['asIs', 'optimal']);
    expect(compareVariants({}, []).rows.every((row) => row.changes.length === 0)).toBe(true);
  });
});
