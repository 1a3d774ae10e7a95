import type { DictionaryEntry } from '../domain/dictionary/dictionary';
import type { JourneyRecords } from '../domain/journey/records';
import { normaliseProjectFields, sortByRecent, type Project, type ProjectFields } from '../domain/project';
import { newId, type WorkbenchDb } from './db';
import { mergeDictionary } from './dictionaryRepository';
import { addJourneyRecords, deleteProjectJourneys, journeyTables, projectJourneyRecords } from './journeyRepository';
import { createProcess } from './processRepository';

export class InvalidProjectError extends Error {
  constructor(readonly errors: string[]) {
    super(`Invalid project: ${errors.join(', ')}`);
  }
}

export async function listProjects(db: WorkbenchDb): Promise<Project[]> {
  return sortByRecent(await db.projects.filter((p) => p.deletedAt === null).toArray());
}

export async function listTrash(db: WorkbenchDb): Promise<Project[]> {
  const trashed = await db.projects.filter((p) => p.deletedAt !== null).toArray();
  return trashed.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
}

export async function getProject(db: WorkbenchDb, id: string): Promise<Project | undefined> {
  return db.projects.get(id);
}

function validated(input: ProjectFields): ProjectFields {
  const { fields, errors } = normaliseProjectFields(input);
  if (errors.length) throw new InvalidProjectError(errors);
  return fields;
}

export async function createProject(db: WorkbenchDb, input: ProjectFields): Promise<Project> {
  const now = Date.now();
  const project: Project = { ...validated(input), id: newId(), createdAt: now, updatedAt: now, deletedAt: null };
  await db.projects.add(project);
  return project;
}

export async function updateProject(db: WorkbenchDb, id: string, input: ProjectFields): Promise<void> {
  await db.projects.update(id, { ...validated(input), updatedAt: Date.now() });
}

export async function moveToTrash(db: WorkbenchDb, id: string): Promise<void> {
  await db.projects.update(id, { deletedAt: Date.now() });
}

export async function restoreFromTrash(db: WorkbenchDb, id: string): Promise<void> {
  await db.projects.update(id, { deletedAt: null, updatedAt: Date.now() });
}

export async function deleteForever(db: WorkbenchDb, id: string): Promise<void> {
  await db.transaction('rw', [db.projects, db.processes, db.variants, db.snapshots, db.dictionary, db.assessments, ...journeyTables(db)], async () => {
    await deleteProjectJourneys(db, id);
    await db.assessments.where('projectId').equals(id).delete();
    await db.dictionary.where('projectId').equals(id).delete();
    await db.snapshots.where('projectId').equals(id).delete();
    await db.variants.where('projectId').equals(id).delete();
    await db.processes.where('projectId').equals(id).delete();
    await db.projects.delete(id);
  });
}

/**
 * A copy with new ids for the project, its processes and variants, and its journey records (their
 * references to each other kept); diagrams keep their element ids and dictionary entries their ids.
 */
export async function duplicateProject(db: WorkbenchDb, id: string, name: string): Promise<Project> {
  return db.transaction('rw', [db.projects, db.processes, db.variants, db.dictionary, db.assessments, ...journeyTables(db)], async () => {
    const source = await db.projects.get(id);
    if (!source) throw new Error(`No project ${id}`);
    const now = Date.now();
    const copy: Project = { ...source, ...validated({ ...source, name }), id: newId(), createdAt: now, updatedAt: now, deletedAt: null };
    await db.projects.add(copy);
    const entries = await db.dictionary.where('projectId').equals(id).toArray();
    await db.dictionary.bulkAdd(entries.map((entry) => ({ ...entry, projectId: copy.id })));
    const processes = await db.processes.where('projectId').equals(id).toArray();
    const copiedProcesses = new Map<string, string>();
    for (const process of processes) {
      const processId = newId();
      copiedProcesses.set(process.id, processId);
      await db.processes.add({ ...process, id: processId, projectId: copy.id, createdAt: now });
      const variants = await db.variants.where('processId').equals(process.id).toArray();
      await db.variants.bulkAdd(variants.map((v) => ({ ...v, id: newId(), projectId: copy.id, processId, revision: 1, updatedAt: now })));
      const assessment = await db.assessments.get(process.id);
      if (assessment) await db.assessments.add({ ...assessment, processId, projectId: copy.id, updatedAt: now });
    }
    await addJourneyRecords(db, await projectJourneyRecords(db, id), { projectId: copy.id, processId: (old) => copiedProcesses.get(old) });
    return copy;
  });
}

export interface NewProcessContent {
  name: string;
  variants: Partial<Record<import('../domain/variant').VariantKind, string>>;
  /** Journey records of the process (a sample's), stored under new ids with the new process. */
  journeys?: JourneyRecords;
}

/**
 * Creates a whole project in one transaction, so a failure leaves nothing half-made. `dictionary`
 * holds the entries the variant files carried (taken out of their XML beforehand, as on import);
 * they join the project's dictionary the way an imported file's do.
 */
export async function createProjectWithProcesses(db: WorkbenchDb, input: ProjectFields, processes: NewProcessContent[], dictionary: DictionaryEntry[] = []): Promise<Project> {
  return db.transaction('rw', [db.projects, db.processes, db.variants, db.dictionary, ...journeyTables(db)], async () => {
    const project = await createProject(db, input);
    for (const content of processes) {
      const process = await createProcess(db, project.id, content.name, content.variants);
      if (content.journeys) await addJourneyRecords(db, content.journeys, { projectId: project.id, processId: () => process.id });
    }
    await mergeDictionary(db, project.id, dictionary);
    return project;
  });
}
