import type { FieldLayout } from '../../domain/sync/recordFields';
import type { WorkbenchDb } from '../db';
import { projectTableNames, type ProjectTableName } from '../projectRecords';
import type { RecordOf } from '../records/recordSchemas';

/**
 * How each table of a project's record set is shared. Typed over `projectTableNames`, so a new kind
 * of project record does not compile until someone decides how it syncs.
 *
 * - `records`: each record a root-level map of the shared document, `<table>:<key>`, its fields
 *   flat (`recordFields.ts`). Root level, not under a key of a table map: two laptops that create the
 *   same key offline (the plan of one process) would otherwise lose one side. `local` fields stay in
 *   this browser: a variant's XML travels as revisions, revision counters are per browser.
 * - `checkpoints`: versions are not copied; their automatic and named checkpoints become revisions
 *   (`revisionSync.ts`), whose XML travels as blobs outside the document.
 */
export type TableSync =
  | { kind: 'records'; key: (record: Record<string, unknown>) => string; local: readonly string[]; layout: FieldLayout }
  | { kind: 'checkpoints' };

const byId = (record: Record<string, unknown>) => String(record.id);
const byProcess = (record: Record<string, unknown>) => String(record.processId);
const records = (key: (r: Record<string, unknown>) => string, local: readonly string[] = [], layout: FieldLayout = {}): TableSync => ({ kind: 'records', key, local, layout });

export const syncRules: Record<ProjectTableName, TableSync> = {
  // A project's updatedAt moves with every save of a diagram: local, or each autosave would be a change.
  projects: records(byId, ['updatedAt']),
  processes: records(byId),
  variants: records(byId, ['xml', 'revision', 'updatedAt']),
  snapshots: { kind: 'checkpoints' },
  snapshotContents: { kind: 'checkpoints' },
  dictionary: records(byId),
  assessments: records(byProcess),
  personas: records(byId),
  journeyMaps: records(byId, ['revision'], { itemLists: ['stages', 'lanes', 'cards'] }),
  interviews: records(byId, [], { itemLists: ['pains'] }),
  actionPlans: records(byProcess, [], { itemLists: ['rows'] }),
  roadmaps: records((r) => String(r.projectId), [], { keyedMaps: ['cells'] }),
  passports: records(byProcess, [], { itemLists: ['legalActs', 'stakeholders', 'problems', 'team'] }),
  // A status change names the version it approved in this browser's history: local, since versions
  // travel as revisions (an approval's version goes up as a named one) and not under their ids. The
  // approved content is shared by its hash, approvedSha256 (approvedContent.ts).
  statusChanges: records(byId, ['versionId']),
};

export type RecordTable = Exclude<ProjectTableName, 'snapshots' | 'snapshotContents'>;
export const recordTables = projectTableNames.filter((t): t is RecordTable => syncRules[t].kind === 'records');

export const rootName = (table: RecordTable, key: string) => `${table}:${key}`;

export function ruleOf(table: RecordTable): Extract<TableSync, { kind: 'records' }> {
  const rule = syncRules[table];
  if (rule.kind !== 'records') throw new Error(`${table} is not synced as records`);
  return rule;
}

/** The stored rows of one table of a project, raw (the caller validates what it takes). */
export function projectRows(db: WorkbenchDb, table: RecordTable, projectId: string): Promise<unknown[]> {
  return table === 'projects' ? db.projects.get(projectId).then((p) => (p ? [p] : [])) : db.table(table).where('projectId').equals(projectId).toArray();
}

/** The value a local-only field takes on a record first received from the team. */
export function localDefaults(table: RecordTable, now: number): Partial<RecordOf<RecordTable>> {
  if (table === 'projects') return { updatedAt: now };
  if (table === 'journeyMaps') return { revision: 1 };
  if (table === 'statusChanges') return { versionId: null };
  return {};
}

/**
 * This browser's sync state, not project work: a duplicate, a backup or a package of a project never
 * carries them (a token, another copy's merge state), so a copy starts as a local project.
 */
export const syncStateTables = ['syncLinks', 'syncDocs', 'syncHeads', 'syncBlobs'] as const;
