import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { Element } from 'diagram-js/lib/model/Types';
import type { ModdleElement } from 'bpmn-moddle';
import { WorkAfterImport } from '../workAfterImport';

/** Fired once every element an import left for later is on the canvas: `{ elements, warnings }`. */
export const planesImportedEvent = 'deferredPlanes.imported';

/** Before DeferredDrawing and every other listener of a root being shown (at 2000 and less). */
const BEFORE_ROOT_LISTENERS = 3000;
const BEFORE_EVERYTHING = 10_000;

/**
 * Commands that change values of the elements they are given and never reach into another plane, run as soon as an
 * import is drawn: the process takes the project's name (and its pool's label with it).
 */
const planeFreeCommands = new Set(['rw.process.rename', 'element.updateModdleProperties', 'element.updateLabel']);

type Add = (semantic: ModdleElement, di: ModdleElement, parent: Element | undefined) => Element;

/** An element whose import waits: what the tree walker is handed back, and passes as the parent of its children. */
class Waiting {
  element: Element | undefined;
  constructor(readonly parent: Element | Waiting | undefined) {}
}

interface Deferred {
  semantic: ModdleElement;
  di: ModdleElement;
  add: Add;
}

/**
 * bpmn-js imports the diagram shown and, with it, the plane of every collapsed sub-process, each
 * element of which it creates, measures and puts on the canvas before anything is shown: the shared
 * corpus's angina file shows 79 elements and imports 4,400, most of its import after the parse. Here an
 * import adds the diagram shown and the planes' roots (so drill-down buttons and breadcrumbs are
 * there), and the planes' elements a slice at a time once the editor is shown, in the order bpmn-js
 * would have added them (a parent before its children, an edge after its ends). They are all added
 * at once before anything that may reach them: a plane shown, a command (but those above), the
 * search, a copy, or `finishNow` from code that looks elements up by id. The tree itself (what a
 * save writes) is whole from the start: only what is on the canvas waits.
 */
export default class DeferredPlanes {
  static $inject = ['eventBus', 'canvas'];

  private importing = false;
  private firstPlaneSeen = false;
  private readonly deferredRoots = new Set<Element>();
  private readonly queue: WorkAfterImport<Deferred, Waiting>;
  private added: Element[] = [];
  private warnings: { message: string; context: unknown }[] = [];
  private readonly waiters: ((warnings: unknown[]) => void)[] = [];

  constructor(private readonly eventBus: EventBus, canvas: Canvas) {
    this.queue = new WorkAfterImport(canvas.getContainer(), (waiting, deferred) => this.replay(waiting, deferred));
    eventBus.on('import.render.start', BEFORE_EVERYTHING, () => {
      this.clear();
      this.importing = true;
      this.firstPlaneSeen = false;
    });
    eventBus.on('import.done', () => {
      this.importing = false;
      if (this.queue.size === 0) this.done();
      else this.queue.scheduleOnceShown();
    });
    // An editor that drew off the page learns its size when it is put on it.
    eventBus.on('canvas.resized', () => this.queue.scheduleOnceShown());
    eventBus.on('root.set', BEFORE_ROOT_LISTENERS, ({ element }: { element: Element }) => {
      if (!this.importing && this.deferredRoots.has(element)) this.finishNow();
    });
    eventBus.on('commandStack.preExecute', BEFORE_EVERYTHING, ({ command }: { command: string }) => {
      if (!planeFreeCommands.has(command)) this.finishNow();
    });
    // Returns nothing: a listener's value would end the event (diagram-js's EventBus), and other listeners decide these.
    eventBus.on(['searchPad.opened', 'copyPaste.canCopyElements'], BEFORE_EVERYTHING, () => {
      this.finishNow();
    });
    eventBus.on(['diagram.clear', 'diagram.destroy'], () => this.clear());
  }

  /** Elements still to be added; none once they all are. */
  get waiting(): number {
    return this.queue.size;
  }

  /** Whether the importer adds this element later, and if so the stand-in it hands the tree walker. */
  defer(semantic: ModdleElement, di: ModdleElement, parent: Element | Waiting | undefined, add: Add): Waiting | null {
    if (!this.importing || !(parent instanceof Waiting || (parent && this.deferredRoots.has(parent)))) return null;
    const waiting = new Waiting(parent);
    this.queue.add(waiting, { semantic, di, add });
    return waiting;
  }

  /** What the importer added at once: a plane after the first is a collapsed sub-process's, whose elements wait. */
  addedNow(element: Element, di: ModdleElement): void {
    if (!this.importing || !di.$instanceOf('bpmndi:BPMNPlane')) return;
    // The diagram shown is imported first (bpmn-js's Importer), each sub-process's plane after it.
    if (this.firstPlaneSeen) this.deferredRoots.add(element);
    this.firstPlaneSeen = true;
  }

  /** Adds every element still waiting, now (their warnings come with `whenImported`). */
  finishNow(): void {
    if (this.queue.size > 0) this.queue.finishNow();
  }

  /** The warnings of the elements added after the import, once all are added (at once when none waits). */
  whenImported(): Promise<unknown[]> {
    if (this.queue.size === 0 && !this.importing) return Promise.resolve([...this.warnings]);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private replay(waiting: Waiting, { semantic, di, add }: Deferred): void {
    // A parent that failed to be added leaves its children to the nearest one that was, as bpmn-js's walker does.
    let parent = waiting.parent;
    while (parent instanceof Waiting && !parent.element) parent = parent.parent;
    try {
      waiting.element = add(semantic, di, parent instanceof Waiting ? parent.element : parent);
      if (waiting.element) this.added.push(waiting.element);
    } catch (error) {
      // As bpmn-js's tree walker reports an element it could not import.
      const message = error instanceof Error ? error.message : String(error);
      this.warnings.push({ message, context: { element: semantic, error } });
      console.error(`failed to import ${String(semantic.id ?? semantic.$type)}`, error);
    }
    if (this.queue.size === 0) this.done();
  }

  private done(): void {
    const elements = this.added;
    this.added = [];
    if (elements.length > 0 || this.warnings.length > 0) this.eventBus.fire(planesImportedEvent, { elements, warnings: this.warnings });
    for (const resolve of this.waiters.splice(0)) resolve([...this.warnings]);
  }

  private clear(): void {
    this.queue.clear();
    this.deferredRoots.clear();
    this.added = [];
    this.warnings = [];
    // Those waiting for an import that is gone learn of nothing more.
    for (const resolve of this.waiters.splice(0)) resolve([]);
  }
}

