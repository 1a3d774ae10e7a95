import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { pairKey } from '../../domain/compare/assessment';
import { cachedVariant } from '../../domain/compare/variantCache';
import { diffPreparedVariants } from '../../domain/diff/diffVariants';
import { proposeActions, type ProposedAction } from '../../domain/plan/proposals';
import type { Process } from '../../domain/variant';
import { getAssessment } from '../../storage/assessmentRepository';
import { listDictionary } from '../../storage/dictionaryRepository';
import { listVariants } from '../../storage/variantRepository';
import { workspaceDb } from '../../storage/workspace';

export type ProposalsState = { status: 'loading' } | { status: 'noTarget' } | { status: 'failed'; reason: string } | { status: 'ready'; proposals: ProposedAction[] };

/**
 * The actions the comparison of the process's as-is and its target variant proposes, recomputed
 * when either diagram is saved, the dictionary changes or the team corrects the step matching or
 * answers "proactive" on the comparison page. Diagrams parsed lately are not parsed again (cachedVariant).
 */
export function usePlanProposals(process: Process): ProposalsState {
  const variants = useLiveQuery(() => listVariants(workspaceDb, process.id), [process.id]);
  const dictionary = useLiveQuery(() => listDictionary(workspaceDb, process.projectId), [process.projectId]);
  const assessment = useLiveQuery(() => getAssessment(workspaceDb, process.projectId, process.id), [process.projectId, process.id]);
  const [state, setState] = useState<ProposalsState>({ status: 'loading' });
  const asIs = variants?.find((v) => v.kind === 'asIs')?.xml;
  const target = variants?.find((v) => v.kind === 'toBe')?.xml;
  const overrides = JSON.stringify(assessment?.matchOverrides[pairKey('asIs', 'toBe')] ?? []);
  const proactive = assessment?.proposals.proactive === true;

  useEffect(() => {
    if (!dictionary || asIs === undefined || target === undefined) return;
    let current = true;
    Promise.all([cachedVariant(asIs), cachedVariant(target)])
      .then(([before, after]) => {
        const diff = diffPreparedVariants(before.prepared, after.prepared, JSON.parse(overrides));
        return proposeActions({ asIs: before.facts, target: after.facts, diff, dictionary, proactive });
      })
      .then(
        (proposals) => current && setState({ status: 'ready', proposals }),
        (error: unknown) => current && setState({ status: 'failed', reason: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      current = false;
    };
  }, [dictionary, asIs, target, overrides, proactive]);

  if (variants && (asIs === undefined || target === undefined)) return { status: 'noTarget' };
  return state;
}
