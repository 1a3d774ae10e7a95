import type { Variant, VariantKind } from '../domain/variant';
import { newId, type WorkbenchDb } from './db';
import { validRecord, validRecords } from './records/validRecords';

/** A save based on a revision that another tab has already replaced. */
export class RevisionConflictError extends Error {
  constructor(readonly variantId: string, readonly expected: number, readonly actual: number) {
    super(`Variant ${variantId} is at revision ${actual}, the save expected ${expected}`);
  }
}

export async function listVariants(db: WorkbenchDb, processId: string): Promise<Variant[]> {
  return validRecords('variants', await db.variants.where('processId').equals(processId).toArray());
}

export async function getVariant(db: WorkbenchDb, id: string): Promise<Variant | undefined> {
  return validRecord('variants', await db.variants.get(id));
}

/** Copies another variant keeping element ids, so comparison can match the steps. */
export async function deriveVariant(db: WorkbenchDb, processId: string, target: VariantKind, source: VariantKind): Promise<Variant> {
  return db.transaction('rw', [db.variants, db.projects], async () => {
    const from = validRecord('variants', await db.variants.where({ processId, kind: source }).first());
    if (!from) throw new Error(`No ${source} variant to copy`);
    return addVariant(db, from.projectId, processId, target, from.xml);
  });
}

export async function createVariantFromXml(db: WorkbenchDb, projectId: string, processId: string, kind: VariantKind, xml: string): Promise<Variant> {
  return db.transaction('rw', [db.variants, db.projects], () => addVariant(db, projectId, processId, kind, xml));
}

async function addVariant(db: WorkbenchDb, projectId: string, processId: string, kind: VariantKind, xml: string): Promise<Variant> {
  const now = Date.now();
  const variant: Variant = { id: newId(), projectId, processId, kind, xml, revision: 1, updatedAt: now };
  await db.variants.add(variant);
  await db.projects.update(projectId, { updatedAt: now });
  return variant;
}

/**
 * Stores an edit. Succeeds only if the stored revision is the one the editor loaded; otherwise
 * the edit is kept as a conflict snapshot and the caller is told, so neither side is lost.
 */
export async function saveVariantXml(db: WorkbenchDb, id: string, xml: string, expectedRevision: number): Promise<number> {
  // The conflict is thrown after the transaction commits: throwing inside would roll back the snapshot.
  type Outcome = { conflict: true; actual: number } | { conflict: false; revision: number };
  const outcome = await db.transaction('rw', [db.variants, db.snapshots, db.projects], async (): Promise<Outcome> => {
    const stored = await getVariant(db, id);
    if (!stored) throw new Error(`No variant ${id}`);
    if (stored.revision !== expectedRevision) {
      await db.snapshots.add({ id: newId(), variantId: id, projectId: stored.projectId, reason: 'conflict', name: '', xml, size: xml.length, createdAt: Date.now() });
      return { conflict: true, actual: stored.revision } satisfies Outcome;
    }
    const now = Date.now();
    const revision = stored.revision + 1;
    await db.variants.update(id, { xml, revision, updatedAt: now });
    await db.projects.update(stored.projectId, { updatedAt: now });
    return { conflict: false, revision } satisfies Outcome;
  });
  if (outcome.conflict) throw new RevisionConflictError(id, expectedRevision, outcome.actual);
  return outcome.revision;
}

/** Replaces a variant's diagram by an imported one; the previous diagram stays as a snapshot. */
export async function replaceVariantXml(db: WorkbenchDb, id: string, xml: string): Promise<number> {
  return db.transaction('rw', [db.variants, db.snapshots, db.projects], async () => {
    const stored = await getVariant(db, id);
    if (!stored) throw new Error(`No variant ${id}`);
    const now = Date.now();
    await db.snapshots.add({ id: newId(), variantId: id, projectId: stored.projectId, reason: 'replacedByImport', name: '', xml: stored.xml, size: stored.xml.length, createdAt: now });
    const revision = stored.revision + 1;
    await db.variants.update(id, { xml, revision, updatedAt: now });
    await db.projects.update(stored.projectId, { updatedAt: now });
    return revision;
  });
}
