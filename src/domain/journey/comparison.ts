import { variantPairs } from '../compare/comparison';
import { variantKinds, type VariantKind } from '../variant';
import type { JourneyMap } from './model';
import { compareJourneyTotals, journeyTotalIds, journeyTotals, type JourneyTotalChange, type JourneyTotalId } from './totals';

/** One persona's planned journeys across the variants: the figures of each, and "from N to M" for each pair. */
export interface JourneyComparison {
  personaId: string;
  /** The map each variant is represented by: its oldest planned map for this persona. */
  maps: Partial<Record<VariantKind, JourneyMap>>;
  rows: JourneyComparisonRow[];
}

export interface JourneyComparisonRow {
  id: JourneyTotalId;
  values: Partial<Record<VariantKind, number>>;
  changes: (JourneyTotalChange & { fromVariant: VariantKind; toVariant: VariantKind })[];
}

/**
 * The journey figures of a process's variants, per persona, for the comparison page and its export.
 * Actual journeys (one interviewee's) are left out: the comparison is of the service as designed.
 * A persona with a map in one variant only still gets its figures, with no changes.
 */
export function compareJourneys(maps: readonly JourneyMap[]): JourneyComparison[] {
  const planned = [...maps].filter((map) => map.journey === 'planned').sort((a, b) => a.createdAt - b.createdAt);
  const personas = [...new Set(planned.map((map) => map.personaId))];
  return personas.map((personaId) => {
    const chosen: Partial<Record<VariantKind, JourneyMap>> = {};
    for (const map of planned) if (map.personaId === personaId) chosen[map.variantKind] ??= map;
    const totals = Object.fromEntries(variantKinds.flatMap((kind) => (chosen[kind] ? [[kind, journeyTotals(chosen[kind])]] : [])));
    const pairs = variantPairs.filter(([from, to]) => totals[from] && totals[to]).map(([from, to]) => ({ from, to, changes: compareJourneyTotals(totals[from]!, totals[to]!) }));
    return {
      personaId,
      maps: chosen,
      rows: journeyTotalIds.map((id) => ({
        id,
        values: Object.fromEntries(Object.entries(totals).map(([kind, t]) => [kind, t![id].value])),
        changes: pairs.map((pair) => ({ ...pair.changes.find((change) => change.id === id)!, fromVariant: pair.from, toVariant: pair.to })),
      })),
    };
  });
}
