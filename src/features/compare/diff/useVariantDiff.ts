import { useEffect, useState } from 'react';
import type { MatchOverride } from '../../../domain/diff/matchSteps';
import type { VariantDiff } from '../../../domain/diff/types';
import { comparisonWorker } from '../comparisonWorker';

export type DiffState = { status: 'computing' } | { status: 'failed'; reason: string } | { status: 'ready'; diff: VariantDiff };

/**
 * The diff of two diagrams, recomputed when either is saved or the matching is corrected, in the
 * comparison worker over the diagrams it parsed for the comparison. The overrides are compared by value:
 * the assessment is read afresh on every change of it, so the array is new even when the
 * matching is not.
 */
export function useVariantDiff(oldXml: string | undefined, newXml: string | undefined, overrides: readonly MatchOverride[]): DiffState {
  const [state, setState] = useState<DiffState>({ status: 'computing' });
  const overridesKey = JSON.stringify(overrides);

  useEffect(() => {
    if (oldXml === undefined || newXml === undefined) return;
    let current = true;
    const overrides = JSON.parse(overridesKey) as MatchOverride[];
    comparisonWorker()
      .diff(oldXml, newXml, overrides)
      .then(
        (diff) => current && setState({ status: 'ready', diff }),
        (error: unknown) => current && setState({ status: 'failed', reason: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      current = false;
    };
  }, [oldXml, newXml, overridesKey]);

  return state;
}
