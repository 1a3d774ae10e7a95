/** What a painted text shows, and how: everything its painter needs, since a worker sees no page styles. */
export interface Painting {
  text: string;
  /** A CSS font (`getComputedStyle(element).font`). */
  font: string;
  color: string;
  /** The element's size in CSS pixels, and the screen's pixels per CSS pixel. */
  width: number;
  height: number;
  density: number;
}

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Paints `painting` on its canvas, right-aligned and centred vertically, sized for the screen's pixel density. */
export function paintText(context: Context, { text, font, color, width, height, density }: Painting): void {
  const canvas = context.canvas;
  const pixelWidth = Math.round(width * density);
  const pixelHeight = Math.round(height * density);
  if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
  if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
  context.setTransform(density, 0, 0, density, 0, 0);
  context.clearRect(0, 0, width, height);
  context.font = font;
  context.textBaseline = 'middle';
  context.textAlign = 'right';
  context.fillStyle = color;
  context.fillText(text, width, height / 2);
}

/** A message to the painting worker: a canvas handed over to it, a painting of one, or one let go. */
export type PainterMessage = { id: number; canvas: OffscreenCanvas } | { id: number; painting: Painting } | { id: number; release: true };
