import { asObject } from './fields';
import { journeyFormatVersion, type Interview, type JourneyMap, type NewId, type Persona } from './model';
import { parseInterview, parseJourneyMap, parsePersona, type Parsed } from './validate';

/** A project's journey records together: what a duplicate copies, and what a sample or a package carries. */
export interface JourneyRecords {
  personas: Persona[];
  maps: JourneyMap[];
  interviews: Interview[];
}

export interface CopyTarget {
  projectId: string;
  /** The copy of a process; records of a process that has none are left out. */
  processId(sourceId: string): string | undefined;
  newId: NewId;
  now: number;
}

/**
 * The records under new ids in another project, every reference between them kept: a map's
 * persona, an actual journey's interview and planned map, a pain's interview. Stages, lanes and
 * cards keep their ids (they are unique within their map), so an actual journey still names its
 * planned touchpoints, and links to BPMN elements stay as they are, like the diagrams' ids.
 */
export function copyJourneyRecords(records: JourneyRecords, target: CopyTarget): JourneyRecords {
  const ids = new Map<string, string>();
  const renamed = (id: string) => {
    let copy = ids.get(id);
    if (!copy) ids.set(id, (copy = target.newId()));
    return copy;
  };
  const reference = (id: string | null) => (id !== null && ids.has(id) ? ids.get(id)! : null);
  const stamp = { projectId: target.projectId, createdAt: target.now, updatedAt: target.now };
  const kept = <T extends { processId: string }>(items: T[]) =>
    items.flatMap((item) => {
      const processId = target.processId(item.processId);
      return processId === undefined ? [] : [{ ...item, processId }];
    });

  const personas = records.personas.map((persona) => ({ ...persona, ...stamp, id: renamed(persona.id) }));
  const interviews = kept(records.interviews).map((interview) => ({ ...interview, ...stamp, id: renamed(interview.id) }));
  const maps = kept(records.maps).map((map) => ({ ...map, ...stamp, id: renamed(map.id) }));
  return {
    personas,
    interviews: interviews.map((interview) => ({ ...interview, personaId: reference(interview.personaId) })),
    maps: maps.map((map) => ({
      ...map,
      revision: 1,
      personaId: reference(map.personaId) ?? map.personaId,
      interviewId: reference(map.interviewId),
      plannedMapId: reference(map.plannedMapId),
      cards: map.cards.map((card) => (card.pain ? { ...card, pain: { ...card.pain, interviewId: reference(card.pain.interviewId) } } : card)),
    })),
  };
}

/** A file of journey records (`{ formatVersion: 1, personas, maps, interviews }`), each record checked. */
export function parseJourneyRecords(raw: unknown): Parsed<JourneyRecords> {
  const data = asObject(raw);
  if (data?.formatVersion !== journeyFormatVersion) return { ok: false, problems: [`journeyRecords.formatVersion: expected ${journeyFormatVersion}`] };
  const problems: string[] = [];
  const all = <T>(key: string, parse: (item: unknown) => Parsed<T>): T[] => {
    const items = Array.isArray(data[key]) ? (data[key] as unknown[]) : [];
    if (!Array.isArray(data[key])) problems.push(`journeyRecords.${key}: expected a list`);
    return items.flatMap((item) => {
      const parsed = parse(item);
      if (parsed.ok) return [parsed.value];
      problems.push(...parsed.problems);
      return [];
    });
  };
  const records = { personas: all('personas', parsePersona), maps: all('maps', parseJourneyMap), interviews: all('interviews', parseInterview) };
  return problems.length ? { ok: false, problems } : { ok: true, value: records };
}
