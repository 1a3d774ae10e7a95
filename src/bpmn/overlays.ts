import type { Element } from 'diagram-js/lib/model/Types';

/**
 * The part of the diagram-js `overlays` service our modules use (its own types live under
 * diagram-js/lib/features/, a path our lint reserves for src/features).
 */
export interface Overlays {
  get(filter: { element?: Element | string; type: string }): { element: Element; html: HTMLElement | string }[];
  /** One overlay by the id `add` gave, at once; null or undefined once it is removed. */
  get(id: string): { html: HTMLElement | string } | null | undefined;
  add(element: Element, type: string, overlay: { position: Record<string, number>; show?: { minZoom?: number }; html: HTMLElement }): string;
  remove(filter: { element?: Element | string; type: string } | string): void;
}

/**
 * Below this zoom the overlays drawn on shapes (step badges, problem chips) are hidden: they would only cover shapes
 * too small to read, and a large diagram fitted to the screen had to lay out and paint thousands of them with every
 * change (12,000 chips on a 20,000-node diagram).
 */
export const shapeOverlayMinZoom = 0.4;
