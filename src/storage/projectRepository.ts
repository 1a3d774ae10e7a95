import type { DictionaryEntry } from '../domain/dictionary/dictionary';
import type { JourneyRecords } from '../domain/journey/records';
import { normaliseProjectFields, sortByRecent, type Project, type ProjectFields } from '../domain/project';
import { isLive, trashedNewestFirst } from '../domain/trash';
import { newId, type WorkbenchDb } from './db';
import { deleteVersionsOf, versionTables } from './versionRepository';
import { deleteVariants, variantTables } from './variantContents';
import { readProjectRecords, withNewIds, writeProjectRecords } from './projectRecords';
import { mergeDictionary } from './dictionaryRepository';
import { addJourneyRecords, deleteProjectJourneys, journeyTables } from './journeyRepository';
import { createProcess } from './processRepository';
import { stopSharing } from './sync/syncLinks';
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
  await db.transaction('rw', [db.projects, db.processes, ...variantTables(db), db.dictionary, db.assessments, db.actionPlans, db.roadmaps, db.passports, db.statusChanges, ...versionTables(db), ...journeyTables(db)], async () => {
    await deleteProjectJourneys(db, id);
    await db.roadmaps.delete(id);
    await db.actionPlans.where('projectId').equals(id).delete();
    await db.passports.where('projectId').equals(id).delete();
    await db.statusChanges.where('projectId').equals(id).delete();
    await db.assessments.where('projectId').equals(id).delete();
    await db.dictionary.where('projectId').equals(id).delete();
    const variantIds = await db.variants.where('projectId').equals(id).primaryKeys();
    await deleteVersionsOf(db, variantIds);
    await deleteVariants(db, variantIds);
    await db.processes.where('projectId').equals(id).delete();
    await db.projects.delete(id);
  });
  // Shared with a team: this computer stops syncing it (the team's copy stays on the server).
  await stopSharing(db, id);
}

/**
 * A copy with new ids for the project, its processes and variants; diagrams keep their element ids and
 * dictionary entries their ids. Processes in the trash and the version history stay behind: the copy
 * holds what the user sees in the project, and what they deleted remains restorable in the original.
 */
export async function duplicateProject(db: WorkbenchDb, id: string, name: string): Promise<Project> {
  const source = await readProjectRecords(db, id);
  const now = Date.now();
  const processes = source.processes.filter(isLive);
  const copy = withNewIds({ ...source, processes, snapshots: [], snapshotContents: [] });
  const project: Project = { ...copy.projects[0]!, ...validated({ ...copy.projects[0]!, name }), createdAt: now, updatedAt: now, deletedAt: null };
  await writeProjectRecords(db, {
    ...copy,
    projects: [project],
    processes: copy.processes.map((p) => ({ ...p, createdAt: now })),
    variants: copy.variants.map((v) => ({ ...v, revision: 1, updatedAt: now })),
    assessments: copy.assessments.map((a) => ({ ...a, updatedAt: now })),
  });
  return project;
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
  return db.transaction('rw', [db.projects, db.processes, ...variantTables(db), db.dictionary, ...journeyTables(db)], async () => {
    const project = await createProject(db, input);
    for (const content of processes) {
      const process = await createProcess(db, project.id, content.name, content.variants);
      if (content.journeys) await addJourneyRecords(db, content.journeys, { projectId: project.id, processId: () => process.id });
    }
    await mergeDictionary(db, project.id, dictionary);
    return project;
  });
}
