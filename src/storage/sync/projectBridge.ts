import * as Y from 'yjs';
import { headsOf, type Revision } from '../../domain/sync/revisions';
import type { WorkbenchDb } from '../db';
import { validRecord } from '../records/validRecords';
import type { BlobTransport } from './blobTransport';
import { baseFromJson, baseToJson, bridgeOrigin, mergeRecords, variantsToReceive, type Base, type NewVariantContent } from './recordBridge';
import { syncApprovedContent } from './approvedContent';
import { blobXml, forkOf, resolveFork, revisionsOf, syncVariantRevisions, type ForkChoice, type RevisionContext } from './revisionSync';

export interface BridgeState {
  /** Versions kept here that have not yet gone up as revisions, and approved contents not yet uploaded (the upload failed). */
  waitingRevisions: number;
  /** Variants with two (or more) versions from different laptops. */
  forks: string[];
  /** The last merge failed (the message), or null. */
  error: string | null;
}

/**
 * The one bridge between a project's Dexie tables and its shared Yjs document (issue 14): records both
 * ways through `mergeRecords`, variant content as revisions through `syncVariantRevisions`, and the
 * approved content of each approval through `syncApprovedContent`. The
 * document's changes from the team (any origin but the bridge's own) schedule a merge; local changes
 * are merged when the caller says so (`sync()`, on a change of the tables). Merges run one at a time,
 * and the document is stored with its base after each, so work done offline survives a reload.
 */
export class ProjectBridge {
  private chain: Promise<void> = Promise.resolve();
  private queued = false;
  private teamChanged = false;
  private listeners = new Set<(state: BridgeState) => void>();
  state: BridgeState = { waitingRevisions: 0, forks: [], error: null };

  private constructor(
    private readonly ctx: RevisionContext,
    private base: Base,
  ) {
    ctx.doc.on('afterTransaction', this.onTransaction);
  }

  /** The bridge of a project, with the document as this browser last stored it. */
  static async open(db: WorkbenchDb, doc: Y.Doc, projectId: string, author: string, blobs: BlobTransport): Promise<ProjectBridge> {
    const stored = validRecord('syncDocs', await db.syncDocs.get(projectId));
    if (stored) Y.applyUpdate(doc, stored.state, bridgeOrigin);
    return new ProjectBridge({ db, doc, projectId, author, blobs }, baseFromJson(stored?.base ?? {}));
  }

  get doc(): Y.Doc {
    return this.ctx.doc;
  }

  /** Set once the server says what this user may do: a viewer's bridge only follows the team. */
  setReadOnly(readOnly: boolean): void {
    if (this.ctx.readOnly === readOnly) return;
    this.ctx.readOnly = readOnly;
    void this.sync();
  }

  onState(listener: (state: BridgeState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Merges both ways now (after any merge under way); resolves when done. */
  sync(): Promise<void> {
    if (this.queued) return this.chain;
    this.queued = true;
    this.chain = this.chain.then(async () => {
      this.queued = false;
      await this.merge();
    });
    return this.chain;
  }

  async resolve(variantId: string, choice: ForkChoice): Promise<void> {
    await this.chain;
    await resolveFork(this.ctx, variantId, choice);
    await this.sync();
  }

  /** The XML of a revision of a variant, downloaded if needed: for the visual diff of a fork. */
  revisionXml(sha256: string): Promise<string> {
    return blobXml(this.ctx, sha256);
  }

  revisions(variantId: string) {
    return revisionsOf(this.ctx.doc, variantId);
  }

  heads(variantId: string) {
    return headsOf(this.revisions(variantId));
  }

  /** The two sides of a fork as this browser sees them: its own head, and the others. */
  async forkSides(variantId: string): Promise<{ mine: Revision | undefined; theirs: Revision[] }> {
    const own = validRecord('syncHeads', await this.ctx.db.syncHeads.get(variantId))?.revisionId;
    const heads = this.heads(variantId);
    return { mine: heads.find((r) => r.id === own), theirs: heads.filter((r) => r.id !== own) };
  }

  destroy(): void {
    this.ctx.doc.off('afterTransaction', this.onTransaction);
    this.listeners.clear();
  }

  private onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin === bridgeOrigin || transaction.changed.size === 0) return;
    this.teamChanged = true;
    void this.sync();
  };

  private async merge(): Promise<void> {
    const { db, doc, projectId } = this.ctx;
    try {
      for (let round = 0; round < 3; round++) {
        this.teamChanged = false;
        this.base = await mergeRecords(db, doc, projectId, this.base, await this.contentOfNewVariants());
        let waiting = 0;
        const variants = [...this.base.keys()].filter((name) => name.startsWith('variants:')).map((name) => name.slice('variants:'.length));
        for (const variantId of variants) waiting += await syncVariantRevisions(this.ctx, variantId);
        const approvals = await syncApprovedContent(this.ctx);
        this.setState({ waitingRevisions: waiting + approvals.waiting, forks: variants.filter((id) => forkOf(doc, id) !== null), error: null });
        // Changes from the team that came in meanwhile, and approvals just named by their content, are
        // merged before the base is stored with them.
        if (!this.teamChanged && approvals.named === 0) break;
      }
      await db.syncDocs.put({ projectId, state: Y.encodeStateAsUpdate(doc), base: baseToJson(this.base) });
    } catch (error) {
      this.setState({ ...this.state, error: error instanceof Error ? error.message : String(error) });
    }
  }

  /** The current content of each variant the team has and this browser has not yet: it waits for what cannot be downloaded now. */
  private async contentOfNewVariants(): Promise<NewVariantContent> {
    const content: NewVariantContent = new Map();
    for (const variantId of variantsToReceive(this.ctx.doc, this.base)) {
      const heads = this.heads(variantId);
      // With two versions already, the oldest is taken; the fork shows the other.
      const head = heads[0];
      if (!head) continue;
      const xml = await blobXml(this.ctx, head.sha256).catch(() => null);
      if (xml !== null) content.set(variantId, { xml, revisionId: head.id, sha256: head.sha256 });
    }
    return content;
  }

  private setState(state: BridgeState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}
