import * as Y from 'yjs';
import { headsOf, isRevision, revisionsKey, type Revision } from '../../domain/sync/revisions';
import { newId, type SyncHead, type WorkbenchDb } from '../db';
import { validRecord, validRecords } from '../records/validRecords';
import { addVersion, replaceKeepingCurrent, versionXml } from '../versionRepository';
import { announce } from '../tabSync';
import { getVariant, saveVariantXml, VariantContentError } from '../variantRepository';
import type { BlobTransport } from './blobTransport';
import { bridgeOrigin } from './recordBridge';
import { sha256Hex, utf8Length } from './sha256';

export interface RevisionContext {
  db: WorkbenchDb;
  doc: Y.Doc;
  projectId: string;
  author: string;
  blobs: BlobTransport;
  /** A viewer's: the team's revisions come in, none go up (the server would refuse them). */
  readOnly?: boolean;
}

export const revisionsOf = (doc: Y.Doc, variantId: string): Revision[] => doc.getArray<unknown>(revisionsKey(variantId)).toArray().filter(isRevision);

/** The heads of a variant when it has more than one: two laptops changed it apart ("two versions"). */
export function forkOf(doc: Y.Doc, variantId: string): Revision[] | null {
  const heads = headsOf(revisionsOf(doc, variantId));
  return heads.length > 1 ? heads : null;
}

/** The XML of a blob: from this browser, or downloaded (and checked against its hash) and kept. */
export async function blobXml(ctx: RevisionContext, sha256: string): Promise<string> {
  const stored = validRecord('syncBlobs', await ctx.db.syncBlobs.get(sha256));
  if (stored) return stored.xml;
  const xml = await ctx.blobs.get(sha256);
  if ((await sha256Hex(xml)) !== sha256) throw new Error(`The server sent content that does not match ${sha256}`);
  await ctx.db.syncBlobs.put({ sha256, xml });
  return xml;
}

/** Keeps the XML here and uploads it; only then may a revision name it. */
export async function storeBlob(ctx: RevisionContext, xml: string): Promise<string> {
  const sha256 = await sha256Hex(xml);
  await ctx.db.syncBlobs.put({ sha256, xml });
  await ctx.blobs.put(sha256, xml);
  return sha256;
}

/**
 * The variant with its diagram, or undefined when it is gone or its diagram is damaged: such a variant
 * is not synced (the damaged-records screen names it), and the project's other variants still are.
 */
async function syncedVariant(db: WorkbenchDb, variantId: string) {
  try {
    return await getVariant(db, variantId);
  } catch (error) {
    if (error instanceof VariantContentError) return undefined;
    throw error;
  }
}

function push(ctx: RevisionContext, variantId: string, revision: Revision): void {
  ctx.doc.transact(() => ctx.doc.getArray<Revision>(revisionsKey(variantId)).push([revision]), bridgeOrigin);
}

async function setHead(ctx: RevisionContext, variantId: string, head: Omit<SyncHead, 'variantId' | 'projectId'>): Promise<void> {
  await ctx.db.syncHeads.put({ variantId, projectId: ctx.projectId, ...head });
}

/**
 * Brings one variant's revisions up to date, both ways: its first content becomes an initial
 * revision; each automatic or named version kept since the last look becomes a revision (its blob
 * uploaded first); a newer revision from the team replaces the content when nothing changed here
 * since this browser's head (announced, so an open editor shows it), and otherwise this content is
 * kept as a version, which makes the fork visible. Returns how many versions still wait to go up (the upload failed: offline).
 */
export async function syncVariantRevisions(ctx: RevisionContext, variantId: string): Promise<number> {
  const { db } = ctx;
  let variant = await syncedVariant(db, variantId);
  if (!variant) return 0;
  let head = validRecord('syncHeads', await db.syncHeads.get(variantId));
  const now = Date.now();
  try {
    if (ctx.readOnly) return head ? await followTeam(ctx, variantId, head) : 0;
    if (!head) {
      // Shared for the first time from here: its content as it is now starts the history. (Should the
      // team already have revisions of it, this one stands beside them as a fork, never over them.)
      const sha256 = await storeBlob(ctx, variant.xml);
      const revision: Revision = { id: newId(), parents: [], author: ctx.author, time: now, sha256, size: utf8Length(variant.xml), reason: 'initial', name: '' };
      push(ctx, variantId, revision);
      head = { variantId, projectId: ctx.projectId, revisionId: revision.id, sha256, checkedAt: now };
      await setHead(ctx, variantId, head);
    }
    for (let round = 0; round < 3; round++) {
      head = await pushCheckpoints(ctx, variantId, head);
      const heads = headsOf(revisionsOf(ctx.doc, variantId));
      const newest = heads.length === 1 ? heads[0]! : null;
      if (!newest || newest.id === head.revisionId) return 0;
      variant = await syncedVariant(db, variantId);
      if (!variant) return 0;
      const localSha = await sha256Hex(variant.xml);
      if (localSha === newest.sha256) {
        await setHead(ctx, variantId, { revisionId: newest.id, sha256: newest.sha256, checkedAt: head.checkedAt });
        return 0;
      }
      if (localSha === head.sha256) {
        // Unchanged here since the head: take the team's newer content (the open editor reloads it).
        const xml = await blobXml(ctx, newest.sha256);
        announce(ctx.projectId, { type: 'variantSaved', variantId, revision: await saveVariantXml(db, variantId, xml, variant.revision) });
        await setHead(ctx, variantId, { revisionId: newest.id, sha256: newest.sha256, checkedAt: head.checkedAt });
        return 0;
      }
      // Changed on both sides: keep this side's content as a checkpoint; the next round pushes it as a
      // revision beside the team's, and the variant shows two versions.
      await addVersion(db, variant, 'auto', variant.xml);
    }
    return 0;
  } catch (error) {
    if (isOffline(error)) return pendingCheckpoints(ctx, variantId, head);
    throw error;
  }
}

/** A viewer takes the team's newer content when nothing changed here; it never pushes or forks. */
async function followTeam(ctx: RevisionContext, variantId: string, head: SyncHead): Promise<number> {
  const heads = headsOf(revisionsOf(ctx.doc, variantId));
  const newest = heads.length === 1 ? heads[0]! : null;
  const variant = await syncedVariant(ctx.db, variantId);
  if (!newest || !variant || newest.id === head.revisionId || (await sha256Hex(variant.xml)) !== head.sha256) return 0;
  const xml = await blobXml(ctx, newest.sha256);
  announce(ctx.projectId, { type: 'variantSaved', variantId, revision: await saveVariantXml(ctx.db, variantId, xml, variant.revision) });
  await setHead(ctx, variantId, { revisionId: newest.id, sha256: newest.sha256, checkedAt: head.checkedAt });
  return 0;
}

async function checkpointsSince(ctx: RevisionContext, variantId: string, since: number) {
  const versions = await ctx.db.snapshots.where('[variantId+createdAt]').between([variantId, since], [variantId, Infinity], false, true).toArray();
  // An approval keeps the approved content as a version: the team gets it as a named revision. One
  // received from the team is the team's already, and older than its current content.
  return validRecords('snapshots', versions).filter((s) => (s.reason === 'auto' || s.reason === 'named' || s.reason === 'approved') && !s.fromTeam);
}

async function pendingCheckpoints(ctx: RevisionContext, variantId: string, head: SyncHead | undefined): Promise<number> {
  return head ? (await checkpointsSince(ctx, variantId, head.checkedAt)).length : 1;
}

async function pushCheckpoints(ctx: RevisionContext, variantId: string, head: SyncHead): Promise<SyncHead> {
  let current = head;
  const known = new Set(revisionsOf(ctx.doc, variantId).map((r) => r.id));
  for (const version of await checkpointsSince(ctx, variantId, head.checkedAt)) {
    const xml = await versionXml(ctx.db, version.id);
    if (xml === undefined) continue;
    const sha256 = await sha256Hex(xml);
    if (sha256 !== current.sha256 && !known.has(version.id)) {
      await storeBlob(ctx, xml);
      push(ctx, variantId, { id: version.id, parents: [current.revisionId], author: ctx.author, time: version.createdAt, sha256, size: utf8Length(xml), reason: version.reason === 'auto' ? 'auto' : 'named', name: version.name });
    }
    current = { ...current, revisionId: sha256 === current.sha256 ? current.revisionId : version.id, sha256, checkedAt: version.createdAt };
    await setHead(ctx, variantId, current);
  }
  return current;
}

/** How a person ends a fork: keep this browser's side, take another head, or the current (merged by hand) content. */
export type ForkChoice = { keep: 'mine' } | { keep: 'theirs'; revisionId: string } | { keep: 'current' };

/**
 * Ends a fork with a revision whose parents are all the heads, so every laptop sees one version
 * again. Taking another side replaces the current content, which is kept as a version first.
 */
export async function resolveFork(ctx: RevisionContext, variantId: string, choice: ForkChoice): Promise<Revision> {
  const heads = headsOf(revisionsOf(ctx.doc, variantId));
  const head = validRecord('syncHeads', await ctx.db.syncHeads.get(variantId));
  const variant = await getVariant(ctx.db, variantId);
  if (!head || !variant) throw new Error(`Variant ${variantId} is not synced here`);
  let xml: string;
  if (choice.keep === 'theirs') {
    const theirs = heads.find((r) => r.id === choice.revisionId);
    if (!theirs) throw new Error(`No head ${choice.revisionId}`);
    xml = await blobXml(ctx, theirs.sha256);
    const revision = await replaceKeepingCurrent(ctx.db, variantId, xml, 'conflict', variant.revision);
    announce(ctx.projectId, { type: 'variantSaved', variantId, revision });
  } else xml = choice.keep === 'mine' ? await blobXml(ctx, head.sha256) : variant.xml;
  const sha256 = await storeBlob(ctx, xml);
  const revision: Revision = { id: newId(), parents: heads.map((r) => r.id), author: ctx.author, time: Date.now(), sha256, size: utf8Length(xml), reason: 'merge', name: '' };
  push(ctx, variantId, revision);
  await setHead(ctx, variantId, { revisionId: revision.id, sha256, checkedAt: Math.max(head.checkedAt, Date.now()) });
  return revision;
}

/** A failed network call, as opposed to a refusal (which the caller reports). */
export function isOffline(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof Error && error.name === 'BlobOffline');
}
