import type { Page } from '@playwright/test';

/**
 * Counts the records of a table of the app's IndexedDB whose `field` equals `value`, reading the
 * database directly (not through the app), to prove that something is really gone.
 */
export async function countStored(page: Page, table: string, field: string, value: string): Promise<number> {
  return page.evaluate(
    ({ table, field, value }) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('reengineering-workbench');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction(table).objectStore(table).getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve((all.result as Record<string, unknown>[]).filter((record) => record[field] === value).length);
          };
        };
      }),
    { table, field, value },
  );
}
