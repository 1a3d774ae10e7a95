import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { Element } from 'diagram-js/lib/model/Types';
import { shownAreaChangedEvent } from '../culling';
import { shapeOverlayMinZoom, type Overlays } from '../overlays';

/** One problem as the canvas shows it: already translated. */
export interface MarkedProblem {
  elementId: string;
  category: 'error' | 'warn';
  text: string;
}

export const lintOverlayType = 'rw-lint';
export const lintMarkerClass = { error: 'rw-lint--error', warn: 'rw-lint--warn' } as const;

interface Selection {
  select(element: Element): void;
}

/** ViewportCulling as the marks use it. */
interface Culling {
  isShown(element: Element): boolean;
}

/** How an element with problems is marked. */
interface Mark {
  className: string;
  text: string;
  problems: MarkedProblem[];
}

/**
 * Marks the elements the checks complain about: a coloured outline and a small chip with the
 * number of problems, whose tooltip lists them. Clicking the chip selects the element, so the
 * step panel opens on what needs fixing. Like bpmn-js-bpmnlint, but fed by our own lint run,
 * whose messages the UI translates.
 */
export default class LintMarkers {
  static $inject = ['canvas', 'overlays', 'elementRegistry', 'selection', 'eventBus', 'viewportCulling'];

  /** What each marked element shows now, its chip and the chip's overlay, so a new run only touches the elements whose problems changed. */
  private marked = new Map<string, { className: string; text: string; overlayId: string; chip: HTMLElement }>();
  /**
   * Marks of elements drawn under another root (a collapsed sub-process's own diagram), made when that root is
   * shown: a large file's sub-processes hold most of its problems, and marking them all at once held the page's
   * thread for a tenth of a second after its import. Likewise those of elements far from the view, made when it
   * comes near them (ViewportCulling): 12,668 chips of a diagram of 20,000 nodes took 2.7 s.
   */
  private pending = new Map<string, Mark>();

  constructor(
    private readonly canvas: Canvas,
    private readonly overlays: Overlays,
    private readonly elementRegistry: ElementRegistry,
    private readonly selection: Selection,
    eventBus: EventBus,
    private readonly culling: Culling,
  ) {
    eventBus.on(['root.set', shownAreaChangedEvent], () => this.markShownRoot());
  }

  show(problems: readonly MarkedProblem[]): void {
    const byElement = new Map<string, MarkedProblem[]>();
    for (const problem of problems) byElement.set(problem.elementId, [...(byElement.get(problem.elementId) ?? []), problem]);
    const wanted = new Map<string, Mark>();
    for (const [id, list] of byElement) {
      // Problems about the whole diagram live in the panel only; an element not on the canvas may come with its
      // plane (DeferredPlanes) and is marked when its plane is shown.
      if (this.elementRegistry.get(id) === this.canvas.getRootElement()) continue;
      const className = lintMarkerClass[list.some((p) => p.category === 'error') ? 'error' : 'warn'];
      wanted.set(id, { className, text: list.map((p) => p.text).join('\n'), problems: list });
    }
    for (const [id, shown] of this.marked) {
      const next = wanted.get(id);
      if (!next || !this.stillDrawn(shown.overlayId)) {
        this.unmark(id, shown.className);
        continue;
      }
      // Still drawn with its chip: rewritten in place (other problems, or the same in a new language). Adding or
      // removing an overlay costs diagram-js a search of every element's overlays: thousands of chips redrawn that way
      // took seconds.
      wanted.delete(id);
      if (next.className !== shown.className) {
        this.canvas.removeMarker(id, shown.className);
        this.canvas.addMarker(id, next.className);
      }
      if (next.className !== shown.className || next.text !== shown.text) this.fill(shown.chip, next.className, next.problems);
      this.marked.set(id, { ...shown, className: next.className, text: next.text });
    }
    this.pending = wanted;
    this.markShownRoot();
  }

  clear(): void {
    this.pending.clear();
    for (const [id, { className }] of this.marked) this.unmark(id, className);
  }

  private markShownRoot(): void {
    const root = this.canvas.getRootElement();
    for (const [id, mark] of this.pending) {
      const element = this.elementRegistry.get(id) as Element | undefined;
      if (!element || this.canvas.findRoot(element) !== root || !this.culling.isShown(element)) continue;
      this.pending.delete(id);
      this.mark(element, mark);
    }
  }

  private mark(element: Element, { className, text, problems }: Mark): void {
    this.canvas.addMarker(element.id, className);
    const chip = this.chip(element);
    this.fill(chip, className, problems);
    // Zoomed out further, the outline alone marks the element.
    const overlayId = this.overlays.add(element, lintOverlayType, { position: { top: -9, right: 9 }, show: { minZoom: shapeOverlayMinZoom }, html: chip });
    this.marked.set(element.id, { className, text, overlayId, chip });
  }

  /**
   * A shape drawn anew (undo of a delete, a replace) has lost its marker and chip. Looked up by the chip's overlay
   * id: by element, diagram-js searches its list of overlay containers, which on a diagram of thousands of marked
   * steps made every run (and every editor shown again) quadratic.
   */
  private stillDrawn(overlayId: string): boolean {
    return Boolean(this.overlays.get(overlayId));
  }

  private unmark(id: string, className: string): void {
    this.marked.delete(id);
    const element = this.elementRegistry.get(id) as Element | undefined;
    // A removed shape took its marker and chip with it; an unknown id would remove every chip.
    if (!element) return;
    this.canvas.removeMarker(id, className);
    this.overlays.remove({ element, type: lintOverlayType });
  }

  private chip(element: Element): HTMLElement {
    const chip = this.canvas.getContainer().ownerDocument.createElement('button');
    chip.type = 'button';
    chip.addEventListener('click', (event) => {
      event.stopPropagation();
      this.selection.select(element);
    });
    return chip;
  }

  /** The chip counts the element's problems; its tooltip and accessible name list them. */
  private fill(chip: HTMLElement, className: string, problems: MarkedProblem[]): void {
    chip.className = `rw-lint-chip ${className}`;
    chip.textContent = String(problems.length);
    const text = problems.map((p) => p.text).join('\n');
    chip.title = text;
    chip.setAttribute('aria-label', text);
  }
}
