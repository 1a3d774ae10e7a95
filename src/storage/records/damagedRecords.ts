import type { IndexableType } from 'dexie';
import type { WorkbenchDb } from '../db';
import { tableNames, type TableName } from './recordSchemas';
import { recordProblems, type RecordProblem } from './validRecords';

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
  await db.transaction('r', tables, async () => {
    for (const table of tables) {
      const name = table.name as TableName;
      await table.toCollection().each((value: unknown, cursor) => {
        const problems = recordProblems(name, value);
        if (problems.length) found.push({ table: name, key: cursor.primaryKey, problems });
      });
    }
  });
  return found;
}

/** The damaged record as stored, for export; undefined when it is gone. */
export async function readRawRecord(db: WorkbenchDb, table: TableName, key: IndexableType): Promise<unknown> {
  return db.table(table).get(key);
}

/** Deletes the record only while it is still damaged: a record another tab has repaired or replaced stays. */
export async function deleteDamagedRecord(db: WorkbenchDb, table: TableName, key: IndexableType): Promise<void> {
  const store = db.table(table);
  await db.transaction('rw', store, async () => {
    const stored: unknown = await store.get(key);
    if (stored !== undefined && recordProblems(table, stored).length) await store.delete(key);
  });
}
