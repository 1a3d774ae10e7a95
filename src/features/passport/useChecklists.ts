import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { planStatus, statusOf, type CurrentStatus, type StatusSubject } from '../../domain/lifecycle/lifecycle';
import { completenessChecklist, type ChecklistItem } from '../../domain/passport/checklist';
import type { DiagramSummary } from '../../domain/passport/diagramSummary';
import { variantKinds, type VariantKind } from '../../domain/variant';
import { projectChecklistSources, projectDiagrams, sourcesOf, type ProcessDiagrams } from '../../storage/checklistSources';
import { workspaceDb } from '../../storage/workspace';
import { comparisonWorker } from '../compare/comparisonWorker';

export interface ProjectChecklists {
  /** The items of a process's checklist; null while its diagrams are being read. */
  itemsOf(processId: string): ChecklistItem[] | null;
  /** A process's diagram summary (its steps), once read. */
  diagramOf(processId: string, kind: VariantKind): DiagramSummary | undefined;
  /** The variants a process has. */
  variantsOf(processId: string): VariantKind[];
  statusOf(processId: string, subject: StatusSubject): CurrentStatus;
}

/** A diagram that cannot be read has no steps: it counts as not drawn, and the editor says what is wrong with it. */
const unreadable: DiagramSummary = { steps: [] };

/**
 * The completeness checklists of a project's processes, kept current as the project changes. The
 * diagrams are read in the comparison worker, off the page's thread, each XML once.
 */
export function useChecklists(projectId: string): ProjectChecklists | undefined {
  const sources = useLiveQuery(() => projectChecklistSources(workspaceDb, projectId), [projectId]);
  const diagrams = useLiveQuery(() => projectDiagrams(workspaceDb, projectId), [projectId]);
  const [summaries, setSummaries] = useState<ReadonlyMap<string, DiagramSummary>>(new Map());

  useEffect(() => {
    if (!diagrams) return;
    let alive = true;
    const xmls = [...new Set([...diagrams.values()].flatMap((ofProcess) => Object.values(ofProcess)))];
    void Promise.all(xmls.map(async (xml) => [xml, await comparisonWorker().summarise(xml).catch(() => unreadable)] as const)).then((read) => alive && setSummaries(new Map(read)));
    return () => {
      alive = false;
    };
  }, [diagrams]);

  if (!sources || !diagrams) return undefined;
  const xmlOf = (processId: string): ProcessDiagrams => diagrams.get(processId) ?? {};
  const summariesOf = (processId: string) => {
    const read: Partial<Record<VariantKind, DiagramSummary>> = {};
    for (const kind of variantKinds) {
      const xml = xmlOf(processId)[kind];
      if (xml === undefined) continue;
      const summary = summaries.get(xml);
      if (!summary) return null;
      read[kind] = summary;
    }
    return read;
  };
  return {
    itemsOf(processId) {
      const read = summariesOf(processId);
      if (!read) return null;
      const { passport, interviews, asIsJourneyMaps, plan, changes } = sourcesOf(sources, processId);
      return completenessChecklist({ passport, diagrams: read, interviews, asIsJourneyMaps, plan, planStatus: planStatus(plan, changes).status });
    },
    diagramOf(processId, kind) {
      const xml = xmlOf(processId)[kind];
      return xml === undefined ? undefined : summaries.get(xml);
    },
    variantsOf: (processId) => variantKinds.filter((kind) => xmlOf(processId)[kind] !== undefined),
    statusOf(processId, subject) {
      const { plan, changes } = sourcesOf(sources, processId);
      return statusOf(subject, plan, changes);
    },
  };
}
