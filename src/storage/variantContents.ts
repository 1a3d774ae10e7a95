import type { StoredVariant, Variant } from '../domain/variant';
import { splitIntoParts, splitPiecesIntoParts } from './contentParts';
import { newId, type WorkbenchDb } from './db';
import { validRecords } from './records/validRecords';
import { VariantContentError } from './variantErrors';

/**
 * A variant lives in two stores: its small record in `variants` and its diagram in `variantContents`
 * (schema v11). A transaction that reads or writes a variant with its diagram includes both.
 */
export const variantTables = (db: WorkbenchDb) => [db.variants, db.variantContents];

/**
 * A diagram longer than this is stored by the autosave in parts of one to two times this many characters (where
 * they are cut: `splitIntoParts`), each put after the last is stored. The browser copies (and compresses) a value in
 * the call that stores it: a 13 MB diagram took one task of 30–50 ms here, a part of 512 K characters 3–6 ms. A
 * small edit rewrites the one part it falls in, so the smaller the parts, the less each autosave copies.
 */
export const contentPartChars = 1 << 16;

/** Stored under the variant's id in place of the XML when the XML is stored in parts (`partKey`). */
export interface ContentParts {
  parts: number;
  /** The write that laid the parts out (`PartsWritten`); absent in parts stored before 2026-12-05. */
  layout?: string;
}

/** The parts one saver stored, so its next save puts only the parts that changed (`putContentInParts`). */
export interface PartsWritten {
  layout: string;
  parts: readonly string[];
  /** The variant's revision once they were written, when the writer knows it. */
  revision?: number;
}

/** What `variantContents` holds under a variant's id: the XML itself, or how many parts it is in. */
export type StoredContent = string | ContentParts;

const partPrefix = (variantId: string) => `${variantId}\u0000part:`;
/** Zero-padded, so the keys of a diagram's parts sort in their order and a range holds the parts from one on. */
const partKey = (variantId: string, index: number) => partPrefix(variantId) + String(index).padStart(6, '0');
/** The keys of a diagram's parts from `index` on. */
const partsFrom = (variantId: string, index: number): [string, string] => [partKey(variantId, index), partPrefix(variantId) + '\uffff'];

const isParts = (value: unknown): value is ContentParts => {
  const parts = typeof value === 'object' && value !== null ? (value as { parts?: unknown }).parts : undefined;
  return typeof parts === 'number' && Number.isInteger(parts) && parts > 0 && parts < 1e6;
};

/** The XML a stored content stands for; undefined when it is missing or damaged (a part missing or not text). */
export async function resolveContent(db: WorkbenchDb, variantId: string, stored: unknown): Promise<string | undefined> {
  if (typeof stored === 'string') return stored;
  if (!isParts(stored)) return undefined;
  const parts = await db.variantContents.bulkGet(Array.from({ length: stored.parts }, (_, index) => partKey(variantId, index)));
  return parts.every((part) => typeof part === 'string') ? parts.join('') : undefined;
}

/** A variant's diagram as stored (joined from its parts), read in one transaction; undefined when missing or damaged. */
export async function readContent(db: WorkbenchDb, variantId: string): Promise<string | undefined> {
  return db.transaction('r', db.variantContents, async () => resolveContent(db, variantId, await db.variantContents.get(variantId)));
}

/** The variant with its diagram; a missing or damaged diagram is an error naming this variant. */
export async function withContent(db: WorkbenchDb, record: StoredVariant): Promise<Variant> {
  const xml = await readContent(db, record.id);
  if (xml === undefined) throw new VariantContentError(record.id);
  return { ...record, xml };
}

/** Stores a diagram as one value (inside a transaction over `variantContents`); the parts of an earlier one go. */
export async function putContent(db: WorkbenchDb, variantId: string, xml: string): Promise<void> {
  await db.variantContents.put(xml, variantId);
  await deleteParts(db, variantId, 0);
}

/**
 * Stores a diagram as the autosave does: a long one in parts, each put once the last is stored, so that no copy
 * of it is one long task; all in the caller's transaction, so a reader sees the whole diagram or the one before.
 * Given what the same saver stored last (`previous`), and if the stored parts are still those (the variant is still
 * at the revision they were written at, `revision`, or the header names their layout), only the parts whose text
 * changed are put: a small edit of a large diagram rewrites one part.
 * `cut`, the parts the caller already cut the text into (`partsOfWritten`), are stored instead of cutting it again.
 * Returns what it stored, for the next save.
 */
export async function putContentInParts(db: WorkbenchDb, variantId: string, xml: string, previous?: PartsWritten, revision?: number, cut?: readonly string[]): Promise<PartsWritten | undefined> {
  if (xml.length <= contentPartChars) {
    await putContent(db, variantId, xml);
    return undefined;
  }
  const parts = cut ?? splitIntoParts(xml, contentPartChars);
  // Parts written at the revision the variant still has are the stored ones: every other writer moves the revision.
  const stillStored = previous !== undefined && previous.revision === revision;
  const header = previous && !stillStored ? await db.variantContents.get(variantId) : undefined;
  const kept = previous && (stillStored || (isParts(header) && header.layout === previous.layout && header.parts === previous.parts.length)) ? previous.parts : [];
  const layout = kept.length > 0 ? previous!.layout : newId();
  for (let index = 0; index < parts.length; index++) if (parts[index] !== kept[index]) await db.variantContents.put(parts[index]!, partKey(variantId, index));
  if (parts.length !== kept.length) {
    await db.variantContents.put({ parts: parts.length, layout } satisfies ContentParts, variantId);
    await deleteParts(db, variantId, parts.length);
  }
  return { layout, parts };
}

const lengthOf = (pieces: readonly string[]) => pieces.reduce((length, piece) => length + piece.length, 0);

/**
 * The parts a long text is stored in, cut from the pieces its writer appended it in (`splitPiecesIntoParts`), so that
 * the text is never joined; none for a text short enough to be stored whole, one without pieces, or pieces that do
 * not add up to it.
 */
export function partsOfWritten(xml: string, pieces?: readonly string[]): string[] | undefined {
  return pieces && xml.length > contentPartChars && lengthOf(pieces) === xml.length ? splitPiecesIntoParts(pieces, contentPartChars) : undefined;
}

/** Deletes the parts of a variant's diagram from `from` on. */
async function deleteParts(db: WorkbenchDb, variantId: string, from: number): Promise<void> {
  const [lower, upper] = partsFrom(variantId, from);
  await db.variantContents.where(':id').between(lower, upper, true, true).delete();
}

/** The same deletion in a raw transaction, for a write that must be issued in one task (`rawWrite`). */
export function deletePartsRaw(store: IDBObjectStore, variantId: string): void {
  store.delete(IDBKeyRange.bound(...partsFrom(variantId, 0)));
}

/**
 * The variants with their diagrams, in one read. A variant whose diagram is missing or damaged is
 * left out, as a damaged record is (validRecords), so it never takes the others down with it; the
 * damaged-records screen names it.
 */
export async function withContents(db: WorkbenchDb, records: readonly StoredVariant[]): Promise<Variant[]> {
  const contents = await db.variantContents.bulkGet(records.map((record) => record.id));
  const xmls = await Promise.all(records.map((record, index) => resolveContent(db, record.id, contents[index])));
  return records.flatMap((record, index) => {
    const xml = xmls[index];
    return xml === undefined ? [] : [{ ...record, xml }];
  });
}

/** The variants of a process or of a project with their diagrams, read in one transaction (see `withContents`). */
export async function variantsWhere(db: WorkbenchDb, index: 'processId' | 'projectId', id: string): Promise<Variant[]> {
  return db.transaction('r', variantTables(db), async () => withContents(db, validRecords('variants', await db.variants.where(index).equals(id).toArray())));
}

/** The record to store for a variant: everything but its diagram. */
export function recordOf(variant: Variant): StoredVariant {
  const record: Partial<Variant> = { ...variant };
  delete record.xml;
  return record as StoredVariant;
}

/** Adds variants with their diagrams (inside a transaction over `variantTables`). */
export async function addVariants(db: WorkbenchDb, variants: readonly Variant[]): Promise<void> {
  await db.variants.bulkAdd(variants.map(recordOf));
  await db.variantContents.bulkAdd(
    variants.map((variant) => variant.xml),
    variants.map((variant) => variant.id),
  );
}

/** Puts variants with their diagrams, replacing what is stored under their ids. */
export async function putVariants(db: WorkbenchDb, variants: readonly Variant[]): Promise<void> {
  await db.variants.bulkPut(variants.map(recordOf));
  await db.variantContents.bulkPut(
    variants.map((variant) => variant.xml),
    variants.map((variant) => variant.id),
  );
  for (const variant of variants) await deleteParts(db, variant.id, 0);
}

/** Deletes variants and their diagrams (their versions are the caller's to delete or keep). */
export async function deleteVariants(db: WorkbenchDb, ids: readonly string[]): Promise<void> {
  await db.variants.bulkDelete(ids as string[]);
  await db.variantContents.bulkDelete(ids as string[]);
  for (const id of ids) await deleteParts(db, id, 0);
}
