import { addVersion, pruneAutoVersions } from './versionRepository';
import type { WorkbenchDb } from './db';

export const autoVersionIntervalMs = 60 * 60 * 1000;

/**
 * When the app keeps a version by itself: when the user leaves a variant they changed, and at most
 * hourly during long editing; the oldest automatic versions beyond the user's limit are pruned.
 */
export class AutoVersions {
  private changed = false;
  private lastAt: number;

  constructor(
    private readonly db: WorkbenchDb,
    private readonly variant: { id: string; projectId: string },
    private readonly limit: () => Promise<number>,
    private readonly now: () => number = Date.now,
  ) {
    this.lastAt = now();
  }

  /** After each stored save. */
  async saved(xml: string): Promise<void> {
    this.changed = true;
    if (this.now() - this.lastAt >= autoVersionIntervalMs) await this.keep(xml);
  }

  /** The user leaves the variant (another variant, another page of the app). */
  async left(xml: string): Promise<void> {
    if (this.changed) await this.keep(xml);
  }

  /** The tab closes: the caller writes the version with its last save; true when one is due. */
  takeForUnload(): boolean {
    const due = this.changed;
    this.changed = false;
    return due;
  }

  /** A version the user or a restore made counts as one: the hour starts again. */
  reset(): void {
    this.changed = false;
    this.lastAt = this.now();
  }

  private async keep(xml: string): Promise<void> {
    this.reset();
    await addVersion(this.db, this.variant, 'auto', xml, { createdAt: this.now() });
    await pruneAutoVersions(this.db, this.variant.id, await this.limit());
  }
}
