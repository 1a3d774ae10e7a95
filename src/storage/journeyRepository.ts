import type { VariantKind } from '../domain/variant';
import { journeyFormatVersion, journeyLimits, type Interview, type JourneyMap, type Persona } from '../domain/journey/model';
import { copyJourneyRecords, type CopyTarget, type JourneyRecords } from '../domain/journey/records';
import { parseInterview, parseJourneyMap, parsePersona, type Parsed } from '../domain/journey/validate';
import { newId, type WorkbenchDb } from './db';
import { DelayedSaver, type DelayedSaverOptions } from './delayedSaver';

/**
 * Personas, journey maps and interviews. Every record read back is checked (domain/journey/validate):
 * one that does not pass, written by a newer build or damaged, is left out of the list and counted
 * in `skipped`, so one bad record never breaks the page, and it stays stored untouched.
 */
export interface Checked<T> {
  items: T[];
  skipped: number;
}

function checked<T>(rows: readonly unknown[], parse: (raw: unknown) => Parsed<T>): Checked<T> {
  const items: T[] = [];
  for (const row of rows) {
    const parsed = parse(row);
    if (parsed.ok) items.push(parsed.value);
  }
  return { items, skipped: rows.length - items.length };
}

/** Oldest first; records made in the same millisecond (a sample, a copy) by their name. */
const byCreation = <T extends { createdAt: number }>(items: T[], name: (item: T) => string) =>
  items.sort((a, b) => a.createdAt - b.createdAt || name(a).localeCompare(name(b), 'ru'));

export async function listPersonas(db: WorkbenchDb, projectId: string): Promise<Checked<Persona>> {
  const result = checked(await db.personas.where('projectId').equals(projectId).toArray(), parsePersona);
  return { ...result, items: result.items.sort((a, b) => a.name.localeCompare(b.name, 'ru')) };
}

export async function createPersona(db: WorkbenchDb, projectId: string, name: string, description = ''): Promise<Persona> {
  const now = Date.now();
  const persona: Persona = { formatVersion: journeyFormatVersion, id: newId(), projectId, name: requiredName(name), description: description.trim(), createdAt: now, updatedAt: now };
  await db.personas.add(persona);
  return persona;
}

/** Changes only the fields given, so two quick edits of one persona never undo each other. */
export async function updatePersona(db: WorkbenchDb, id: string, fields: Partial<Pick<Persona, 'name' | 'description'>>): Promise<void> {
  await db.personas.update(id, {
    ...(fields.name !== undefined ? { name: requiredName(fields.name) } : {}),
    ...(fields.description !== undefined ? { description: fields.description.trim().slice(0, journeyLimits.text) } : {}),
    updatedAt: Date.now(),
  });
}

export class PersonaInUseError extends Error {
  constructor(readonly mapNames: string[]) {
    super(`The persona has ${mapNames.length} journey maps`);
  }
}

/** A persona that maps belong to stays: the maps would lose whose journey they are. */
export async function deletePersona(db: WorkbenchDb, id: string): Promise<void> {
  await db.transaction('rw', [db.personas, db.journeyMaps], async () => {
    const persona = await db.personas.get(id);
    if (!persona) return;
    const maps = await db.journeyMaps.where('projectId').equals(persona.projectId).filter((map) => map.personaId === id).toArray();
    if (maps.length) throw new PersonaInUseError(maps.map((map) => map.name));
    await db.personas.delete(id);
  });
}

export async function listJourneyMaps(db: WorkbenchDb, processId: string, variantKind?: VariantKind): Promise<Checked<JourneyMap>> {
  const rows = variantKind ? await db.journeyMaps.where('[processId+variantKind]').equals([processId, variantKind]).toArray() : await db.journeyMaps.where('processId').equals(processId).toArray();
  const result = checked(rows, parseJourneyMap);
  return { ...result, items: byCreation(result.items, (map) => map.name) };
}

export async function getJourneyMap(db: WorkbenchDb, id: string): Promise<JourneyMap | undefined> {
  const parsed = parseJourneyMap(await db.journeyMaps.get(id));
  return parsed.ok ? parsed.value : undefined;
}

/** Stores a new map made elsewhere (created empty, generated, copied); the record gets its id, revision and times here. */
export async function addJourneyMap(db: WorkbenchDb, content: Omit<JourneyMap, 'formatVersion' | 'id' | 'revision' | 'createdAt' | 'updatedAt'>): Promise<JourneyMap> {
  const now = Date.now();
  const map: JourneyMap = { ...content, formatVersion: journeyFormatVersion, id: newId(), name: requiredName(content.name), revision: 1, createdAt: now, updatedAt: now };
  const parsed = parseJourneyMap(map);
  if (!parsed.ok) throw new InvalidJourneyRecordError(parsed.problems);
  await db.journeyMaps.add(map);
  return map;
}

export class InvalidJourneyRecordError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

/** A save from a copy that another tab has replaced since. */
export class JourneyConflictError extends Error {
  constructor(readonly mapId: string) {
    super(`Journey map ${mapId} was changed elsewhere`);
  }
}

/** Stores an edit made on the copy at `expectedRevision`; a newer stored revision is never overwritten. */
export async function saveJourneyMap(db: WorkbenchDb, map: JourneyMap, expectedRevision: number): Promise<number> {
  const parsed = parseJourneyMap(map);
  if (!parsed.ok) throw new InvalidJourneyRecordError(parsed.problems);
  return db.transaction('rw', db.journeyMaps, async () => {
    const stored = await db.journeyMaps.get(map.id);
    if (!stored || stored.revision !== expectedRevision) throw new JourneyConflictError(map.id);
    const revision = expectedRevision + 1;
    await db.journeyMaps.put({ ...parsed.value, revision, updatedAt: Date.now() });
    return revision;
  });
}

export async function deleteJourneyMap(db: WorkbenchDb, id: string): Promise<void> {
  await db.journeyMaps.delete(id);
}

export async function listInterviews(db: WorkbenchDb, processId: string): Promise<Checked<Interview>> {
  const result = checked(await db.interviews.where('processId').equals(processId).toArray(), parseInterview);
  return { ...result, items: byCreation(result.items, (interview) => interview.interviewee) };
}

export async function createInterview(db: WorkbenchDb, projectId: string, processId: string, interviewee: string): Promise<Interview> {
  const now = Date.now();
  const interview: Interview = {
    formatVersion: journeyFormatVersion,
    id: newId(),
    projectId,
    processId,
    interviewee: interviewee.trim().slice(0, journeyLimits.name),
    role: '',
    personaId: null,
    date: '',
    method: 'inPerson',
    notes: '',
    pains: [],
    createdAt: now,
    updatedAt: now,
  };
  await db.interviews.add(interview);
  return interview;
}

/**
 * Applies a change to the stored interview inside one transaction, so two quick edits (or two tabs)
 * never overwrite each other's fields with a stale copy; a change that breaks the format is refused.
 */
export async function updateInterview(db: WorkbenchDb, id: string, change: (current: Interview) => Partial<Interview>): Promise<void> {
  await db.transaction('rw', db.interviews, async () => {
    const current = parseInterview(await db.interviews.get(id));
    if (!current.ok) throw new InvalidJourneyRecordError(current.problems);
    const parsed = parseInterview({ ...current.value, ...change(current.value), id, updatedAt: Date.now() });
    if (!parsed.ok) throw new InvalidJourneyRecordError(parsed.problems);
    await db.interviews.put(parsed.value);
  });
}

/** Pain cards citing the interview keep their quote; the citation shows the interview as deleted. */
export async function deleteInterview(db: WorkbenchDb, id: string): Promise<void> {
  await db.interviews.delete(id);
}

/** The raw records of a project, for a copy: checked, so a damaged record is not copied on. */
export async function projectJourneyRecords(db: WorkbenchDb, projectId: string): Promise<JourneyRecords> {
  const [personas, maps, interviews] = await Promise.all([
    db.personas.where('projectId').equals(projectId).toArray(),
    db.journeyMaps.where('projectId').equals(projectId).toArray(),
    db.interviews.where('projectId').equals(projectId).toArray(),
  ]);
  return { personas: checked(personas, parsePersona).items, maps: checked(maps, parseJourneyMap).items, interviews: checked(interviews, parseInterview).items };
}

/** Adds records copied into a project (a duplicate, a sample); call inside a transaction over the three tables. */
export async function addJourneyRecords(db: WorkbenchDb, records: JourneyRecords, target: Omit<CopyTarget, 'newId' | 'now'>): Promise<void> {
  const copy = copyJourneyRecords(records, { ...target, newId, now: Date.now() });
  await db.personas.bulkAdd(copy.personas);
  await db.interviews.bulkAdd(copy.interviews);
  await db.journeyMaps.bulkAdd(copy.maps);
}

export const journeyTables = (db: WorkbenchDb) => [db.personas, db.journeyMaps, db.interviews];

export async function deleteProjectJourneys(db: WorkbenchDb, projectId: string): Promise<void> {
  for (const table of journeyTables(db)) await table.where('projectId').equals(projectId).delete();
}

export async function deleteProcessJourneys(db: WorkbenchDb, processId: string): Promise<void> {
  await db.journeyMaps.where('processId').equals(processId).delete();
  await db.interviews.where('processId').equals(processId).delete();
}

function requiredName(name: string): string {
  const trimmed = name.trim().slice(0, journeyLimits.name);
  if (!trimmed) throw new Error('A name is required');
  return trimmed;
}

/**
 * The saver of one open map: each write expects the revision the last one stored, so an edit
 * based on a copy another tab has replaced is a conflict (kept in `unsaved`), never an overwrite.
 */
export function journeySaver(db: WorkbenchDb, revision: number, events: { status: DelayedSaverOptions<JourneyMap>['status']; saved(revision: number): void }, delayMs?: number) {
  let stored = revision;
  return new DelayedSaver<JourneyMap>({
    delayMs,
    store: async (map) => {
      stored = await saveJourneyMap(db, map, stored);
      events.saved(stored);
    },
    isFinal: (error) => error instanceof JourneyConflictError,
    status: events.status,
  });
}
