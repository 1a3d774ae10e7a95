import type { SaveStatus } from './variantSaver';

export interface DelayedSaverOptions<T> {
  /** Writes one value; throws when it could not. */
  store(value: T): Promise<void>;
  /** An error after which saving stops, such as another tab's newer version: the value is kept in `unsaved`. */
  isFinal(error: unknown): boolean;
  status(status: SaveStatus, error?: unknown): void;
  delayMs?: number;
  retryMs?: number;
}

/**
 * The saving rules of the workspace for a record edited in memory (after tldraw's
 * TLLocalSyncClient): writes are delayed and merged into one write of the latest value, flushed
 * on demand (tab hidden or closed), and a failed write keeps the value in memory and retries while
 * telling the user. A final error (a conflict) stops saving and keeps the value for the caller.
 */
export class DelayedSaver<T> {
  private pending: T | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> | null = null;
  private stopped = false;
  private failures = 0;
  unsaved: T | null = null;

  constructor(private readonly options: DelayedSaverOptions<T>) {}

  /** A value waiting or being written: a record read back meanwhile is not yet this one. */
  get hasPendingChanges(): boolean {
    return this.pending !== null || this.writing !== null;
  }

  schedule(value: T): void {
    if (this.stopped) return;
    this.pending = value;
    this.options.status('pending');
    this.arm(this.options.delayMs ?? 400);
  }

  async flush(): Promise<void> {
    this.disarm();
    if (this.writing) await this.writing;
    if (this.pending === null || this.stopped) return;
    this.writing = this.write().finally(() => {
      this.writing = null;
    });
    await this.writing;
  }

  /** Flushes, then ignores further changes (the page is going away). */
  async dispose(): Promise<void> {
    await this.flush();
    this.stopped = true;
    this.disarm();
  }

  private async write(): Promise<void> {
    const value = this.pending;
    if (value === null) return;
    this.pending = null;
    this.options.status('saving');
    try {
      await this.options.store(value);
      this.failures = 0;
      this.options.status(this.pending !== null ? 'pending' : 'saved');
    } catch (error) {
      if (this.options.isFinal(error)) {
        this.stopped = true;
        this.unsaved = this.pending ?? value;
        this.pending = null;
        this.options.status('conflict', error);
        return;
      }
      // Keep the newest value if an edit came in meanwhile, otherwise retry this one.
      this.pending ??= value;
      this.failures += 1;
      this.options.status('error', error);
      this.arm(Math.min((this.options.retryMs ?? 2000) * this.failures, 30_000));
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
