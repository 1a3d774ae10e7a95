import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkbenchDb } from './db';
import { installedSchemaVersion, openWorkspace } from './openWorkspace';
import { currentSchemaVersion } from './schema';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** A database as a newer build could leave it: native version 990, a store this build does not know. */
async function createNewerDatabase(name: string): Promise<void> {
  names.push(name);
  const open = indexedDB.open(name, 990);
  open.onupgradeneeded = () => {
    open.result.createObjectStore('projects', { keyPath: 'id' }).put({ id: 'p1', name: 'Проект новой версии' });
    open.result.createObjectStore('futureTable', { keyPath: 'id' }).put({ id: 'f1', note: 'из будущего' });
  };
  (await request(open)).close();
}

async function readRaw(name: string) {
  const db = await request(indexedDB.open(name));
  const tx = db.transaction(['projects', 'futureTable']);
  const contents = {
    version: db.version,
    stores: [...db.objectStoreNames].sort(),
    indexes: [...tx.objectStore('projects').indexNames],
    projects: await request(tx.objectStore('projects').getAll()),
    future: await request(tx.objectStore('futureTable').getAll()),
  };
  db.close();
  return contents;
}

describe('openWorkspace', () => {
  it('refuses a database a newer build wrote and changes nothing in it', async () => {
    const name = 'newer-schema';
    await createNewerDatabase(name);
    const before = await readRaw(name);
    expect(await installedSchemaVersion(name)).toBe(99);

    const db = new WorkbenchDb(name);
    expect(await openWorkspace(db, () => {})).toBe('newerSchema');
    expect(db.isOpen()).toBe(false);

    expect(await readRaw(name)).toEqual(before);
    expect(before).toMatchObject({ version: 990, stores: ['futureTable', 'projects'], indexes: [] });
  });

  it('opens a new database at the current schema', async () => {
    const name = 'fresh-workspace';
    names.push(name);
    expect(await installedSchemaVersion(name)).toBeNull();
    const db = new WorkbenchDb(name);
    expect(await openWorkspace(db, () => {})).toBe('opened');
    expect(db.verno).toBe(currentSchemaVersion);
    db.close();
    expect(await installedSchemaVersion(name)).toBe(currentSchemaVersion);
  });

  it('lets go of the database for good when another tab upgrades it, and says so', async () => {
    const name = 'taken-over';
    names.push(name);
    const db = new WorkbenchDb(name);
    const takenOver = vi.fn();
    expect(await openWorkspace(db, takenOver)).toBe('opened');
    await db.settings.put({ key: 'language', value: 'kk' });

    // Another tab opens it at a newer version: its upgrade is not blocked by this tab.
    const newer = indexedDB.open(name, 990);
    newer.onupgradeneeded = () => newer.result.createObjectStore('futureTable');
    (await request(newer)).close();

    expect(takenOver).toHaveBeenCalledTimes(1);
    expect(db.isOpen()).toBe(false);
    // No quiet reopen of the newer database by this build's code.
    await expect(db.settings.get('language')).rejects.toThrow(Dexie.DatabaseClosedError);
    expect(await installedSchemaVersion(name)).toBe(99);
  });
});
