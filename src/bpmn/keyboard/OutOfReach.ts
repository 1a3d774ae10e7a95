import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';

/**
 * Puts an editor out of reach of the keyboard and of assistive technology while the workspace keeps it open, hidden
 * (`setOutOfReach(true)`), and back. The whole editor cannot simply be inert: that restyles every SVG element of the
 * drawing at each tab switch (seconds' worth at 3,000 steps). What a person can operate is not in the drawing but in
 * the HTML that bpmn-js lays beside it — overlays (the checks' problem chips, drill-down buttons), the palette, the
 * context pad, the minimap, search, popup menus, the label editor, the bpmn.io link — so those layers turn inert, and
 * the drawing's SVG, focusable for bpmn-js's keys, leaves the focus order. The layer of overlays is the costly one:
 * restyling the 1,901 problem chips of a 3,000-step diagram took 6-16 ms each way, measured alone.
 */
export default class OutOfReach {
  static $inject = ['canvas', 'eventBus'];

  private outOfReach = false;
  /** A layer bpmn-js adds while the editor is out of reach (a popup menu's, at its first opening) is made inert too. */
  private readonly added = new MutationObserver(() => this.apply());

  constructor(
    private readonly canvas: Canvas,
    eventBus: EventBus,
  ) {
    eventBus.on('diagram.destroy', () => this.added.disconnect());
  }

  setOutOfReach(outOfReach: boolean): void {
    if (outOfReach === this.outOfReach) return;
    this.outOfReach = outOfReach;
    if (outOfReach) this.added.observe(this.canvas.getContainer(), { childList: true });
    else this.added.disconnect();
    this.apply();
  }

  private apply(): void {
    const container = this.canvas.getContainer();
    const drawing = container.querySelector(':scope > svg');
    drawing?.setAttribute('tabindex', this.outOfReach ? '-1' : '0');
    // The layers beside the drawing, and beside the canvas within the editor's own element (the bpmn.io link).
    const layers = [...container.children, ...(container.parentElement?.children ?? [])].filter((layer) => layer !== drawing && layer !== container);
    // Set only where it changes: setting the attribute again would restyle the layer's subtree again.
    for (const layer of layers) if (layer.hasAttribute('inert') !== this.outOfReach) layer.toggleAttribute('inert', this.outOfReach);
  }
}
