import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type GraphicsFactory from 'diagram-js/lib/core/GraphicsFactory';
import type { Element } from 'diagram-js/lib/model/Types';
import { WorkAfterImport } from '../workAfterImport';

/** Before every renderer (bpmn-js's BpmnRenderer draws at 1000). */
const BEFORE_RENDERERS = 2000;
/** Before the minimap, which copies the drawings of a root's elements when the root is shown (at 1000). */
const BEFORE_ROOT_LISTENERS = 2000;

type DrawnAs = 'shape' | 'connection';

function rootOf(element: Element): Element {
  let root = element;
  while (root.parent) root = root.parent;
  return root;
}

/**
 * bpmn-js draws every diagram of a file as it imports it: the one shown, and the plane of each collapsed
 * sub-process, which is drawn apart to be drilled into (the shared corpus's angina file shows 79 elements
 * and draws 3,400). During an import, the elements are drawn only once the root shown is known: those of
 * that root at once, in the import's task; those of the other planes after it (WorkAfterImport), or at once
 * when their plane is shown. Only what an element looks like waits: it is on the canvas, with its place,
 * markers and overlays, from the import on. An element changed meanwhile is drawn as it is then.
 */
export default class DeferredPlanes {
  static $inject = ['eventBus', 'canvas', 'elementRegistry', 'graphicsFactory'];

  private importing = false;
  private readonly pending: WorkAfterImport<DrawnAs>;

  constructor(eventBus: EventBus, canvas: Canvas, elementRegistry: ElementRegistry, graphicsFactory: GraphicsFactory) {
    this.pending = new WorkAfterImport(canvas.getContainer(), (element, drawnAs) => {
      const gfx = elementRegistry.getGraphics(element);
      // Removed since the import.
      if (!gfx) return;
      // The root shown is set while the import still runs.
      const { importing } = this;
      this.importing = false;
      try {
        graphicsFactory.update(drawnAs, element, gfx);
      } finally {
        this.importing = importing;
      }
    });
    eventBus.on('import.render.start', () => {
      this.importing = true;
    });
    eventBus.on(['render.shape', 'render.connection'], BEFORE_RENDERERS, (event: { type: string }, { element }: { element: Element }) => {
      if (!this.importing) {
        this.pending.delete(element);
        return undefined;
      }
      this.pending.add(element, event.type === 'render.shape' ? 'shape' : 'connection');
      // Drawn later: no renderer draws it now.
      return true;
    });
    eventBus.on('root.set', BEFORE_ROOT_LISTENERS, ({ element }: { element: Element }) => this.drawRoot(element));
    // Also after a failed import: what it made is on the canvas, and is shown.
    eventBus.on('import.done', () => {
      this.importing = false;
      this.drawRoot(canvas.getRootElement());
      this.pending.scheduleOnceShown();
    });
    // An editor that drew off the page learns its size when it is put on it.
    eventBus.on('canvas.resized', () => this.pending.scheduleOnceShown());
    eventBus.on(['diagram.clear', 'diagram.destroy'], () => this.pending.clear());
  }

  /** Elements drawn later; none once they all are. */
  get waiting(): number {
    return this.pending.size;
  }

  private drawRoot(root: object | null | undefined): void {
    if (root && this.pending.size > 0) this.pending.finishNow((element) => rootOf(element) === root);
  }
}
