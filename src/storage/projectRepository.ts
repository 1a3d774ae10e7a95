import type { DictionaryEntry } from '../domain/dictionary/dictionary';
import { normaliseProjectFields, sortByRecent, type Project, type ProjectFields } from '../domain/project';
import { isLive, trashedNewestFirst } from '../domain/trash';
import { newId, type WorkbenchDb } from './db';
import { deleteVersionsOf, versionTables } from './versionRepository';
import { mergeDictionary } from './dictionaryRepository';
import { createProcess } from './processRepository';
import { validRecord, validRecords } from './records/validRecords';

export class InvalidProjectError extends Error {
  constructor(readonly errors: string[]) {
    super(`Invalid project: ${errors.join(', ')}`);
  }
}

export async function listProjects(db: WorkbenchDb): Promise<Project[]> {
  return sortByRecent(validRecords('projects', await db.projects.toArray()).filter(isLive));
}

export async function listTrash(db: WorkbenchDb): Promise<Project[]> {
  return trashedNewestFirst(validRecords('projects', await db.projects.toArray()));
}

export async function getProject(db: WorkbenchDb, id: string): Promise<Project | undefined> {
  return validRecord('projects', await db.projects.get(id));
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

/** Switches one check off (or on again) for a project; other tabs see it through the live query. */
export async function setRuleMuted(db: WorkbenchDb, id: string, rule: string, muted: boolean): Promise<void> {
  await db.transaction('rw', db.projects, async () => {
    const project = validRecord('projects', await db.projects.get(id));
    if (!project) return;
    const others = (project.mutedRules ?? []).filter((r) => r !== rule);
    await db.projects.update(id, { mutedRules: muted ? [...others, rule] : others });
  });
}

export async function moveToTrash(db: WorkbenchDb, id: string): Promise<void> {
  await db.projects.update(id, { deletedAt: Date.now() });
}

export async function restoreFromTrash(db: WorkbenchDb, id: string): Promise<void> {
  await db.projects.update(id, { deletedAt: null, updatedAt: Date.now() });
}

export async function deleteForever(db: WorkbenchDb, id: string): Promise<void> {
  await db.transaction('rw', [db.projects, db.processes, db.variants, db.dictionary, db.assessments, ...versionTables(db)], async () => {
    await db.assessments.where('projectId').equals(id).delete();
    await db.dictionary.where('projectId').equals(id).delete();
    await deleteVersionsOf(db, await db.variants.where('projectId').equals(id).primaryKeys());
    await db.variants.where('projectId').equals(id).delete();
    await db.processes.where('projectId').equals(id).delete();
    await db.projects.delete(id);
  });
}

/**
 * A copy with new ids for the project, its processes and variants; diagrams keep their element ids and
 * dictionary entries their ids. Processes in the trash stay behind: the copy holds what the user sees in
 * the project, and what they deleted remains restorable in the original.
 */
export async function duplicateProject(db: WorkbenchDb, id: string, name: string): Promise<Project> {
  return db.transaction('rw', [db.projects, db.processes, db.variants, db.dictionary, db.assessments], async () => {
    const source = validRecord('projects', await db.projects.get(id));
    if (!source) throw new Error(`No project ${id}`);
    const now = Date.now();
    const copy: Project = { ...source, ...validated({ ...source, name }), id: newId(), createdAt: now, updatedAt: now, deletedAt: null };
    await db.projects.add(copy);
    const entries = validRecords('dictionary', await db.dictionary.where('projectId').equals(id).toArray());
    await db.dictionary.bulkAdd(entries.map((entry) => ({ ...entry, projectId: copy.id })));
    const processes = validRecords('processes', await db.processes.where('projectId').equals(id).toArray()).filter(isLive);
    for (const process of processes) {
      const processId = newId();
      await db.processes.add({ ...process, id: processId, projectId: copy.id, createdAt: now });
      const variants = validRecords('variants', await db.variants.where('processId').equals(process.id).toArray());
      await db.variants.bulkAdd(variants.map((v) => ({ ...v, id: newId(), projectId: copy.id, processId, revision: 1, updatedAt: now })));
      const assessment = validRecord('assessments', await db.assessments.get(process.id));
      if (assessment) await db.assessments.add({ ...assessment, processId, projectId: copy.id, updatedAt: now });
    }
    return copy;
  });
}

export interface NewProcessContent {
  name: string;
  variants: Partial<Record<import('../domain/variant').VariantKind, string>>;
}

/**
 * Creates a whole project in one transaction, so a failure leaves nothing half-made. `dictionary`
 * holds the entries the variant files carried (taken out of their XML beforehand, as on import);
 * they join the project's dictionary the way an imported file's do.
 */
export async function createProjectWithProcesses(db: WorkbenchDb, input: ProjectFields, processes: NewProcessContent[], dictionary: DictionaryEntry[] = []): Promise<Project> {
  return db.transaction('rw', [db.projects, db.processes, db.variants, db.dictionary], async () => {
    const project = await createProject(db, input);
    for (const content of processes) await createProcess(db, project.id, content.name, content.variants);
    await mergeDictionary(db, project.id, dictionary);
    return project;
  });
}
