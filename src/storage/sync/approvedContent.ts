import type { StatusChange } from '../../domain/lifecycle/lifecycle';
import { approvedContentKey } from '../../domain/sync/revisions';
import type { StoredVariant } from '../../domain/variant';
import type { WorkbenchDb } from '../db';
import { validRecord } from '../records/validRecords';
import { listProjectStatusChanges, listStatusChanges } from '../statusRepository';
import { addVersion, versionTables, versionXml } from '../versionRepository';
import { bridgeOrigin } from './recordBridge';
import { blobXml, isOffline, storeBlob, type RevisionContext } from './revisionSync';
import { sha256Hex, utf8Length } from './sha256';

export interface ApprovedContentOutcome {
  /** Approvals whose content could not go up yet (offline): they wait, as unsent versions do. */
  waiting: number;
  /** Changes named by their content's hash just now: the records are merged again to send it. */
  named: number;
}

/**
 * The approved diagram of each variant's approval on every laptop of a team. A status change names
 * its approved version by `versionId`, which means something in one browser's history only (versions
 * travel as revisions under other ids, or not at all when approved before the project was shared);
 * `approvedSha256` names the content, the same everywhere.
 *
 * - A change whose version is here: the content is uploaded once and listed in the document's
 *   `approvedContentKey` map (the server's prune keeps it), then the change is named by its hash.
 * - A change naming a hash but no version here: the content is fetched, checked against its hash as
 *   every blob is, kept as this browser's own `approved` version (`fromTeam`, so it never goes up as
 *   a revision of this browser's) and linked.
 *
 * Neither holds up the merge: what cannot be uploaded or fetched now (offline, not on the server yet,
 * the variant not received yet) is tried again at the next merge, and nothing is written meanwhile.
 */
export async function syncApprovedContent(ctx: RevisionContext): Promise<ApprovedContentOutcome> {
  const changes = (await listProjectStatusChanges(ctx.db, ctx.projectId)).filter((change) => change.subject !== 'plan');
  const versions = new Set(await ctx.db.snapshots.where('projectId').equals(ctx.projectId).primaryKeys());
  const outcome: ApprovedContentOutcome = { waiting: 0, named: 0 };
  // Oldest first: an approval keeps the version its publication, later, links as well.
  for (const change of changes.sort((a, b) => a.changedAt - b.changedAt)) {
    if (change.versionId !== null && versions.has(change.versionId)) {
      const shared = await shareContent(ctx, change, change.versionId);
      if (shared !== 'done') outcome[shared]++;
    } else if (change.approvedSha256) await receiveContent(ctx, change, change.approvedSha256);
  }
  return outcome;
}

async function shareContent(ctx: RevisionContext, change: StatusChange, versionId: string): Promise<'done' | 'named' | 'waiting'> {
  const uploaded = ctx.doc.getMap<number>(approvedContentKey);
  // A viewer's uploads and records would be refused; it only receives.
  if (ctx.readOnly || (change.approvedSha256 && uploaded.has(change.approvedSha256))) return 'done';
  const xml = await versionXml(ctx.db, versionId);
  if (xml === undefined) return 'done';
  const sha256 = await sha256Hex(xml);
  if (!uploaded.has(sha256)) {
    try {
      await storeBlob(ctx, xml);
    } catch (error) {
      if (isOffline(error)) return 'waiting';
      throw error;
    }
    ctx.doc.transact(() => uploaded.set(sha256, utf8Length(xml)), bridgeOrigin);
  }
  // A hash already named stays: it is what the team was told was approved.
  if (change.approvedSha256) return 'done';
  await ctx.db.statusChanges.update(change.id, { approvedSha256: sha256 });
  return 'named';
}

async function receiveContent(ctx: RevisionContext, change: StatusChange, sha256: string): Promise<void> {
  const variant = validRecord('variants', await ctx.db.variants.where('[processId+kind]').equals([change.processId, change.subject]).first());
  if (!variant) return;
  // Offline, not uploaded yet, or not what its hash says: the next merge tries again.
  const xml = await blobXml(ctx, sha256).catch(() => null);
  if (xml !== null) await linkApprovedVersion(ctx.db, change.id, variant, xml);
}

/** Keeps the received content as the change's approved version, or links the one an earlier change of the same content kept. */
async function linkApprovedVersion(db: WorkbenchDb, changeId: string, variant: StoredVariant, xml: string): Promise<void> {
  await db.transaction('rw', [db.statusChanges, ...versionTables(db)], async () => {
    const change = validRecord('statusChanges', await db.statusChanges.get(changeId));
    const exists = async (id: string | null) => id !== null && (await db.snapshots.get(id)) !== undefined;
    // Another tab of this browser may have linked it meanwhile.
    if (!change?.approvedSha256 || (await exists(change.versionId))) return;
    const sameContent = (await listStatusChanges(db, change.processId)).filter((c) => c.subject === change.subject && c.approvedSha256 === change.approvedSha256);
    let versionId: string | null = null;
    for (const other of sameContent) if (versionId === null && (await exists(other.versionId))) versionId = other.versionId;
    versionId ??= (await addVersion(db, variant, 'approved', xml, { createdAt: change.changedAt, fromTeam: true })).id;
    await db.statusChanges.update(change.id, { versionId });
  });
}
