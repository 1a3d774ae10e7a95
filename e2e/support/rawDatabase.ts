import type { Page } from '@playwright/test';

/**
 * Writes records straight into the app's IndexedDB, past the app and its checks, as a bug in an
 * older build, a browser extension or a hand-edited backup could. The page must have opened the
 * app once (the database exists); reload afterwards, since the app does not see raw writes live.
 */
export async function putRawRecords(page: Page, records: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(async (byTable) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('reengineering-workbench');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(Object.keys(byTable), 'readwrite');
    for (const [table, rows] of Object.entries(byTable)) for (const row of rows) tx.objectStore(table).put(row);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

