/**
 * What a comparison found, as counts, and how they differ from what generateVariantPair meant to
 * change. The bench page counts each measured run with countFindings; bench/run.mjs and the unit
 * test check the counts with findingMismatches, so a run that silently finds nothing fails.
 */
import type { Comparison } from '../src/domain/compare/comparison';
import type { VariantDiff } from '../src/domain/diff/types';
import type { ComparisonIntent, ExpectedMetrics } from './generateVariants';

export interface ComparisonFindings {
  diff: {
    added: number;
    removed: number;
    changed: number;
    layoutOnly: number;
    matched: number;
    /** Changed elements per aspect ('name', 'flow', 'data'…); an element may count under several. */
    aspects: Record<string, number>;
    /** Changed elements whose aspects are not exactly one. */
    multiAspect: number;
  };
  metrics: {
    asIs: Record<string, number>;
    toBe: Record<string, number>;
    /** Items of the 'steps' metric on one side only. */
    stepsRemoved: number;
    stepsAdded: number;
  };
}

export function countFindings(comparison: Comparison, diff: VariantDiff): ComparisonFindings {
  const aspects: Record<string, number> = {};
  let multiAspect = 0;
  for (const change of diff.changes) {
    if (change.kind !== 'changed') continue;
    for (const aspect of change.aspects) aspects[aspect] = (aspects[aspect] ?? 0) + 1;
    if (change.aspects.length !== 1) multiAspect++;
  }
  const valuesOf = (variant: 'asIs' | 'toBe') => Object.fromEntries(comparison.rows.map((row) => [row.id, row.values[variant]?.value ?? Number.NaN]));
  const steps = comparison.rows.find((row) => row.id === 'steps')?.changes.find((change) => change.fromVariant === 'asIs' && change.toVariant === 'toBe');
  return {
    diff: { ...diff.summary, matched: diff.matches.length, aspects, multiAspect },
    metrics: { asIs: valuesOf('asIs'), toBe: valuesOf('toBe'), stepsRemoved: steps?.removed.length ?? -1, stepsAdded: steps?.added.length ?? -1 },
  };
}

/** Every way the findings differ from the intent, as readable lines; empty when they agree. */
export function findingMismatches(intent: ComparisonIntent, found: ComparisonFindings): string[] {
  const problems: string[] = [];
  const expect = (what: string, actual: number, expected: number, tolerance = 0) => {
    if (!(Math.abs(actual - expected) <= tolerance)) problems.push(`${what}: found ${actual}, expected ${expected}`);
  };
  const { diff, metrics } = found;
  expect('diff: added', diff.added, intent.added);
  expect('diff: removed', diff.removed, intent.removed);
  expect('diff: changed', diff.changed, intent.renamed + intent.rewired + intent.dataChanged);
  expect('diff: layout only', diff.layoutOnly, 0);
  expect('diff: matched', diff.matched, intent.matched);
  expect('diff: changed with more than one aspect', diff.multiAspect, 0);
  const aspects = { name: intent.renamed, flow: intent.rewired, data: intent.dataChanged };
  for (const aspect of new Set([...Object.keys(aspects), ...Object.keys(diff.aspects)])) {
    expect(`diff: aspect '${aspect}'`, diff.aspects[aspect] ?? 0, aspects[aspect as keyof typeof aspects] ?? 0);
  }
  for (const variant of ['asIs', 'toBe'] as const) {
    const expected: ExpectedMetrics = intent.metrics[variant];
    for (const [id, value] of Object.entries(expected)) expect(`metric ${id} (${variant})`, metrics[variant][id] ?? Number.NaN, value, id === 'effortDays' ? 1e-6 : 0);
  }
  expect("metric 'steps': removed items", metrics.stepsRemoved, intent.removed);
  expect("metric 'steps': added items", metrics.stepsAdded, intent.added);
  return problems;
}
