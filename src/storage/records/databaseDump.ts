import type { WorkbenchDb } from '../db';

/** Every table of the workspace as stored: the user's way out when the app cannot show their data. */
export interface DatabaseDump {
  format: 'reengineering-workbench-dump';
  version: 1;
  exportedAt: string;
  schemaVersion: number;
  tables: Record<string, unknown[]>;
}

/**
 * Reads rows raw, without the record checks, so a damaged record is exported like any other. A
 * store whose key is not in its values (a variant's diagram, keyed by the variant's id) is dumped
 * as `{ key, value }` rows, so each diagram stays with its variant.
 */
export async function dumpDatabase(db: WorkbenchDb): Promise<DatabaseDump> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) {
      if (table.schema.primKey.keyPath) tables[table.name] = await table.toArray();
      else {
        const keys = await table.toCollection().primaryKeys();
        const values = await table.bulkGet(keys);
        tables[table.name] = keys.map((key, index) => ({ key, value: values[index] }));
      }
    }
  });
  return { format: 'reengineering-workbench-dump', version: 1, exportedAt: new Date().toISOString(), schemaVersion: db.verno, tables };
}
