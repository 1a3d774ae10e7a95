import type { Element } from 'diagram-js/lib/model/Types';
import { afterNextPaint } from './afterNextPaint';

/** The longest a task of such work runs, so that the page answers input between them. */
const sliceMs = 8;

/**
 * Work an import leaves for after its drawing, one item per element (or per stand-in the import handed
 * out): done a few milliseconds at a time once the editor's element is on the page and painted (a file
 * drawn off the page while its checks ran waits until it is shown: what shows it comes first), or at
 * once when something needs it sooner.
 * An item whose element is not `due` (far from the view) waits until it is, or is asked for.
 */
export class WorkAfterImport<V, K extends object = Element> {
  private readonly pending = new Map<K, V>();
  /** Items found not due, left out of the slices until `scheduleOnceShown` looks at them again. */
  private readonly parked = new Map<K, V>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly finish: (element: K, value: V) => void,
    private readonly due: (element: K) => boolean = () => true,
  ) {}

  /** Items still to be done; nothing once they all are. */
  get size(): number {
    return this.pending.size + this.parked.size;
  }

  add(element: K, value: V): void {
    this.pending.set(element, value);
  }

  delete(element: K): void {
    this.pending.delete(element);
    this.parked.delete(element);
  }

  /** Once the editor is on the page and painted, does what is left and due a slice at a time (what is due may have changed). */
  scheduleOnceShown(): void {
    for (const [element, value] of this.parked) this.pending.set(element, value);
    this.parked.clear();
    if (this.pending.size > 0 && this.container.isConnected) void afterNextPaint().then(() => this.schedule());
  }

  /** Does now the item of `element`, if it has one left. */
  finishOne(element: K): void {
    const items = this.pending.has(element) ? this.pending : this.parked;
    const value = items.get(element);
    if (value === undefined) return;
    items.delete(element);
    this.finish(element, value);
  }

  /** Does now every item left, or those of the elements `which` picks. */
  finishNow(which?: (element: K) => boolean): void {
    this.run(Number.POSITIVE_INFINITY, which, this.parked);
    this.run(Number.POSITIVE_INFINITY, which);
  }

  clear(): void {
    this.pending.clear();
    this.parked.clear();
    this.cancel();
  }

  private schedule(): void {
    if (this.timer !== null || this.pending.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      // One item that fails (its error reported as any uncaught one) does not stop the others.
      let more = true;
      try {
        more = this.run(performance.now() + sliceMs, this.due, this.pending, this.parked);
      } finally {
        if (more) this.schedule();
      }
    });
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /**
   * Does the items of `items` that `which` picks until `until`, moving those it does not pick to `passed` if given;
   * whether it stopped for the time with some left.
   */
  private run(until: number, which?: (element: K) => boolean, items = this.pending, passed?: Map<K, V>): boolean {
    for (const [element, value] of items) {
      if (which && !which(element)) {
        if (passed) {
          items.delete(element);
          passed.set(element, value);
        }
      } else {
        items.delete(element);
        this.finish(element, value);
      }
      if (performance.now() >= until) return true;
    }
    if (this.size === 0) this.cancel();
    return false;
  }
}
