import { expect, test, type Page } from '@playwright/test';
import { Workbench } from './support/workbench';

const databaseName = 'reengineering-workbench';

/**
 * Opens the workspace database with raw IndexedDB at native version 990, as a much newer build would:
 * it adds a store this build does not know, with a record in it.
 */
function upgradeAsNewerBuild(page: Page): Promise<void> {
  return page.evaluate(
    (name) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open(name, 990);
        open.onupgradeneeded = () => open.result.createObjectStore('futureTable', { keyPath: 'id' }).put({ id: 'f1', note: 'из будущего' });
        open.onsuccess = () => (open.result.close(), done());
        open.onerror = () => fail(open.error);
        open.onblocked = () => fail(new Error('blocked by an open connection'));
      }),
    databaseName,
  );
}

/** Version, stores, indexes and every record of the database, read with raw IndexedDB (no upgrade). */
function readDatabase(page: Page) {
  return page.evaluate(
    (name) =>
      new Promise<{ version: number; stores: Record<string, { indexes: string[]; records: unknown[] }> }>((done, fail) => {
        const open = indexedDB.open(name);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const stores: Record<string, { indexes: string[]; records: unknown[] }> = {};
          for (const store of names) {
            const request = tx.objectStore(store).getAll();
            request.onsuccess = () => (stores[store] = { indexes: [...tx.objectStore(store).indexNames].sort(), records: request.result });
          }
          tx.oncomplete = () => (db.close(), done({ version: db.version, stores }));
        };
      }),
    databaseName,
  );
}

test('a tab lets go of the database when another opens a newer version, and a build older than the data refuses to open it', async ({ page }) => {
  // Given the app with a project in it
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Данные до обновления');
  await app.open();
  await expect(page.getByRole('link', { name: 'Данные до обновления' })).toBeVisible();

  // When a newer build upgrades the database (the open tab does not block it)
  await upgradeAsNewerBuild(page);

  // Then the tab says so and offers a reload
  await expect(page.getByRole('alert').filter({ hasText: 'В другой вкладке открыта более новая версия приложения' })).toBeVisible();
  const written = await readDatabase(page);
  expect(written.version).toBe(990);
  expect(Object.keys(written.stores)).toContain('futureTable');

  // When this older build is loaded again, it shows why it does not open the data, and changes nothing
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Данные записаны более новой версией приложения' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Перезагрузить' })).toBeVisible();
  await expect(page.locator('.app-header')).toHaveCount(0);
  expect(await readDatabase(page)).toEqual(written);
});
