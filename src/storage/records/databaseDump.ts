import type { WorkbenchDb } from '../db';

/** Every table of the workspace as stored: the user's way out when the app cannot show their data. */
export interface DatabaseDump {
  format: 'reengineering-workbench-dump';
  version: 1;
  exportedAt: string;
  schemaVersion: number;
  tables: Record<string, unknown[]>;
}

/** Reads rows raw, without the record checks, so a damaged record is exported like any other. */
export async function dumpDatabase(db: WorkbenchDb): Promise<DatabaseDump> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) tables[table.name] = await table.toArray();
  });
  return { format: 'reengineering-workbench-dump', version: 1, exportedAt: new Date().toISOString(), schemaVersion: db.verno, tables };
}
