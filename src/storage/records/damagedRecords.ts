import type { IndexableType } from 'dexie';
import type { WorkbenchDb } from '../db';
import { tableNames, variantWithXml, type TableName } from './recordSchemas';
import { recordProblems, schemaProblems, type RecordProblem } from './validRecords';
import { deleteVariants, resolveContent } from '../variantContents';

/** A stored record the app leaves out because it does not have the shape of its table. */
export interface DamagedRecord {
  table: TableName;
  key: IndexableType;
  problems: RecordProblem[];
}

/**
 * One pass over every table, in one read transaction. It reads every diagram, so the app runs it
 * after the first screen is shown and again only when the user asks (the damaged-records screen).
 */
export async function findDamagedRecords(db: WorkbenchDb): Promise<DamagedRecord[]> {
  const found: DamagedRecord[] = [];
  const tables = tableNames.map((name) => db.table(name));
  await db.transaction('r', [...tables, db.variantContents], async () => {
    for (const table of tables) {
      const name = table.name as TableName;
      if (name === 'variants') {
        found.push(...(await damagedVariants(db)));
        continue;
      }
      await table.toCollection().each((value: unknown, cursor) => {
        const problems = recordProblems(name, value);
        if (problems.length) found.push({ table: name, key: cursor.primaryKey, problems });
      });
    }
  });
  return found;
}

/**
 * A variant is checked with its diagram, which is stored apart (variantContents): a missing or
 * damaged diagram shows as the variant's own `xml` field, as before the two were split.
 */
async function damagedVariants(db: WorkbenchDb): Promise<DamagedRecord[]> {
  const keys = await db.variants.toCollection().primaryKeys();
  const [records, contents] = await Promise.all([db.variants.bulkGet(keys), db.variantContents.bulkGet(keys)]);
  const xmls = await Promise.all(keys.map((key, index) => xmlAsStored(db, key, contents[index])));
  return keys.flatMap((key, index) => {
    const problems = schemaProblems(variantWithXml, withXml(records[index], xmls[index]));
    return problems.length ? [{ table: 'variants' as const, key, problems }] : [];
  });
}

const withXml = (record: unknown, xml: unknown): unknown => (typeof record === 'object' && record !== null ? { ...record, xml } : record);

/** The diagram a stored content stands for (joined from its parts), or the content as stored when it is damaged. */
const xmlAsStored = async (db: WorkbenchDb, key: string, stored: unknown): Promise<unknown> => (await resolveContent(db, key, stored)) ?? stored;

/** The damaged record as stored, for export (a variant with its diagram); undefined when it is gone. */
export async function readRawRecord(db: WorkbenchDb, table: TableName, key: IndexableType): Promise<unknown> {
  if (table !== 'variants') return db.table(table).get(key);
  return db.transaction('r', [db.variants, db.variantContents], async () => {
    const record: unknown = await db.variants.get(key as string);
    return record === undefined ? undefined : withXml(record, await xmlAsStored(db, key as string, await db.variantContents.get(key as string)));
  });
}

/** Deletes the record only while it is still damaged: a record another tab has repaired or replaced stays. */
export async function deleteDamagedRecord(db: WorkbenchDb, table: TableName, key: IndexableType): Promise<void> {
  const store = db.table(table);
  await db.transaction('rw', [store, db.variantContents], async () => {
    if (table === 'variants') {
      const stored = await readRawRecord(db, table, key);
      if (stored !== undefined && schemaProblems(variantWithXml, stored).length) {
        await deleteVariants(db, [key as string]);
      }
      return;
    }
    const stored: unknown = await store.get(key);
    if (stored !== undefined && recordProblems(table, stored).length) await store.delete(key);
  });
}
