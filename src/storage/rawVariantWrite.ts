import type { Variant } from '../domain/variant';
import type { Snapshot, WorkbenchDb } from './db';
import { deletePartsRaw, recordOf } from './variantContents';

export interface RawWrite {
  variant?: Variant;
  version?: { snapshot: Snapshot; xml: string };
}

/**
 * Writes with IndexedDB itself, in the calling task: puts and an explicit commit, so the browser
 * finishes the transaction even if the page is gone before any callback could run (Dexie's API is
 * promise-based and would wait for a round trip first). Only for a tab that is closing.
 */
export function rawWrite(db: WorkbenchDb, { variant, version }: RawWrite): void {
  const idb = db.backendDB();
  const tx = idb.transaction([db.variants.name, db.variantContents.name, db.snapshots.name, db.snapshotContents.name], 'readwrite');
  if (variant) {
    tx.objectStore(db.variants.name).put(recordOf(variant));
    const contents = tx.objectStore(db.variantContents.name);
    contents.put(variant.xml, variant.id);
    deletePartsRaw(contents, variant.id);
  }
  if (version) {
    tx.objectStore(db.snapshots.name).put(version.snapshot);
    tx.objectStore(db.snapshotContents.name).put({ id: version.snapshot.id, xml: version.xml });
  }
  tx.commit();
}
