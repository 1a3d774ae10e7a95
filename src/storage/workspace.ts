import { WorkbenchDb } from './db';
import { validRecord } from './records/validRecords';

/** The one database of this browser tab. Features reach it only through the repositories. */
export const workspaceDb = new WorkbenchDb();

/** Asks the browser not to evict the workspace under storage pressure; true when granted. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

export async function getSetting(key: string): Promise<string | undefined> {
  return validRecord('settings', await workspaceDb.settings.get(key))?.value;
}

export async function putSetting(key: string, value: string): Promise<void> {
  await workspaceDb.settings.put({ key, value });
}
