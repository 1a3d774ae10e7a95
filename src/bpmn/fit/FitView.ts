import type Canvas from 'diagram-js/lib/core/Canvas';
import { farthestZoom, freeArea, scaleToFit, union, viewboxFraming, viewboxFromStart, type Rect } from './freeArea';

/**
 * «Вписать в окно» that frames the diagram in the part of the canvas the palette and the minimap's
 * button leave free, where diagram-js's own fit-viewport uses the whole canvas and puts the
 * diagram's left part under the palette. Two panes whose views are linked are framed together:
 * both diagrams fit, at one zoom.
 */
export default class FitView {
  static $inject = ['canvas'];

  private partner: FitView | null = null;

  constructor(private readonly canvas: Canvas) {}

  /** Links (or with null unlinks) the pane whose view follows this one's. */
  pairWith(partner: FitView | null): void {
    this.partner = partner;
  }

  fit(): void {
    this.frame(false);
  }

  /**
   * The view a diagram opens in: fitted as by `fit`, unless that zooms out further than the mouse wheel goes (a
   * process of thousands of steps would show as specks, and all of them would be drawn): then its beginning, at
   * that zoom. «Вписать в окно» still shows all of it.
   */
  firstView(): void {
    this.frame(true);
  }

  private frame(first: boolean): void {
    const panes = this.partner ? [this, this.partner] : [this];
    const diagram = union(panes.map((pane) => pane.diagramBounds()).filter((box): box is Rect => box !== null));
    if (!diagram) return;
    // The zoom at which the diagrams fit in every pane, never past 100 %; this pane's area places them.
    const scale = Math.min(1, ...panes.map((pane) => scaleToFit(diagram, pane.freeArea())));
    if (first && scale < farthestZoom) this.canvas.viewbox(viewboxFromStart(diagram, this.freeArea(), this.size(), farthestZoom));
    else this.canvas.viewbox(viewboxFraming(diagram, this.freeArea(), this.size(), scale));
  }

  private diagramBounds(): Rect | null {
    const { inner } = this.canvas.viewbox();
    return inner.width > 0 || inner.height > 0 ? { x: inner.x, y: inner.y, width: inner.width, height: inner.height } : null;
  }

  private size(): { width: number; height: number } {
    const { width, height } = this.canvas.getSize();
    return { width, height };
  }

  freeArea(): Rect {
    const container = this.canvas.getContainer();
    const origin = container.getBoundingClientRect();
    const relative = (selector: string): Rect | undefined => {
      const element = container.querySelector(selector);
      if (!element) return undefined;
      const box = element.getBoundingClientRect();
      return box.width > 0 ? { x: box.left - origin.left, y: box.top - origin.top, width: box.width, height: box.height } : undefined;
    };
    return freeArea(this.size(), { palette: relative('.djs-palette'), minimap: relative('.djs-minimap') });
  }
}
