import { useLiveQuery } from 'dexie-react-hooks';
import { reportJourneys, type ReportJourney } from '../../domain/compare/report';
import type { Process } from '../../domain/variant';
import { listJourneyMaps, listPersonas } from '../../storage/journeyRepository';
import { workspaceDb } from '../../storage/workspace';

/** The process's client journeys per persona across the variants, current across tabs; empty when there are no maps. */
export function useJourneyComparison(process: Process): ReportJourney[] {
  const maps = useLiveQuery(() => listJourneyMaps(workspaceDb, process.id), [process.id]);
  const personas = useLiveQuery(() => listPersonas(workspaceDb, process.projectId), [process.projectId]);
  if (!maps || !personas) return [];
  return reportJourneys(maps.items, personas.items);
}
