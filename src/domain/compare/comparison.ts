import type { DictionaryEntry } from '../dictionary/dictionary';
import { variantKinds, type VariantKind } from '../variant';
import type { VariantFacts } from './facts';
import { computeMetrics, metricDefinitions, type MetricDefinition, type MetricId, type MetricItem, type MetricValue } from './metrics';
import type { ServiceTerm, TermBounds } from './serviceTerm';

/** The pairs a comparison reports, in the order the procedure produces the variants. */
export const variantPairs: readonly (readonly [VariantKind, VariantKind])[] = [
  ['asIs', 'toBe'],
  ['asIs', 'optimal'],
  ['toBe', 'optimal'],
];

export interface MetricChange {
  fromVariant: VariantKind;
  toVariant: VariantKind;
  from: number;
  to: number;
  delta: number;
  /** Change relative to `from`, in percent; null when `from` is 0. */
  percent: number | null;
  /** Items counted in `fromVariant` but not in `toVariant`, and the other way round. */
  removed: MetricItem[];
  added: MetricItem[];
}

export interface ComparisonRow extends MetricDefinition {
  values: Partial<Record<VariantKind, MetricValue>>;
  /** One per pair of variants that both exist. */
  changes: MetricChange[];
}

export interface Comparison {
  /** The variants that exist, in procedure order. */
  variants: VariantKind[];
  rows: ComparisonRow[];
  /** Per variant: the service term with its bounds, and the steps of a person whose side is unknown. */
  terms: Partial<Record<VariantKind, ServiceTerm>>;
  unclassifiedSteps: Partial<Record<VariantKind, MetricItem[]>>;
}

export function compareVariants(
  facts: Partial<Record<VariantKind, VariantFacts>>,
  dictionary: readonly DictionaryEntry[],
  termBounds: Partial<Record<VariantKind, TermBounds>> = {},
): Comparison {
  const variants = variantKinds.filter((kind) => facts[kind] !== undefined);
  const metrics = new Map(variants.map((kind) => [kind, computeMetrics(facts[kind]!, dictionary, termBounds[kind])]));
  const rows = metricDefinitions.map((definition): ComparisonRow => {
    const values: Partial<Record<VariantKind, MetricValue>> = {};
    metrics.forEach((computed, kind) => {
      const value = computed.values[definition.id];
      if (value) values[kind] = value;
    });
    const changes = variantPairs.flatMap(([fromVariant, toVariant]) => {
      const from = values[fromVariant];
      const to = values[toVariant];
      return from && to ? [change(fromVariant, from, toVariant, to)] : [];
    });
    return { ...definition, values, changes };
  });
  const terms: Partial<Record<VariantKind, ServiceTerm>> = {};
  const unclassifiedSteps: Partial<Record<VariantKind, MetricItem[]>> = {};
  metrics.forEach((computed, kind) => {
    terms[kind] = computed.term;
    unclassifiedSteps[kind] = computed.unclassifiedSteps;
  });
  return { variants, rows, terms, unclassifiedSteps };
}

function change(fromVariant: VariantKind, from: MetricValue, toVariant: VariantKind, to: MetricValue): MetricChange {
  const delta = to.value - from.value;
  const keys = (value: MetricValue) => new Set(value.items.map((item) => item.key));
  const [fromKeys, toKeys] = [keys(from), keys(to)];
  return {
    fromVariant,
    toVariant,
    from: from.value,
    to: to.value,
    delta,
    percent: from.value === 0 ? null : (delta / from.value) * 100,
    removed: from.items.filter((item) => !toKeys.has(item.key)),
    added: to.items.filter((item) => !fromKeys.has(item.key)),
  };
}

export function comparisonRow(comparison: Comparison, id: MetricId): ComparisonRow {
  const row = comparison.rows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`No metric ${id}`);
  return row;
}

export function changeBetween(row: ComparisonRow, fromVariant: VariantKind, toVariant: VariantKind): MetricChange | undefined {
  return row.changes.find((candidate) => candidate.fromVariant === fromVariant && candidate.toVariant === toVariant);
}
