import { useLiveQuery } from 'dexie-react-hooks';
import type { Interview, JourneyMap, Persona } from '../../domain/journey/model';
import type { Process, Variant } from '../../domain/variant';
import { listInterviews, listJourneyMaps, listPersonas } from '../../storage/journeyRepository';
import { listVariants } from '../../storage/variantRepository';
import { workspaceDb } from '../../storage/workspace';

export interface JourneyData {
  variants: Variant[];
  /** Every map of the process, all variants. */
  maps: JourneyMap[];
  personas: Persona[];
  interviews: Interview[];
  /** Records that did not pass the checks and are not shown. */
  skipped: number;
}

/** The process's journey records and variants, kept current across tabs. */
export function useJourneyData(process: Process): JourneyData | undefined {
  const variants = useLiveQuery(() => listVariants(workspaceDb, process.id), [process.id]);
  const maps = useLiveQuery(() => listJourneyMaps(workspaceDb, process.id), [process.id]);
  const personas = useLiveQuery(() => listPersonas(workspaceDb, process.projectId), [process.projectId]);
  const interviews = useLiveQuery(() => listInterviews(workspaceDb, process.id), [process.id]);
  if (!variants || !maps || !personas || !interviews) return undefined;
  return { variants, maps: maps.items, personas: personas.items, interviews: interviews.items, skipped: maps.skipped + personas.skipped + interviews.skipped };
}
