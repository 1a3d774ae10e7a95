import type { Rect } from '../fit/freeArea';

/** How far past the view, on each side, elements stay shown: half the view's width and height, so a pan of that much shows no gap. */
export const viewMargin = 0.5;

/** The area kept shown around `view`: the view grown by the margin on each side. */
export function shownAround(view: Rect): Rect {
  const dx = view.width * viewMargin;
  const dy = view.height * viewMargin;
  return { x: view.x - dx, y: view.y - dy, width: view.width + 2 * dx, height: view.height + 2 * dy };
}

/**
 * Whether the area shown for an earlier view still serves `view`: it holds the view, and is not so much larger
 * (the view zoomed in a lot since) that most of what it keeps shown is far away.
 */
export function stillServes(shown: Rect, view: Rect): boolean {
  const holds = view.x >= shown.x && view.y >= shown.y && view.x + view.width <= shown.x + shown.width && view.y + view.height <= shown.y + shown.height;
  const grown = shownAround(view);
  return holds && shown.width * shown.height <= 4 * grown.width * grown.height;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}

/** A shape's or label's box, or the box of a connection's waypoints; null for a root, which has neither. */
export function boundsOf(element: { x?: number; y?: number; width?: number; height?: number; waypoints?: { x: number; y: number }[] }): Rect | null {
  const { waypoints } = element;
  if (waypoints && waypoints.length > 0) {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const { x, y } of waypoints) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  }
  if (typeof element.x !== 'number' || typeof element.y !== 'number') return null;
  return { x: element.x, y: element.y, width: element.width ?? 0, height: element.height ?? 0 };
}
