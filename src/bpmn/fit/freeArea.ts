export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Room kept between the diagram and the edges or controls around it, in screen pixels. */
export const fitMargin = 24;

/**
 * The part of the canvas that no control covers, in the canvas's own pixels: right of the palette
 * (a column along the left edge) and clear of the minimap's button at the top right, which costs
 * either a strip along the top or one along the right, whichever leaves more room.
 */
export function freeArea(canvas: { width: number; height: number }, covers: { palette?: Rect; minimap?: Rect }): Rect {
  const left = covers.palette ? covers.palette.x + covers.palette.width : 0;
  const area = { x: left + fitMargin, y: fitMargin, width: canvas.width - left - 2 * fitMargin, height: canvas.height - 2 * fitMargin };
  const minimap = covers.minimap;
  if (!minimap) return area;
  const belowMinimap = { ...area, y: minimap.y + minimap.height + fitMargin / 2, height: area.y + area.height - (minimap.y + minimap.height + fitMargin / 2) };
  const leftOfMinimap = { ...area, width: minimap.x - fitMargin / 2 - area.x };
  return belowMinimap.width * belowMinimap.height >= leftOfMinimap.width * leftOfMinimap.height ? belowMinimap : leftOfMinimap;
}

/** The zoom at which `diagram` (diagram coordinates) fits in `area` (canvas pixels). */
export function scaleToFit(diagram: Rect, area: Rect): number {
  return Math.min(area.width / Math.max(diagram.width, 1), area.height / Math.max(diagram.height, 1));
}

/** The viewbox that shows `diagram` at `scale`, centred in `area` of a canvas of the given size. */
export function viewboxFraming(diagram: Rect, area: Rect, canvas: { width: number; height: number }, scale: number): Rect {
  return {
    x: diagram.x + diagram.width / 2 - (area.x + area.width / 2) / scale,
    y: diagram.y + diagram.height / 2 - (area.y + area.height / 2) / scale,
    width: canvas.width / scale,
    height: canvas.height / scale,
  };
}

/** The furthest diagram-js's mouse wheel zooms out (ZoomScroll's range): a diagram's first view goes no further. */
export const farthestZoom = 0.2;

/** The viewbox that shows `diagram` from its beginning, its top left corner at the top left of `area`, at `scale`. */
export function viewboxFromStart(diagram: Rect, area: Rect, canvas: { width: number; height: number }, scale: number): Rect {
  return { x: diagram.x - area.x / scale, y: diagram.y - area.y / scale, width: canvas.width / scale, height: canvas.height / scale };
}

/** The box that holds `box` and `added`: `added` when there is no box yet. */
export function grown(box: Rect | null, added: Rect): Rect {
  if (!box) return added;
  const x = Math.min(box.x, added.x);
  const y = Math.min(box.y, added.y);
  return { x, y, width: Math.max(box.x + box.width, added.x + added.width) - x, height: Math.max(box.y + box.height, added.y + added.height) - y };
}

export function union(boxes: Rect[]): Rect | null {
  return boxes.reduce<Rect | null>(grown, null);
}
