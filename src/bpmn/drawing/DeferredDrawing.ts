import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type GraphicsFactory from 'diagram-js/lib/core/GraphicsFactory';
import type { Element } from 'diagram-js/lib/model/Types';
import { shownAreaChangedEvent, type ViewportCulling } from '../culling';
import { rootOf } from '../rootOf';
import { WorkAfterImport } from '../workAfterImport';

/** Before every renderer (bpmn-js's BpmnRenderer draws at 1000). */
const BEFORE_RENDERERS = 2000;
/** Before the minimap, which copies the drawings of a root's elements when the root is shown (at 1000), and bpmn-js's SVG export. */
const BEFORE_ROOT_LISTENERS = 2000;

type DrawnAs = 'shape' | 'connection';

/** The part of diagram-js-minimap used here: it copies the drawings of the root's elements when it opens. */
interface Minimap {
  isOpen(): boolean;
  open(): void;
}

/**
 * bpmn-js draws every element of a file as it imports it: those of the diagram shown, and those of the plane of
 * each collapsed sub-process, drawn apart to be drilled into (the shared corpus's angina file shows 79 elements
 * and draws 3,400); of a diagram of 20,000 nodes, all 42,000, where the view shows a few hundred. During an import
 * the elements are drawn only once the root shown is known, and then only those the view shows or nearly
 * (ViewportCulling's area). The other planes' elements are drawn after it (WorkAfterImport); the others of the
 * root shown when the view comes near them. Any is drawn at once when its plane is shown, the minimap opens
 * (it copies the drawings) or bpmn-js writes the SVG. Only what an element
 * looks like waits: it is on the canvas, with its place, markers and overlays, from the import on. An element
 * changed meanwhile is drawn as it is then.
 */
export default class DeferredDrawing {
  static $inject = ['eventBus', 'canvas', 'elementRegistry', 'graphicsFactory', 'viewportCulling', 'injector'];

  private importing = false;
  private readonly pending: WorkAfterImport<DrawnAs>;

  constructor(
    eventBus: EventBus,
    canvas: Canvas,
    elementRegistry: ElementRegistry,
    graphicsFactory: GraphicsFactory,
    private readonly culling: ViewportCulling,
    injector: { get<T>(name: string, strict: false): T | null },
  ) {
    const draw = (element: Element, drawnAs: DrawnAs) => {
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
    };
    // An element of the root shown far from the view waits for it: drawing it, even out of rendering, would make
    // Chromium restyle the whole drawing at the next frame, for each slice. The other planes' layers are not rendered.
    this.pending = new WorkAfterImport(canvas.getContainer(), draw, (element) => !culling.isFarFromView(element));
    const minimap = injector.get<Minimap>('minimap', false);
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
    eventBus.on('root.set', BEFORE_ROOT_LISTENERS, ({ element }: { element: Element }) => this.drawRoot(element, Boolean(minimap?.isOpen())));
    eventBus.on(shownAreaChangedEvent, () => {
      this.drawRoot(canvas.getRootElement(), false);
      this.pending.scheduleOnceShown();
    });
    eventBus.on('saveSVG.start', BEFORE_ROOT_LISTENERS, () => this.drawRoot(canvas.getRootElement(), true));
    // Also after a failed import: what it made is on the canvas, and is shown.
    eventBus.on('import.done', () => {
      this.importing = false;
      this.drawRoot(canvas.getRootElement(), Boolean(minimap?.isOpen()));
      this.pending.scheduleOnceShown();
    });
    // An editor that drew off the page learns its size when it is put on it.
    eventBus.on('canvas.resized', () => this.pending.scheduleOnceShown());
    eventBus.on(['diagram.clear', 'diagram.destroy'], () => this.pending.clear());
    if (minimap) {
      // The minimap copies the drawings of the root's elements as it opens.
      const open = minimap.open.bind(minimap);
      minimap.open = () => {
        this.drawRoot(canvas.getRootElement(), true);
        open();
      };
    }
  }

  /** Elements drawn later; none once they all are. */
  get waiting(): number {
    return this.pending.size;
  }

  /** Draws the elements of `root` still to be drawn: all of them, or those in the area kept shown. */
  private drawRoot(root: object | null | undefined, all: boolean): void {
    if (!root || this.pending.size === 0) return;
    this.pending.finishNow((element) => rootOf(element) === root && (all || this.culling.isShown(element)));
  }
}
