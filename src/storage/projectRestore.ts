import type { IndexableType } from 'dexie';
import type { Project } from '../domain/project';
import type { WorkbenchDb } from './db';
import { projectStores, projectTableNames, readProjectRecords, withNewIds, writeProjectRecords, type ProjectRecords } from './projectRecords';
import { variantWithXml } from './records/recordSchemas';
import { recordProblems, schemaProblems } from './records/validRecords';
import { deleteVariants } from './variantContents';
import { currentSchemaVersion } from './schema';

/** The file of a project's records inside a package: what restores the project exactly. */
export const recordsFormat = 'reengineering-workbench-project-records';
export const recordsFormatVersion = 1;

export interface RecordsFile {
  format: typeof recordsFormat;
  formatVersion: number;
  /** The database schema the records were written with: a newer one is refused, as a newer database is. */
  schemaVersion: number;
  tables: ProjectRecords;
}

export function recordsFile(records: ProjectRecords): RecordsFile {
  return { format: recordsFormat, formatVersion: recordsFormatVersion, schemaVersion: currentSchemaVersion, tables: records };
}

export type RecordsFileProblem =
  | { code: 'notRecords' }
  | { code: 'newerRecords'; schemaVersion: number; supported: number }
  | { code: 'badRecord'; table: string; index: number; fields: string[] }
  | { code: 'foreignRecord'; table: string; index: number };

/**
 * The records of a records file, every one checked as a read from the database is, and all of one
 * project: a file that fails anywhere is refused whole, so nothing half-restored is ever written.
 */
export function parseRecordsFile(raw: unknown): { ok: true; records: ProjectRecords } | { ok: false; problem: RecordsFileProblem } {
  const file = raw as Partial<RecordsFile> | null;
  if (typeof file !== 'object' || file === null || file.format !== recordsFormat || typeof file.tables !== 'object' || file.tables === null) {
    return { ok: false, problem: { code: 'notRecords' } };
  }
  if (typeof file.schemaVersion !== 'number' || file.schemaVersion > currentSchemaVersion || (file.formatVersion ?? 0) > recordsFormatVersion) {
    return { ok: false, problem: { code: 'newerRecords', schemaVersion: Number(file.schemaVersion), supported: currentSchemaVersion } };
  }
  const tables = file.tables as Record<string, unknown>;
  for (const table of projectTableNames) {
    const rows = tables[table] ?? [];
    if (!Array.isArray(rows)) return { ok: false, problem: { code: 'badRecord', table, index: -1, fields: [] } };
    for (const [index, row] of rows.entries()) {
      // A file's variant carries its diagram, which the database keeps apart.
      const problems = table === 'variants' ? schemaProblems(variantWithXml, row) : recordProblems(table, row);
      if (problems.length) return { ok: false, problem: { code: 'badRecord', table, index, fields: problems.map((p) => p.field) } };
    }
  }
  const records = Object.fromEntries(projectTableNames.map((table) => [table, tables[table] ?? []])) as ProjectRecords;
  const foreign = foreignRecord(records);
  return foreign ? { ok: false, problem: foreign } : { ok: true, records };
}

/** A record that is not of the file's one project, or points at a process or variant the file lacks. */
function foreignRecord(records: ProjectRecords): RecordsFileProblem | null {
  if (records.projects.length !== 1) return { code: 'foreignRecord', table: 'projects', index: 0 };
  const projectId = records.projects[0]!.id;
  const processIds = new Set(records.processes.map((p) => p.id));
  const variantIds = new Set(records.variants.map((v) => v.id));
  const snapshotIds = new Set(records.snapshots.map((s) => s.id));
  const owners: { [T in Exclude<keyof ProjectRecords, 'projects'>]: (row: ProjectRecords[T][number]) => boolean } = {
    processes: (p) => p.projectId === projectId,
    variants: (v) => v.projectId === projectId && processIds.has(v.processId),
    snapshots: (s) => s.projectId === projectId && variantIds.has(s.variantId),
    snapshotContents: (c) => snapshotIds.has(c.id),
    dictionary: (e) => e.projectId === projectId,
    assessments: (a) => a.projectId === projectId && processIds.has(a.processId),
    personas: (p) => p.projectId === projectId,
    journeyMaps: (m) => m.projectId === projectId && processIds.has(m.processId),
    interviews: (i) => i.projectId === projectId && processIds.has(i.processId),
    actionPlans: (plan) => plan.projectId === projectId && processIds.has(plan.processId),
    roadmaps: (roadmap) => roadmap.projectId === projectId,
    passports: (passport) => passport.projectId === projectId && processIds.has(passport.processId),
    statusChanges: (change) =>
      change.projectId === projectId &&
      processIds.has(change.processId) &&
      (change.versionId === null || snapshotIds.has(change.versionId)) &&
      (change.plan === null || (change.plan.projectId === projectId && change.plan.processId === change.processId)),
  };
  for (const table of Object.keys(owners) as (keyof typeof owners)[]) {
    const belongs = owners[table] as (row: unknown) => boolean;
    const index = (records[table] as unknown[]).findIndex((row) => !belongs(row));
    if (index >= 0) return { code: 'foreignRecord', table, index };
  }
  return null;
}

/**
 * How a restored project meets one of the same id: `asIs` when there is none (it keeps its ids),
 * `keepBoth` (the restored one gets new ids), or `replace` (the one here goes to the trash, under
 * new ids, and the restored one takes its place). One transaction: all or nothing.
 */
export type RestoreMode = 'asIs' | 'keepBoth' | 'replace';

export async function restoreProject(db: WorkbenchDb, records: ProjectRecords, mode: RestoreMode): Promise<Project> {
  return db.transaction('rw', projectStores(db), async () => {
    const id = records.projects[0]!.id;
    const existing = await db.projects.get(id);
    if (existing && mode === 'asIs') throw new ProjectExistsError(id);
    if (mode === 'keepBoth') {
      const copy = withNewIds(records);
      await writeProjectRecords(db, copy);
      return copy.projects[0]!;
    }
    if (existing && mode === 'replace') {
      const current = await readProjectRecords(db, id);
      const trashed = withNewIds(current);
      trashed.projects = [{ ...trashed.projects[0]!, deletedAt: Date.now() }];
      for (const table of projectTableNames) {
        if (table === 'variants') await deleteVariants(db, current.variants.map((variant) => variant.id));
        else await db.table(table).bulkDelete(current[table].map((row) => primaryKey(db, table, row)));
      }
      await writeProjectRecords(db, trashed);
    }
    await writeProjectRecords(db, records);
    return records.projects[0]!;
  });
}

export class ProjectExistsError extends Error {
  constructor(readonly projectId: string) {
    super(`A project ${projectId} is already here`);
  }
}

export async function projectExists(db: WorkbenchDb, id: string): Promise<boolean> {
  return (await db.projects.get(id)) !== undefined;
}

/** The row's primary key, from the table's own schema (a compound key is an array). */
function primaryKey(db: WorkbenchDb, table: string, row: unknown): IndexableType {
  const keyPath = db.table(table).schema.primKey.keyPath;
  const record = row as Record<string, unknown>;
  return (Array.isArray(keyPath) ? keyPath.map((path) => record[path]) : record[keyPath as string]) as IndexableType;
}
