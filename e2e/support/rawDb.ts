import type { Page } from '@playwright/test';

/**
 * Writes a variant straight into the page's IndexedDB, as a writer that ignores this app's edit
 * locks would (an older build, a sync): the stored diagram gets `replace` → `by` and the next revision.
 * With `announce` it also tells the app's tabs on their channel, as a well-behaved writer does.
 */
export async function writeVariantBehindTheApp(page: Page, change: { projectId: string; kind: string; replace: string; by: string; announce?: boolean }): Promise<number> {
  return page.evaluate(
    ({ projectId, kind, replace, by, announce }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('reengineering-workbench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          // The record and its diagram, which is stored apart under the variant's id (schema v11).
          const tx = db.transaction(['variants', 'variantContents'], 'readwrite');
          const store = tx.objectStore('variants');
          const all = store.getAll();
          all.onsuccess = () => {
            const variant = (all.result as { id: string; projectId: string; kind: string; revision: number }[]).find((v) => v.projectId === projectId && v.kind === kind);
            if (!variant) return reject(new Error(`no ${kind} variant in ${projectId}`));
            const next = { ...variant, revision: variant.revision + 1, updatedAt: Date.now() };
            const contents = tx.objectStore('variantContents');
            // A long diagram is stored in parts under `<id>\u0000part:…` (src/storage/variantContents.ts).
            const parts = contents.getAll(IDBKeyRange.bound(`${variant.id}\u0000part:`, `${variant.id}\u0000part:\uffff`));
            const content = contents.get(variant.id);
            content.onsuccess = () => {
              const xml = typeof content.result === 'string' ? content.result : (parts.result as string[]).join('');
              store.put(next);
              contents.put(xml.split(replace).join(by), variant.id);
              contents.delete(IDBKeyRange.bound(`${variant.id}\u0000part:`, `${variant.id}\u0000part:\uffff`));
            };
            tx.oncomplete = () => {
              db.close();
              if (announce) new BroadcastChannel(`rw-project-${projectId}`).postMessage({ type: 'variantSaved', variantId: variant.id, revision: next.revision });
              resolve(next.revision);
            };
          };
        };
      }),
    change,
  );
}

/** The project id in the page's address (`#/project/<id>/…`). */
export function projectIdOf(page: Page): string {
  const id = /#\/project\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no project in ${page.url()}`);
  return id;
}

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

/** The stored diagram of a project's variant, read straight from the page's IndexedDB. */
export async function storedVariantXml(page: Page, projectId: string, kind: string): Promise<string> {
  return page.evaluate(
    ({ projectId, kind }) =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('reengineering-workbench');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['variants', 'variantContents']);
          const all = tx.objectStore('variants').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            const variant = (all.result as { id: string; projectId: string; kind: string }[]).find((v) => v.projectId === projectId && v.kind === kind);
            if (!variant) return reject(new Error(`no ${kind} variant in ${projectId}`));
            const contents = tx.objectStore('variantContents');
            // A long diagram is stored in parts under `<id>\u0000part:…` (src/storage/variantContents.ts).
            // Requests succeed in the order they are made: the parts' after the content's.
            const content = contents.get(variant.id);
            const parts = contents.getAll(IDBKeyRange.bound(`${variant.id}\u0000part:`, `${variant.id}\u0000part:\uffff`));
            parts.onsuccess = () => {
              db.close();
              resolve(typeof content.result === 'string' ? content.result : (parts.result as string[]).join(''));
            };
          };
        };
      }),
    { projectId, kind },
  );
}

/** Deletes the stored diagram of a project's variant, as a damaged or half-copied database would lack it. */
export const deleteStoredDiagram = (page: Page, projectId: string, kind: string) =>
  page.evaluate(
    ({ projectId, kind }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('reengineering-workbench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['variants', 'variantContents'], 'readwrite');
          const all = tx.objectStore('variants').getAll();
          all.onsuccess = () => {
            const variant = (all.result as { id: string; projectId: string; kind: string }[]).find((v) => v.projectId === projectId && v.kind === kind);
            if (!variant) return reject(new Error(`no ${kind} variant in ${projectId}`));
            tx.objectStore('variantContents').delete(variant.id);
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
        };
      }),
    { projectId, kind },
  );
