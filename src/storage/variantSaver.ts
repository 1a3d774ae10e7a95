import type { WorkbenchDb } from './db';
import { RevisionConflictError, saveVariantXml } from './variantRepository';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

export interface SaverEvents {
  status(status: SaveStatus, error?: unknown): void;
  saved(revision: number): void;
}

/**
 * The one way an editor's changes reach IndexedDB (after tldraw's TLLocalSyncClient):
 * writes are delayed and merged, flushed on demand (tab hidden or closed), and a failed write
 * keeps the work in memory and retries while telling the user. A revision conflict stops
 * saving: the other tab's version stays, this tab's edit is kept as a snapshot.
 */
export class VariantSaver {
  private read: (() => Promise<string>) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> | null = null;
  private stopped = false;
  private failures = 0;

  constructor(
    private readonly db: WorkbenchDb,
    private readonly variantId: string,
    private revisionValue: number,
    private readonly events: SaverEvents,
    private readonly delayMs = 400,
    private readonly retryMs = 2000,
  ) {}

  get revision(): number {
    return this.revisionValue;
  }

  get hasPendingChanges(): boolean {
    return this.read !== null;
  }

  /** `read` runs when the write happens, so a burst of edits becomes one write of the latest state. */
  schedule(read: () => Promise<string>): void {
    if (this.stopped) return;
    this.read = read;
    this.events.status('pending');
    this.arm(this.delayMs);
  }

  async flush(): Promise<void> {
    this.disarm();
    if (this.writing) await this.writing;
    if (!this.read || this.stopped) return;
    this.writing = this.write().finally(() => {
      this.writing = null;
    });
    await this.writing;
  }

  /** Flushes, then ignores further changes (the editor is going away). */
  async dispose(): Promise<void> {
    await this.flush();
    this.stopped = true;
    this.disarm();
  }

  private async write(): Promise<void> {
    const read = this.read;
    if (!read) return;
    this.read = null;
    this.events.status('saving');
    try {
      const xml = await read();
      this.revisionValue = await saveVariantXml(this.db, this.variantId, xml, this.revisionValue);
      this.failures = 0;
      this.events.saved(this.revisionValue);
      this.events.status(this.read ? 'pending' : 'saved');
    } catch (error) {
      if (error instanceof RevisionConflictError) {
        this.stopped = true;
        this.events.status('conflict', error);
        return;
      }
      // Keep the newest pending read if an edit came in meanwhile, otherwise retry this one.
      this.read ??= read;
      this.failures += 1;
      this.events.status('error', error);
      this.arm(Math.min(this.retryMs * this.failures, 30_000));
    }
  }

  private arm(ms: number): void {
    this.disarm();
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
