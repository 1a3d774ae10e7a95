import type { ActionPlan } from '../domain/plan/plan';
import type { PendingWork } from './pendingSaves';
import { savePlan } from './planRepository';
import type { WorkbenchDb } from './db';
import { DamagedRecordError } from './records/validRecords';

export type PlanSaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'damaged';

export interface PlanSaverEvents {
  status(status: PlanSaveStatus, reason?: string): void;
  saved(plan: ActionPlan): void;
}

/**
 * The plan page's writes, as the diagram's saver does them: delayed and merged (the newest plan is
 * written), flushed on demand, and after a failed write the plan stays in memory and the write is
 * retried while the page says so. A damaged stored plan is not retried: nothing is written over it.
 */
export class PlanSaver implements PendingWork {
  private queued: ActionPlan | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly db: WorkbenchDb,
    private readonly events: PlanSaverEvents,
    private readonly delayMs = 400,
    private readonly retryMs = 2000,
  ) {}

  get hasPendingChanges(): boolean {
    return this.queued !== null || this.writing !== null;
  }

  schedule(plan: ActionPlan): void {
    if (this.stopped) return;
    this.queued = plan;
    this.events.status('pending');
    this.arm(this.delayMs);
  }

  async flush(): Promise<void> {
    this.disarm();
    await this.writing;
    if (!this.queued || this.stopped) return;
    const plan = this.queued;
    this.queued = null;
    this.events.status('saving');
    this.writing = savePlan(this.db, plan).then(
      (saved) => {
        this.writing = null;
        if (this.queued) return;
        this.events.saved(saved);
        this.events.status('saved');
      },
      (error: unknown) => {
        this.writing = null;
        // The failed plan goes back unless a newer edit has taken its place.
        this.queued ??= plan;
        if (error instanceof DamagedRecordError) {
          this.stopped = true;
          this.events.status('damaged');
          return;
        }
        this.events.status('error', error instanceof Error ? error.message : String(error));
        this.arm(this.retryMs);
      },
    );
    await this.writing;
    if (this.queued && !this.timer && !this.stopped) await this.flush();
  }

  dispose(): void {
    this.disarm();
    this.stopped = true;
  }

  private arm(ms: number): void {
    this.disarm();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
