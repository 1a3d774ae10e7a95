import { dumpDatabase } from '../../storage/records/databaseDump';
import { workspaceDb } from '../../storage/workspace';
import { downloadBlob } from './download';

export function downloadJson(value: unknown, fileName: string): void {
  downloadBlob(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }), fileName);
}

/** Every table of this browser's workspace as one JSON file, read raw, so it works however damaged the data is. */
export async function downloadWorkspaceDump(): Promise<void> {
  const dump = await dumpDatabase(workspaceDb);
  downloadJson(dump, `reengineering-workbench-${dump.exportedAt.slice(0, 10)}.json`);
}
