import type { StoredVariant, Variant } from '../domain/variant';
import type { WorkbenchDb } from './db';
import { validRecords } from './records/validRecords';
import { VariantContentError } from './variantErrors';

/**
 * A variant lives in two stores: its small record in `variants` and its diagram in `variantContents`
 * (schema v11). A transaction that reads or writes a variant with its diagram includes both.
 */
export const variantTables = (db: WorkbenchDb) => [db.variants, db.variantContents];

/** A stored content is the XML string itself; anything else is damaged. */
const contentOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The variant with its diagram; a missing or damaged diagram is an error naming this variant. */
export async function withContent(db: WorkbenchDb, record: StoredVariant): Promise<Variant> {
  const xml = contentOf(await db.variantContents.get(record.id));
  if (xml === undefined) throw new VariantContentError(record.id);
  return { ...record, xml };
}

/**
 * The variants with their diagrams, in one read. A variant whose diagram is missing or damaged is
 * left out, as a damaged record is (validRecords), so it never takes the others down with it; the
 * damaged-records screen names it.
 */
export async function withContents(db: WorkbenchDb, records: readonly StoredVariant[]): Promise<Variant[]> {
  const contents = await db.variantContents.bulkGet(records.map((record) => record.id));
  return records.flatMap((record, index) => {
    const xml = contentOf(contents[index]);
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
}

/** Deletes variants and their diagrams (their versions are the caller's to delete or keep). */
export async function deleteVariants(db: WorkbenchDb, ids: readonly string[]): Promise<void> {
  await db.variants.bulkDelete(ids as string[]);
  await db.variantContents.bulkDelete(ids as string[]);
}
