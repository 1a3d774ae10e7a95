import { newId, type Snapshot, type SnapshotReason, type WorkbenchDb } from './db';
import { validRecord, validRecords } from './records/validRecords';
import { putContent, variantTables, withContent } from './variantContents';
import { StaleRevisionError, VariantMissingError } from './variantErrors';

/**
 * The version history of a variant: the snapshots the app and the user keep of it. Writing a
 * version touches two tables (metadata and XML), so callers inside a transaction must include both.
 */
export const versionTables = (db: WorkbenchDb) => [db.snapshots, db.snapshotContents];

/** Automatic versions kept per variant unless the user sets another number (named ones are never pruned). */
export const defaultAutoVersionLimit = 30;

export interface VersionOptions {
  /** The user's name for a named version. */
  name?: string;
  createdAt?: number;
  fromTeam?: boolean;
}

export async function addVersion(db: WorkbenchDb, variant: { id: string; projectId: string }, reason: SnapshotReason, xml: string, options: VersionOptions = {}): Promise<Snapshot> {
  const { name = '', createdAt = Date.now(), fromTeam } = options;
  const snapshot: Snapshot = { id: newId(), variantId: variant.id, projectId: variant.projectId, reason, name: name.trim(), size: xml.length, createdAt, ...(fromTeam && { fromTeam }) };
  await db.transaction('rw', versionTables(db), async () => {
    await db.snapshots.add(snapshot);
    await db.snapshotContents.add({ id: snapshot.id, xml });
  });
  return snapshot;
}

/** Newest first. */
export async function listVersions(db: WorkbenchDb, variantId: string): Promise<Snapshot[]> {
  return validRecords('snapshots', await db.snapshots.where('[variantId+createdAt]').between([variantId, -Infinity], [variantId, Infinity]).reverse().toArray());
}

export async function versionXml(db: WorkbenchDb, id: string): Promise<string | undefined> {
  return validRecord('snapshotContents', await db.snapshotContents.get(id))?.xml;
}

/** Puts newer content into a version this tab just kept (a conflict found while more edits came in). */
export async function setVersionContent(db: WorkbenchDb, id: string, xml: string): Promise<void> {
  await db.transaction('rw', versionTables(db), async () => {
    await db.snapshots.update(id, { size: xml.length });
    await db.snapshotContents.put({ id, xml });
  });
}

const autoVersionLimitKey = 'autoVersionLimit';

export async function getAutoVersionLimit(db: WorkbenchDb): Promise<number> {
  const value = Number((await db.settings.get(autoVersionLimitKey))?.value);
  return Number.isInteger(value) && value >= 0 ? value : defaultAutoVersionLimit;
}

export async function setAutoVersionLimit(db: WorkbenchDb, limit: number): Promise<void> {
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`Not a number of versions: ${limit}`);
  await db.settings.put({ key: autoVersionLimitKey, value: String(limit) });
}

export async function deleteVersion(db: WorkbenchDb, id: string): Promise<void> {
  await db.transaction('rw', versionTables(db), async () => {
    await db.snapshots.delete(id);
    await db.snapshotContents.delete(id);
  });
}

/** Every version of these variants, metadata and XML (when the variants themselves go). */
export async function deleteVersionsOf(db: WorkbenchDb, variantIds: string[]): Promise<void> {
  const ids = await db.snapshots.where('variantId').anyOf(variantIds).primaryKeys();
  await db.snapshots.bulkDelete(ids);
  await db.snapshotContents.bulkDelete(ids);
}

/** Deletes the oldest automatic versions beyond `keep`; named versions and safety copies stay. */
export async function pruneAutoVersions(db: WorkbenchDb, variantId: string, keep: number): Promise<number> {
  return db.transaction('rw', versionTables(db), async () => {
    const auto = (await listVersions(db, variantId)).filter((v) => v.reason === 'auto');
    const excess = auto.slice(Math.max(0, keep)).map((v) => v.id);
    await db.snapshots.bulkDelete(excess);
    await db.snapshotContents.bulkDelete(excess);
    return excess.length;
  });
}

/**
 * Puts `xml` in place of the variant's current content, which becomes a version first (`reasonForCurrent`),
 * so nothing is lost. Refused when the stored revision is not the one the caller last saw.
 */
export async function replaceKeepingCurrent(db: WorkbenchDb, variantId: string, xml: string, reasonForCurrent: SnapshotReason, expectedRevision: number | null): Promise<number> {
  return db.transaction('rw', [...variantTables(db), db.projects, ...versionTables(db)], async () => {
    const record = validRecord('variants', await db.variants.get(variantId));
    if (!record) throw new VariantMissingError(variantId);
    if (expectedRevision !== null && record.revision !== expectedRevision) throw new StaleRevisionError(variantId);
    const stored = await withContent(db, record);
    const now = Date.now();
    await addVersion(db, stored, reasonForCurrent, stored.xml, { createdAt: now });
    const revision = stored.revision + 1;
    await db.variants.put({ ...record, revision, updatedAt: now });
    await putContent(db, variantId, xml);
    await db.projects.update(stored.projectId, { updatedAt: now });
    return revision;
  });
}

