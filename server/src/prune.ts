import type { Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';
import { approvedContentKey, isRevision, isSha256, prunableRevisions, revisionsPrefix } from '../../src/domain/sync/revisions';
import { parseDocumentName } from './documentName';
import type { Store } from './store/store';

export interface PruneReport {
  documents: number;
  revisionsDropped: number;
  blobsDropped: number;
}

/** A blob younger than this may belong to a revision whose metadata is still on its way (blobs go first). */
export const blobGraceMs = 24 * 60 * 60 * 1000;

/**
 * Keeps, per variant, the newest `keep` revisions plus the named, approved and current ones (heads,
 * so an unresolved fork keeps both sides), drops the rest from the shared documents, then deletes the
 * blobs that neither a remaining revision nor the document's list of approved contents references, and compacts the store. Runs through Hocuspocus, so a
 * document open on the server is pruned in memory and the deletion reaches connected laptops too.
 */
export async function prune(hocuspocus: Hocuspocus, store: Store, keep: number, now = Date.now()): Promise<PruneReport> {
  const referenced = new Set<string>();
  let revisionsDropped = 0;
  // Documents open right now may not be stored yet.
  const names = [...new Set([...(await store.documentNames()), ...hocuspocus.documents.keys()])];
  for (const name of names) {
    const team = parseDocumentName(name)?.teamId;
    if (!team) continue;
    const connection = await hocuspocus.openDirectConnection(name, { userId: 'system:prune' });
    await connection.transact((doc) => {
      for (const key of [...doc.share.keys()].filter((k) => k.startsWith(revisionsPrefix))) {
        const array = doc.getArray<unknown>(key);
        revisionsDropped += dropRevisions(array, keep);
        for (const item of array.toArray()) if (isRevision(item)) referenced.add(`${team}/${item.sha256}`);
      }
      // Approved diagrams stay as long as the approvals naming them, revisions or not.
      if (doc.share.has(approvedContentKey)) for (const sha256 of doc.getMap(approvedContentKey).keys()) if (isSha256(sha256)) referenced.add(`${team}/${sha256}`);
    });
    await connection.disconnect();
  }
  const orphans = (await store.blobKeys()).filter((k) => !referenced.has(`${k.teamId}/${k.sha256}`) && k.createdAt < now - blobGraceMs);
  await store.deleteBlobs(orphans);
  await store.audit({ time: now, userId: 'system:prune', target: '*', action: 'prune', detail: `${revisionsDropped} revisions, ${orphans.length} blobs` });
  await store.compact();
  return { documents: names.length, revisionsDropped, blobsDropped: orphans.length };
}

function dropRevisions(array: Y.Array<unknown>, keep: number): number {
  const drop = prunableRevisions(array.toArray().filter(isRevision), keep);
  let dropped = 0;
  for (let i = array.length - 1; i >= 0; i--) {
    const item = array.get(i);
    if (isRevision(item) && drop.has(item.id)) {
      array.delete(i, 1);
      dropped++;
    }
  }
  return dropped;
}
