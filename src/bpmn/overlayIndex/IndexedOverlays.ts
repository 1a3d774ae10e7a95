import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type EventBus from 'diagram-js/lib/core/EventBus';
import Overlays from 'diagram-js/lib/features/overlays/Overlays';
import type { Element } from 'diagram-js/lib/model/Types';

interface OverlayContainer {
  element: Element;
  html: HTMLElement;
  overlays: unknown[];
}

/** What diagram-js's Overlays has and does not declare. */
interface OverlaysInternals {
  _getOverlayContainer(element: Element, raw?: boolean): OverlayContainer | undefined;
  _createOverlayContainer(element: Element): OverlayContainer;
}

const internals = Overlays.prototype as unknown as OverlaysInternals;

/** After diagram-js's own handler of a removed element (at the default 1000), which drops its container. */
const AFTER_OVERLAYS_REMOVE = 500;

/**
 * diagram-js's Overlays finds an element's overlay container by searching the list of every element's
 * container, for each overlay added, each marker set (selection, hover, the checks' markers) and each
 * element changed. A diagram whose thousands of steps carry a problem chip or a badge made that quadratic:
 * 12.7 s of the import of 20,000 nodes went to the search. Here the containers are also kept by element.
 */
export default class IndexedOverlays extends Overlays {
  static override $inject = ['config.overlays', 'eventBus', 'canvas', 'elementRegistry'];

  private readonly containers = new Map<Element, OverlayContainer>();

  constructor(config: unknown, eventBus: EventBus, canvas: Canvas, elementRegistry: ElementRegistry) {
    super(config as never, eventBus, canvas, elementRegistry);
    eventBus.on(['shape.remove', 'connection.remove'], AFTER_OVERLAYS_REMOVE, ({ element }: { element: Element }) => {
      this.containers.delete(element);
    });
  }

  _getOverlayContainer(element: Element, raw?: boolean): OverlayContainer | undefined {
    const container = this.containers.get(element);
    if (container || raw) return container;
    return this._createOverlayContainer(element);
  }

  _createOverlayContainer(element: Element): OverlayContainer {
    const container = internals._createOverlayContainer.call(this, element);
    this.containers.set(element, container);
    return container;
  }

  override clear(): void {
    super.clear();
    this.containers.clear();
  }
}
