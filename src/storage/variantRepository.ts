import Dexie from 'dexie';
import type { Variant, VariantKind, VariantRef } from '../domain/variant';
import { newId, type WorkbenchDb } from './db';
import { validRecord } from './records/validRecords';
import { addVariants, putContentInParts, variantsWhere, variantTables, withContent, type PartsWritten } from './variantContents';
import { RevisionConflictError, VariantMissingError } from './variantErrors';
import { addVersion, replaceKeepingCurrent, versionTables } from './versionRepository';

export { RevisionConflictError, StaleRevisionError, VariantContentError, VariantMissingError } from './variantErrors';

/** The variants of a process with their diagrams; one whose diagram is missing or damaged is left out. */
export async function listVariants(db: WorkbenchDb, processId: string): Promise<Variant[]> {
  return variantsWhere(db, 'processId', processId);
}

/**
 * The variants of a process without their diagrams, read from the `[processId+kind]` index alone: a
 * live query of the editor's page runs again after every save, and reading the records would copy
 * megabytes of XML each time.
 */
export async function listVariantRefs(db: WorkbenchDb, process: { id: string; projectId: string }): Promise<VariantRef[]> {
  const refs: VariantRef[] = [];
  await db.variants
    .where('[processId+kind]')
    .between([process.id, Dexie.minKey], [process.id, Dexie.maxKey])
    .eachKey((key, cursor) => void refs.push({ id: cursor.primaryKey as string, projectId: process.projectId, processId: process.id, kind: (key as [string, VariantKind])[1] }));
  return refs;
}

/** Undefined when there is no such variant (or its record is damaged); a VariantContentError when its diagram is missing or damaged. */
export async function getVariant(db: WorkbenchDb, id: string): Promise<Variant | undefined> {
  return db.transaction('r', variantTables(db), async () => {
    const record = validRecord('variants', await db.variants.get(id));
    return record && withContent(db, record);
  });
}

/** Copies another variant keeping element ids, so comparison can match the steps. */
export async function deriveVariant(db: WorkbenchDb, processId: string, target: VariantKind, source: VariantKind): Promise<Variant> {
  return db.transaction('rw', [...variantTables(db), db.projects], async () => {
    const from = validRecord('variants', await db.variants.where({ processId, kind: source }).first());
    if (!from) throw new Error(`No ${source} variant to copy`);
    return addVariant(db, from.projectId, processId, target, (await withContent(db, from)).xml);
  });
}

export async function createVariantFromXml(db: WorkbenchDb, projectId: string, processId: string, kind: VariantKind, xml: string): Promise<Variant> {
  return db.transaction('rw', [...variantTables(db), db.projects], () => addVariant(db, projectId, processId, kind, xml));
}

async function addVariant(db: WorkbenchDb, projectId: string, processId: string, kind: VariantKind, xml: string): Promise<Variant> {
  const now = Date.now();
  const variant: Variant = { id: newId(), projectId, processId, kind, xml, revision: 1, updatedAt: now };
  await addVariants(db, [variant]);
  await db.projects.update(projectId, { updatedAt: now });
  return variant;
}

/** What one saver's writes stored, updated by each of them, so the next write repeats only what it must. */
export interface SaverMemory {
  /** The parts of a long diagram (`putContentInParts`). */
  last?: PartsWritten;
  /** When (`Date.now()`) a write last moved the project's `updatedAt`. */
  projectTouchedAt?: number;
}

/**
 * How long a saver leaves the project's `updatedAt` as its last write set it. The project list sorts by it and
 * shows it to the minute; moving it at every autosave re-ran every query of the project (its page's and its
 * muted checks') and re-rendered the project page each time.
 */
export const projectTouchEveryMs = 60_000;

/**
 * Stores an edit. Succeeds only if the stored revision is the one the editor loaded; otherwise
 * the edit is kept as a conflict version and the caller is told, so neither side is lost.
 * `signal` aborts the write, which leaves the variant as it was; `stored` lets a saver rewrite only what changed;
 * `parts` are the XML already cut into the parts it is stored in (`partsOfWritten`).
 */
export async function saveVariantXml(db: WorkbenchDb, id: string, xml: string, expectedRevision: number, signal?: AbortSignal, stored?: SaverMemory, parts?: readonly string[]): Promise<number> {
  // The conflict is thrown after the transaction commits: throwing inside would roll back the kept version.
  type Outcome = { conflict: true; actual: number; versionId: string } | { conflict: false; revision: number; parts: PartsWritten | undefined; touchedAt: number | undefined };
  const outcome = await db.transaction('rw', [...variantTables(db), db.projects, ...versionTables(db)], async (tx): Promise<Outcome> => {
    signal?.throwIfAborted();
    // Aborted in the caller's task, so a transaction the caller opens next does not wait behind this one.
    signal?.addEventListener('abort', () => tx.abort(), { once: true });
    // Only the small record: the revision check needs no diagram, and reading one copies megabytes.
    const record = validRecord('variants', await db.variants.get(id));
    if (!record) throw new VariantMissingError(id);
    if (record.revision !== expectedRevision) {
      const kept = await addVersion(db, record, 'conflict', xml);
      return { conflict: true, actual: record.revision, versionId: kept.id } satisfies Outcome;
    }
    const now = Date.now();
    const revision = record.revision + 1;
    // The record is updated, not put whole: Dexie then knows its indexed fields kept their values, and the queries
    // that list a process's variants by them (the editor's tabs) are not run again at every save. The XML goes under
    // an out-of-line key, so the browser does not clone it to find the key, and a long one in parts, so that no copy
    // of it is one long task.
    await db.variants.bulkUpdate([{ key: id, changes: { revision, updatedAt: now } }]);
    const written = await putContentInParts(db, id, xml, stored?.last, record.revision, parts);
    const touchProject = stored?.projectTouchedAt === undefined || now - stored.projectTouchedAt >= projectTouchEveryMs;
    if (touchProject) await db.projects.update(record.projectId, { updatedAt: now });
    return { conflict: false, revision, parts: written, touchedAt: touchProject ? now : stored?.projectTouchedAt } satisfies Outcome;
  });
  if (outcome.conflict) throw new RevisionConflictError(id, expectedRevision, outcome.actual, outcome.versionId);
  // Only once committed: an aborted write stored none of it.
  if (stored) {
    stored.last = outcome.parts && { ...outcome.parts, revision: outcome.revision };
    stored.projectTouchedAt = outcome.touchedAt;
  }
  return outcome.revision;
}

/**
 * Replaces a variant's diagram by an imported one; the previous diagram stays as a version. Only the
 * tab that edits the variant replaces it, from the revision it shows.
 */
export async function replaceVariantXml(db: WorkbenchDb, id: string, xml: string, expectedRevision: number): Promise<number> {
  return replaceKeepingCurrent(db, id, xml, 'replacedByImport', expectedRevision);
}
