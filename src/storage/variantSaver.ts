import { maxStoredXmlLength } from '../domain/bpmnFile';
import type { Variant } from '../domain/variant';
import type { PendingWork } from './pendingSaves';
import { RevisionConflictError, VariantMissingError } from './variantErrors';
import { saveVariantXml, type SaverMemory } from './variantRepository';
import { newId, type WorkbenchDb } from './db';
import { rawWrite } from './rawVariantWrite';
import { splitIntoParts } from './contentParts';
import { contentPartChars, partsOfWritten } from './variantContents';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'blocked' | 'conflict';

/** A user-timing mark made as each write begins (only the latest is kept): the bench and tests see a save start though the page may not show it. */
export const saveStartMark = 'workbench:save-start';

/** Why a save did not land. `blocked` problems are not retried: retrying cannot fix them. */
export type SaveProblem =
  | { kind: 'quota' }
  | { kind: 'tooLarge'; length: number; limit: number }
  | { kind: 'missing' }
  | { kind: 'other'; message: string };

export interface SaverEvents {
  status(status: SaveStatus, problem?: SaveProblem): void;
  saved(revision: number, xml: string): void;
  /** Something else wrote the variant; this save was kept as a version and saving has stopped. */
  conflict(error: RevisionConflictError): void;
}

type VariantKey = Pick<Variant, 'id' | 'projectId' | 'processId' | 'kind'>;

/** When a saver writes; each has a default. */
export interface SaverTiming {
  /** After the last edit (400 ms). */
  delayMs?: number;
  /** After a failed write, times the failures so far, up to 30 s (2 s). */
  retryMs?: number;
  /**
   * Waited for before a write the delay starts (not one flushed): the frame of the last edit, so that the edit is
   * painted before its save begins (`EditFrame`). An edit that takes longer than the delay (an append to 20,000
   * nodes) would otherwise have its save begin before the edit's frame, which then waited for the save's first slice.
   */
  whenPainted?: () => Promise<void>;
}

/** A diagram's XML, with the pieces its writer appended it in when it has them (`partsOfWritten`). */
export interface WrittenXml {
  xml: string;
  pieces?: readonly string[];
}

/** What a saver reads when it writes: the XML, or the XML in pieces. */
export type XmlRead = () => Promise<string | WrittenXml>;

/**
 * The one way an editor's changes reach IndexedDB (after tldraw's TLLocalSyncClient): writes are
 * delayed and merged, flushed on demand, and a failed write keeps the work in memory and retries
 * while telling the user — unless retrying cannot help (too large, variant gone): then it waits
 * for the next edit. A revision conflict stops saving; the session decides what comes next.
 */
export class VariantSaver implements PendingWork {
  private read: XmlRead | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> | null = null;
  /** The XML being written right now, for a tab that closes before the write lands. */
  private inFlight: string | null = null;
  /** Aborts the write in flight: a tab that closes takes over its content. */
  private abortInFlight: AbortController | null = null;
  /** A write is reading the editor's XML (which takes a while on a large diagram: it runs in slices). */
  private reading = false;
  /** Counts the writes made while the tab closed: a read begun before one of them is older than what it wrote. */
  private unloadWrites = 0;
  private stopped = false;
  private failures = 0;
  /** What this saver's writes stored (the parts of a long diagram, when it moved the project's time), so the next write repeats only what it must. */
  private readonly memory: SaverMemory = {};
  /** The parts `lastWritten` was stored in, when this saver's own write stored it in parts. */
  private lastParts: readonly string[] | null = null;
  private readonly delayMs: number;
  private readonly retryMs: number;
  private readonly whenPainted: () => Promise<void>;

  constructor(
    private readonly db: WorkbenchDb,
    private readonly variant: VariantKey,
    private revisionValue: number,
    /** The stored XML the editor loaded: an edit that serialises to the same text is not written again. */
    private lastWritten: string,
    private readonly events: SaverEvents,
    { delayMs = 400, retryMs = 2000, whenPainted = () => Promise.resolve() }: SaverTiming = {},
  ) {
    this.delayMs = delayMs;
    this.retryMs = retryMs;
    this.whenPainted = whenPainted;
  }

  /** The XML as last stored by this saver. */
  get storedXml(): string {
    return this.lastWritten;
  }

  /**
   * Whether `written` is the XML this saver stored last. A long one is compared a part at a time, the parts made from
   * its pieces (`splitPiecesIntoParts`): texts of equal length are otherwise each copied whole into one piece of
   * memory to be compared (a saved text is never joined: it was stored from its pieces), 26 MB apiece for 13 MB.
   */
  holds({ xml, pieces }: WrittenXml): boolean {
    return xml.length === this.lastWritten.length && this.holdsParts(xml, partsOfWritten(xml, pieces));
  }

  /** `holds`, given the parts the text was cut into, if any. */
  private holdsParts(xml: string, parts: readonly string[] | undefined): boolean {
    if (xml.length !== this.lastWritten.length) return false;
    if (!parts) return xml === this.lastWritten;
    // Parts of what this saver wrote last, or of the text it was given (read whole from the database).
    const stored = this.lastParts ?? splitIntoParts(this.lastWritten, contentPartChars);
    return parts.length === stored.length && parts.every((part, index) => part === stored[index]);
  }

  get revision(): number {
    return this.revisionValue;
  }

  get hasPendingChanges(): boolean {
    return this.read !== null || this.writing !== null;
  }

  /** An edit waits to be serialised and written, or is being serialised (not counting a put already under way). */
  get hasQueuedEdit(): boolean {
    return this.read !== null || this.reading;
  }

  /** `read` runs when the write happens, so a burst of edits becomes one write of the latest state. */
  schedule(read: XmlRead): void {
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
      this.inFlight = null;
      this.abortInFlight = null;
    });
    await this.writing;
  }

  /** Flushes, then ignores further changes (the editor is going away). */
  async dispose(): Promise<void> {
    await this.flush();
    this.stop();
  }

  stop(): void {
    this.stopped = true;
    this.disarm();
  }

  /**
   * The tab is closing: asynchronous work may never finish, so this writes `xml` (or, when nothing is
   * pending, the XML of a write still in flight) with puts that IndexedDB commits on its own, and
   * with `keepVersion` also keeps the content as an automatic version (the user left the variant).
   * It skips the revision check, which needs a read: this tab holds the variant's edit lock, so no
   * other writer can have moved the revision.
   *
   * A write in flight is aborted first. Its transaction needs this page to answer each read before
   * it can commit, and a page that is gone never does: Chromium then aborts it, and a transaction
   * queued behind it on the same stores is lost with it, committed or not.
   */
  writeBeforeUnload(xml: string | null, keepVersion: boolean): void {
    if (this.stopped) return;
    const content = xml ?? this.inFlight;
    const changed = content !== null && content !== this.lastWritten;
    const latest = changed ? content : this.lastWritten;
    if (!changed && !keepVersion) return;
    this.abortInFlight?.abort();
    // The write in flight may have committed before the abort reached IndexedDB and taken the next
    // revision, so this takes the one after; a write still reading the XML is dropped when its read
    // ends (`unloadWrites`), so it takes none.
    const revision = this.revisionValue + (this.inFlight !== null ? 2 : 1);
    const now = Date.now();
    rawWrite(this.db, {
      variant: changed ? { ...this.variant, xml: latest, revision, updatedAt: now } : undefined,
      version: keepVersion
        ? { snapshot: { id: newId(), variantId: this.variant.id, projectId: this.variant.projectId, reason: 'auto', name: '', size: latest.length, createdAt: now }, xml: latest }
        : undefined,
    });
    if (changed) this.revisionValue = revision;
    this.unloadWrites += 1;
    this.lastWritten = latest;
    this.lastParts = null;
    this.read = null;
    this.disarm();
  }

  private async write(): Promise<void> {
    const read = this.read;
    if (!read) return;
    this.read = null;
    this.events.status('saving');
    performance.clearMarks(saveStartMark);
    performance.mark(saveStartMark);
    const unloadWrites = this.unloadWrites;
    try {
      let written: string | WrittenXml;
      this.reading = true;
      try {
        written = await read();
      } finally {
        this.reading = false;
      }
      const { xml, pieces } = typeof written === 'string' ? { xml: written, pieces: undefined } : written;
      // The tab wrote a later state while this XML was read (it was hiding, then came back from the back-forward cache).
      if (this.unloadWrites !== unloadWrites) return this.settled();
      // Cut once: to tell whether the text is new, and to store it.
      const parts = partsOfWritten(xml, pieces);
      if (this.holdsParts(xml, parts)) return this.settled();
      if (xml.length > maxStoredXmlLength) throw new TooLargeToStore(xml.length);
      this.inFlight = xml;
      this.abortInFlight = new AbortController();
      const revision = await saveVariantXml(this.db, this.variant.id, xml, this.revisionValue, this.abortInFlight.signal, this.memory, parts);
      this.revisionValue = Math.max(this.revisionValue, revision);
      this.lastWritten = xml;
      this.lastParts = this.memory.last?.parts ?? null;
      this.failures = 0;
      this.events.saved(this.revisionValue, xml);
      this.settled();
    } catch (error) {
      // The tab closed during the write and wrote its content itself.
      if (this.unloadWrites !== unloadWrites) return this.settled();
      if (error instanceof RevisionConflictError) {
        this.stop();
        this.events.status('conflict');
        this.events.conflict(error);
        return;
      }
      // Keep the newest pending read if an edit came in meanwhile, otherwise keep this one.
      this.read ??= read;
      const problem = describeProblem(error);
      if (isPermanent(problem)) {
        this.events.status('blocked', problem);
        return;
      }
      this.failures += 1;
      this.events.status('error', problem);
      this.arm(Math.min(this.retryMs * this.failures, 30_000));
    }
  }

  private settled(): void {
    this.events.status(this.read ? 'pending' : 'saved');
  }

  private arm(ms: number): void {
    this.disarm();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.whenPainted().then(() => this.flush());
    }, ms);
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

class TooLargeToStore extends Error {
  constructor(readonly length: number) {
    super(`The diagram is ${length} characters long, over the ${maxStoredXmlLength} the workspace stores`);
  }
}

function describeProblem(error: unknown): SaveProblem {
  if (error instanceof TooLargeToStore) return { kind: 'tooLarge', length: error.length, limit: maxStoredXmlLength };
  if (error instanceof VariantMissingError) return { kind: 'missing' };
  // Dexie passes the browser's error on, sometimes wrapped as `inner`.
  const errors = [error, (error as { inner?: unknown } | null)?.inner] as ({ name?: string; message?: string } | null)[];
  if (errors.some((e) => e?.name === 'QuotaExceededError')) return { kind: 'quota' };
  // Chromium refuses a value over its IPC limit as DataError ("The serialized keys and/or value are too large").
  if (errors.some((e) => e?.name === 'DataError' && /too large/i.test(e.message ?? ''))) return { kind: 'tooLarge', length: -1, limit: maxStoredXmlLength };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

function isPermanent(problem: SaveProblem): boolean {
  return problem.kind === 'tooLarge' || problem.kind === 'missing';
}
