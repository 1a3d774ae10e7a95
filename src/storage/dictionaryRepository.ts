import { newEntry, sortByName, type DictionaryEntry, type DictionaryKind } from '../domain/dictionary/dictionary';
import { findUsages, replaceRefs, replaceRoleName, type Usage, type VariantSource } from '../domain/dictionary/usages';
import { isLocked, variantStatus } from '../domain/lifecycle/lifecycle';
import { isLive } from '../domain/trash';
import { variantKinds } from '../domain/variant';
import { newId, type WorkbenchDb } from './db';
import { validRecord, validRecords } from './records/validRecords';
import { putContent, variantsWhere, variantTables } from './variantContents';
import { withEditLocks } from './tabSync';
import { StaleRevisionError } from './variantErrors';

export async function listDictionary(db: WorkbenchDb, projectId: string): Promise<DictionaryEntry[]> {
  return sortByName(validRecords('dictionary', await db.dictionary.where('projectId').equals(projectId).toArray()));
}

export async function addEntry(db: WorkbenchDb, projectId: string, kind: DictionaryKind, name: string): Promise<DictionaryEntry> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A dictionary entry needs a name');
  const now = Date.now();
  const entry = newEntry(kind, { id: newId(), projectId, name: trimmed, createdAt: now, updatedAt: now });
  await db.dictionary.add(entry);
  return entry;
}

/** Saves an edited entry; steps refer to it by id, so a new name shows everywhere at once. */
export async function putEntry(db: WorkbenchDb, entry: DictionaryEntry): Promise<void> {
  if (!entry.name.trim()) throw new Error('A dictionary entry needs a name');
  await db.dictionary.put({ ...entry, name: entry.name.trim(), updatedAt: Date.now() });
}

export async function putEntries(db: WorkbenchDb, entries: DictionaryEntry[]): Promise<void> {
  const now = Date.now();
  await db.dictionary.bulkPut(entries.map((entry) => ({ ...entry, updatedAt: now })));
}

export async function deleteEntry(db: WorkbenchDb, projectId: string, id: string): Promise<void> {
  await db.dictionary.delete([projectId, id]);
}

/**
 * Adds entries a file brought that the project lacks; entries the project has keep the project's
 * version. Entries of several files (the variants of one process) may repeat an id: the first wins.
 */
export async function mergeDictionary(db: WorkbenchDb, projectId: string, entries: DictionaryEntry[]): Promise<number> {
  // Most imported files carry none: no transaction then, which an import would wait for before it stores the file.
  if (entries.length === 0) return 0;
  return db.transaction('rw', db.dictionary, async () => {
    const now = Date.now();
    const known = new Set((await db.dictionary.where('projectId').equals(projectId).primaryKeys()).map(([, id]) => id));
    const missing: DictionaryEntry[] = [];
    for (const entry of entries) {
      if (known.has(entry.id)) continue;
      known.add(entry.id);
      missing.push({ ...entry, projectId, createdAt: now, updatedAt: now });
    }
    await db.dictionary.bulkAdd(missing);
    return missing.length;
  });
}

/**
 * Every variant of the project, those of processes in the trash included: an entry their steps use
 * is still in use (deleting it would break the process once restored), so usages show them marked.
 */
export async function loadVariantSources(db: WorkbenchDb, projectId: string): Promise<VariantSource[]> {
  const [processes, variants] = await Promise.all([
    db.processes.where('projectId').equals(projectId).toArray().then((rows) => validRecords('processes', rows)),
    variantsWhere(db, 'projectId', projectId),
  ]);
  const byId = new Map(processes.map((p) => [p.id, p]));
  return variants
    .map((v) => {
      const process = byId.get(v.processId);
      return { variantId: v.id, processName: process?.name ?? '', processInTrash: process ? !isLive(process) : false, kind: v.kind, xml: v.xml };
    })
    .sort((a, b) => a.processName.localeCompare(b.processName, 'ru') || variantKinds.indexOf(a.kind) - variantKinds.indexOf(b.kind));
}

export async function usagesOf(db: WorkbenchDb, projectId: string): Promise<Map<string, Usage[]>> {
  return findUsages(await loadVariantSources(db, projectId), await listDictionary(db, projectId));
}

export class EntryInUseError extends Error {
  constructor(readonly usages: Usage[]) {
    super(`The entry is used ${usages.length} times`);
  }
}

/** Deletes an entry nothing refers to; an entry in use is refused with the list of its uses. */
export async function deleteUnusedEntry(db: WorkbenchDb, projectId: string, id: string): Promise<void> {
  const usages = (await usagesOf(db, projectId)).get(id) ?? [];
  if (usages.length) throw new EntryInUseError(usages);
  await db.dictionary.delete([projectId, id]);
}

/** A rewrite of steps refused because it would change approved or published diagrams (§34: they change only with a recorded reason). */
export class ApprovedVariantsError extends Error {
  constructor(readonly variantIds: string[]) {
    super(`The change would rewrite approved variants: ${variantIds.join(', ')}`);
  }
}

export type RewrittenVariant = { variantId: string; revision: number };

/**
 * Rewrites the steps of every variant of a project where `rewrite` changes them (null: unchanged),
 * then makes the dictionary's own change, in one transaction. It holds the variants' edit locks:
 * refused (VariantsBusyError) while another tab edits one, refused (ApprovedVariantsError) when a
 * diagram it would rewrite is approved or published, and (StaleRevisionError) when one changed meanwhile.
 */
async function rewriteSteps(db: WorkbenchDb, projectId: string, rewrite: (xml: string) => Promise<string | null>, changeEntries: (now: number) => Promise<void>): Promise<RewrittenVariant[]> {
  const variantIds = await db.variants.where('projectId').equals(projectId).primaryKeys();
  return withEditLocks(variantIds, async () => {
    const variants = await variantsWhere(db, 'projectId', projectId);
    // Parsing is asynchronous work outside IndexedDB, so it happens before the transaction.
    const rewrites = (await Promise.all(variants.map(async (v) => ({ variant: v, xml: await rewrite(v.xml) })))).filter((r) => r.xml !== null);
    return db.transaction('rw', [...variantTables(db), db.dictionary, db.statusChanges], async () => {
      const changes = validRecords('statusChanges', await db.statusChanges.where('projectId').equals(projectId).toArray());
      const approved = rewrites.filter(({ variant }) => isLocked(variantStatus(changes.filter((c) => c.processId === variant.processId), variant.kind).status));
      if (approved.length) throw new ApprovedVariantsError(approved.map(({ variant }) => variant.id));
      const now = Date.now();
      const written: RewrittenVariant[] = [];
      for (const { variant, xml } of rewrites) {
        const stored = validRecord('variants', await db.variants.get(variant.id));
        if (stored?.revision !== variant.revision) throw new StaleRevisionError(variant.id);
        await db.variants.put({ ...stored, revision: stored.revision + 1, updatedAt: now });
        if (xml !== null) await putContent(db, variant.id, xml);
        written.push({ variantId: variant.id, revision: stored.revision + 1 });
      }
      await changeEntries(now);
      return written;
    });
  });
}

/**
 * Merges a duplicate into the entry that stays: every step of every variant and every entry that
 * referred to `fromId` now refers to `intoId`, and `fromId` is gone. Returns the variants rewritten.
 */
export function mergeEntries(db: WorkbenchDb, projectId: string, fromId: string, intoId: string): Promise<RewrittenVariant[]> {
  return rewriteSteps(db, projectId, (xml) => replaceRefs(xml, fromId, intoId), async (now) => {
    const entries = validRecords('dictionary', await db.dictionary.where('projectId').equals(projectId).toArray());
    for (const entry of entries) {
      if (entry.kind === 'document' && entry.fieldIds.includes(fromId)) {
        await db.dictionary.put({ ...entry, fieldIds: [...new Set(entry.fieldIds.map((f) => (f === fromId ? intoId : f)))], updatedAt: now });
      }
      if (entry.kind === 'field' && entry.holderSystemId === fromId) await db.dictionary.put({ ...entry, holderSystemId: intoId, updatedAt: now });
    }
    await db.dictionary.delete([projectId, fromId]);
  });
}

/**
 * Renames a role: a step names its executor's role by name, so the steps that named `role`'s name
 * name the new one, in the same transaction as the entry. Returns the variants rewritten.
 */
export function renameRole(db: WorkbenchDb, role: DictionaryEntry & { kind: 'role' }, newName: string): Promise<RewrittenVariant[]> {
  return rewriteSteps(db, role.projectId, (xml) => replaceRoleName(xml, role.name, newName), async (now) => {
    await db.dictionary.put({ ...role, name: newName.trim(), updatedAt: now });
  });
}
