import type { Element } from 'diagram-js/lib/model/Types';
import { afterNextPaint } from './afterNextPaint';

/** The longest a task of such work runs, so that the page answers input between them. */
const sliceMs = 8;

/**
 * Work an import leaves for after its drawing, one item per element: done a few milliseconds at a time
 * once the editor's element is on the page and painted (a file drawn off the page while its checks ran
 * waits until it is shown: what shows it comes first), or at once when something needs it sooner.
 */
export class WorkAfterImport<V> {
  private readonly pending = new Map<Element, V>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly finish: (element: Element, value: V) => void,
  ) {}

  /** Items still to be done; nothing once they all are. */
  get size(): number {
    return this.pending.size;
  }

  add(element: Element, value: V): void {
    this.pending.set(element, value);
  }

  delete(element: Element): void {
    this.pending.delete(element);
  }

  /** Once the editor is on the page and painted, does what is left a slice at a time. */
  scheduleOnceShown(): void {
    if (this.pending.size > 0 && this.container.isConnected) void afterNextPaint().then(() => this.schedule());
  }

  /** Does now every item left, or those of the elements `which` picks. */
  finishNow(which?: (element: Element) => boolean): void {
    this.run(Number.POSITIVE_INFINITY, which);
  }

  clear(): void {
    this.pending.clear();
    this.cancel();
  }

  private schedule(): void {
    if (this.timer !== null || this.pending.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      // One item that fails (its error reported as any uncaught one) does not stop the others.
      try {
        this.run(performance.now() + sliceMs);
      } finally {
        this.schedule();
      }
    });
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private run(until: number, which?: (element: Element) => boolean): void {
    for (const [element, value] of this.pending) {
      if (which && !which(element)) continue;
      this.pending.delete(element);
      this.finish(element, value);
      if (performance.now() >= until) return;
    }
    if (this.pending.size === 0) this.cancel();
  }
}
