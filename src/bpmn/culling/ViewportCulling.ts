import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { Element } from 'diagram-js/lib/model/Types';
import { grown, type Rect } from '../fit/freeArea';
import { rootOf } from '../rootOf';
import { boundsOf, intersects, shownAround, stillServes } from './viewRect';

/** The class that takes an element far from the view out of the page's rendering (culling.css). */
export const offscreenClass = 'rw-offscreen';
/** The invisible rectangle over the elements taken out (culling.css). */
const extentClass = 'rw-offscreen-extent';
/** Fired when the area kept shown moved: what lies in it now may need drawing. */
export const shownAreaChangedEvent = 'viewportCulling.changed';
/** Before StepBadges and the other modules that read the drawing while bpmn-js writes the SVG. */
const BEFORE_EXPORT_LISTENERS = 2000;

/**
 * The group diagram-js wraps an element's graphics in, with its children's (`djs-group`): taken out whole, neither the
 * element's graphics nor anything in them is styled or laid out. A child lies within its parent (a pool, an expanded
 * sub-process), so it is far from the view with it.
 */
function groupOf(gfx: SVGElement | undefined): SVGElement | null {
  const group = gfx?.parentNode;
  return group instanceof SVGElement && group.classList.contains('djs-group') ? group : null;
}

/**
 * Chromium lays out and paints every element of an SVG whenever any of it changes: with 42,000 groups (a
 * diagram of 20,000 nodes) each edit, hover or selection repainted for hundreds of milliseconds, and the
 * first layout after an import took seconds. Elements far from the view are taken out of rendering
 * (`display: none` by a class, so diagram-js's own `display` for hidden elements stays as it is), as
 * tldraw and Excalidraw draw only what is on screen. What is kept shown is the view and half of it again
 * on each side, worked out anew only when the view leaves it, so a pan or zoom within it costs nothing.
 * Everything is shown while bpmn-js writes an SVG.
 *
 * diagram-js measures the diagram by its layer's box (`canvas.viewbox().inner`: fitting, the minimap), which
 * leaves out what is not rendered; an invisible rectangle over the elements taken out stands in for them.
 * It grows with an element taken out later, and is worked out anew with the area.
 */
export default class ViewportCulling {
  static $inject = ['eventBus', 'canvas', 'elementRegistry'];

  /** The area kept shown, in diagram coordinates; null until the canvas has a size (drawn off the page). */
  private area: Rect | null = null;
  /** The groups taken out of rendering. */
  private readonly offscreen = new WeakSet<SVGElement>();
  /** The rectangle that keeps the elements taken out in the layer's box, and the box it covers. */
  private extent: { rect: SVGRectElement; box: Rect | null } | null = null;
  private importing = false;
  private exporting = false;

  constructor(
    private readonly eventBus: EventBus,
    private readonly canvas: Canvas,
    private readonly elementRegistry: ElementRegistry,
  ) {
    eventBus.on('diagram.clear', () => {
      this.area = null;
      this.extent?.rect.remove();
      this.extent = null;
    });
    // The import places no element one by one: it places them all when it is done, in the view it leaves.
    eventBus.on('import.render.start', () => {
      this.importing = true;
      this.area = this.areaAroundView();
    });
    eventBus.on('import.done', () => {
      this.importing = false;
      this.update(true);
    });
    eventBus.on(['canvas.viewbox.changed', 'canvas.resized'], () => this.update(false));
    eventBus.on('root.set', () => this.update(true));
    eventBus.on<{ element: Element }>(['shape.added', 'connection.added', 'element.changed'], ({ element }) => {
      if (this.importing || this.exporting || !this.area) return;
      const takenOut = this.place(element, this.area);
      if (takenOut && rootOf(element) === this.canvas.getRootElement()) this.setExtent(grown(this.extent?.box ?? null, takenOut));
    });
    eventBus.on('saveSVG.start', BEFORE_EXPORT_LISTENERS, () => this.showAllForExport());
    eventBus.on('saveSVG.done', () => {
      this.exporting = false;
      this.update(true);
    });
  }

  /** Whether `element` lies in the area kept shown; no element does while the canvas has no size. */
  isShown(element: Element): boolean {
    const bounds = boundsOf(element as never);
    return bounds === null || (this.area !== null && intersects(bounds, this.area));
  }

  /** Whether work on how `element` looks can wait for the view: it is in the root shown, far from the view. */
  isFarFromView(element: Element): boolean {
    return rootOf(element) === this.canvas.getRootElement() && !this.isShown(element);
  }

  /** The view in diagram coordinates; null while the canvas has no size. */
  private view(): Rect | null {
    const { x, y, width, height, outer } = this.canvas.viewbox();
    return outer.width > 0 && outer.height > 0 ? { x, y, width, height } : null;
  }

  private areaAroundView(): Rect | null {
    const view = this.view();
    return view && shownAround(view);
  }

  private update(force: boolean): void {
    if (this.importing || this.exporting) return;
    const view = this.view();
    if (!view) {
      // Drawn off the page, or hidden behind another tab: nothing is known to be shown. A new diagram or root is
      // taken out of rendering whole, so that the layout which puts it on the page does not lay all of it out.
      if (force) this.placeAll(null);
      return;
    }
    if (!force && this.area && stillServes(this.area, view)) return;
    this.placeAll(shownAround(view));
  }

  private placeAll(area: Rect | null): void {
    this.area = area;
    const root = this.canvas.getRootElement();
    let extent: Rect | null = null;
    for (const element of this.elementRegistry.getAll() as Element[]) {
      const takenOut = this.place(element, area);
      if (takenOut && rootOf(element) === root) extent = grown(extent, takenOut);
    }
    this.setExtent(extent);
    if (area) this.eventBus.fire(shownAreaChangedEvent, { area });
  }

  /** Shows `element` or takes it out, by whether it lies in `area`; the box it takes out of the drawing, if any. */
  private place(element: Element, area: Rect | null): Rect | null {
    const group = groupOf(this.elementRegistry.getGraphics(element));
    const bounds = boundsOf(element as never);
    if (!group || !bounds) return null;
    const offscreen = !area || !intersects(bounds, area);
    if (offscreen !== this.offscreen.has(group)) {
      if (offscreen) this.offscreen.add(group);
      else this.offscreen.delete(group);
      group.classList.toggle(offscreenClass, offscreen);
    }
    return offscreen ? bounds : null;
  }

  /** Sets the box the rectangle covers, in the layer of the root shown; none takes it away. */
  private setExtent(box: Rect | null): void {
    if (!box) {
      this.extent?.rect.remove();
      if (this.extent) this.extent.box = null;
      return;
    }
    const layer = this.canvas.getActiveLayer() as unknown as SVGGElement | null;
    if (!layer) return;
    if (!this.extent) {
      const rect = layer.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'rect');
      rect.setAttribute('class', extentClass);
      this.extent = { rect, box };
    }
    const { rect } = this.extent;
    this.extent.box = box;
    for (const [name, value] of Object.entries(box)) rect.setAttribute(name, String(value));
    if (rect.parentNode !== layer) layer.appendChild(rect);
  }

  private showAllForExport(): void {
    this.exporting = true;
    this.setExtent(null);
    for (const element of this.elementRegistry.getAll() as Element[]) {
      const group = groupOf(this.elementRegistry.getGraphics(element));
      if (!group || !this.offscreen.has(group)) continue;
      this.offscreen.delete(group);
      group.classList.remove(offscreenClass);
    }
  }
}
