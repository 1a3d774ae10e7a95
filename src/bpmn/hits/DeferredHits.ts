import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { Element } from 'diagram-js/lib/model/Types';
import { shownAreaChangedEvent, type ViewportCulling } from '../culling';
import { rootOf } from '../rootOf';
import { WorkAfterImport } from '../workAfterImport';

/** Before bpmn-js's own hit listeners (BpmnInteractionEvents at 1000, InteractionEvents at 500). */
const BEFORE_HIT_LISTENERS = 2000;
const pointerEvents = ['pointermove', 'pointerdown'] as const;

/**
 * diagram-js gives each shape and connection an invisible hit area as it draws it
 * ('interactionEvents.createHit'): about a tenth of the drawing of a large import, in the one long task
 * that draws it. During an import the hit areas are made after it instead (WorkAfterImport), so the
 * diagram shows sooner. The first pointer over the canvas makes those of the elements shown (the root
 * shown, in ViewportCulling's area) that are left, at once, before it can point at one (hit areas are the
 * only part of an element that takes the pointer); so does the first pointer after the area moves.
 * An element changed meanwhile gets its hit area as it is then; one removed gets none.
 */
export default class DeferredHits {
  static $inject = ['eventBus', 'canvas', 'elementRegistry', 'viewportCulling'];

  private importing = false;
  /** Whether the hit areas of the elements shown are all made, since the last import, root or area shown. */
  private shownMade = false;
  private readonly pending: WorkAfterImport<SVGElement>;

  constructor(eventBus: EventBus, canvas: Canvas, elementRegistry: ElementRegistry, culling: ViewportCulling) {
    const container = canvas.getContainer();
    // Those of the root shown far from the view wait for it (as DeferredDrawing's drawings).
    const due = (element: Element) => !culling.isFarFromView(element);
    this.pending = new WorkAfterImport(
      container,
      (element, gfx) => {
        // Removed, or drawn anew (and given its hit area then), since the import.
        if (elementRegistry.getGraphics(element) === gfx) eventBus.fire('interactionEvents.createHit', { element, gfx });
      },
      due,
    );
    eventBus.on('import.render.start', () => {
      this.importing = true;
    });
    eventBus.on(['root.set', shownAreaChangedEvent], () => {
      this.shownMade = false;
      this.pending.scheduleOnceShown();
    });
    eventBus.on('interactionEvents.createHit', BEFORE_HIT_LISTENERS, (event: { element: Element; gfx: SVGElement }) => {
      if (!this.importing) return undefined;
      this.pending.add(event.element, event.gfx);
      return false;
    });
    // An element whose hit area waits, moved near the view by an edit, gets it now: the pointer may already be there.
    eventBus.on('element.changed', ({ element }: { element: Element }) => {
      if (!this.importing && rootOf(element) === canvas.getRootElement() && culling.isShown(element)) this.pending.finishOne(element);
    });
    // Also after a failed import: what it drew is on the canvas, and takes the pointer.
    eventBus.on('import.done', () => {
      this.importing = false;
      this.shownMade = false;
      this.pending.scheduleOnceShown();
    });
    // An editor that drew off the page learns its size when it is put on it.
    eventBus.on('canvas.resized', () => this.pending.scheduleOnceShown());
    eventBus.on(['diagram.clear', 'diagram.destroy'], () => this.pending.clear());
    // Every pointer move over the canvas comes here: nothing to do once the hit areas of what is shown are made.
    const flush = () => {
      if (this.shownMade || this.pending.size === 0) return;
      const root = canvas.getRootElement();
      this.pending.finishNow((element) => rootOf(element) === root && culling.isShown(element));
      this.shownMade = true;
    };
    for (const type of pointerEvents) container.addEventListener(type, flush, { capture: true, passive: true });
    eventBus.on('diagram.destroy', () => {
      for (const type of pointerEvents) container.removeEventListener(type, flush, { capture: true });
    });
  }

  /** Hit areas still to be made; nothing once they all are. */
  get waiting(): number {
    return this.pending.size;
  }
}
