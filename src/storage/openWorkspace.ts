import type { WorkbenchDb } from './db';
import { currentSchemaVersion } from './schema';

/** Dexie keeps schema version v in IndexedDB as v × 10. */
const nativeVersionsPerSchemaVersion = 10;

/**
 * The schema version of the database this browser holds, read without opening it; null when there
 * is none, or when the browser cannot list its databases.
 */
export async function installedSchemaVersion(name: string, factory: IDBFactory = indexedDB): Promise<number | null> {
  if (typeof factory.databases !== 'function') return null;
  const found = (await factory.databases()).find((info) => info.name === name);
  return found?.version ? found.version / nativeVersionsPerSchemaVersion : null;
}

export type OpenOutcome = 'opened' | 'newerSchema';

/**
 * Opens the workspace unless a newer build of the app wrote it. Dexie would open a newer database
 * anyway, and even add what this build's schema has and the newer one dropped: old code on new data.
 * Once open, the tab lets go of the database for good when another tab upgrades or deletes it
 * (Dexie would reopen it on the next query), and `onTakenOver` tells the user.
 */
export async function openWorkspace(db: WorkbenchDb, onTakenOver: () => void): Promise<OpenOutcome> {
  const installed = await installedSchemaVersion(db.name);
  if (installed !== null && installed > currentSchemaVersion) return 'newerSchema';
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    onTakenOver();
    return false; // Dexie's own handler would close with auto-open left on.
  });
  await db.open();
  // A newer tab may have upgraded it between the look and the open.
  if (db.verno > currentSchemaVersion) {
    db.close({ disableAutoOpen: true });
    return 'newerSchema';
  }
  return 'opened';
}
