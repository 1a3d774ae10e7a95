import { useLayoutEffect, useRef } from 'react';
import { paintText, type Painting, type PainterMessage } from './paintText';

interface Props {
  /** The text shown now: also the element's accessible name. */
  text: string;
  /** A CSS colour, or a custom property of the element (`--name`), to paint the text in. */
  color: string;
  /** Every text this element may show: its width is the widest of them, so a change of text never lays the page out again. */
  texts: readonly string[];
  className?: string;
  testId?: string;
}

let painter: Worker | null = null;
let nextId = 0;

function post(message: PainterMessage, transfer: Transferable[] = []): void {
  painter ??= new Worker(new URL('./painter.worker.ts', import.meta.url), { type: 'module' });
  painter.postMessage(message, transfer);
}

interface HandedOver {
  id: number;
  release(): void;
  /** A release asked for and not yet sent: the same canvas mounted again (React's strict mode) takes it back. */
  pending?: ReturnType<typeof setTimeout>;
}

const handed = new WeakMap<HTMLCanvasElement, HandedOver>();

/** The canvas given to the painting worker, once: a canvas can be handed over only once in its life. */
function handedOver(element: HTMLCanvasElement): HandedOver {
  const known = handed.get(element);
  if (known) {
    clearTimeout(known.pending);
    return known;
  }
  const id = nextId++;
  const offscreen = element.transferControlToOffscreen();
  post({ id, canvas: offscreen }, [offscreen]);
  const entry: HandedOver = {
    id,
    release() {
      entry.pending = setTimeout(() => {
        handed.delete(element);
        post({ id, release: true });
      });
    },
  };
  handed.set(element, entry);
  return entry;
}

let measuring: CanvasRenderingContext2D | null | undefined;

/** The width of the widest of `texts` in `font`, in CSS pixels. */
function widest(texts: readonly string[], font: string): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return 0;
  measuring.font = font;
  return Math.ceil(Math.max(...texts.map((t) => measuring!.measureText(t).width))) + 1;
}

/**
 * A short text painted on a canvas, for a label that changes often beside a large drawing. Any change of the page's
 * own content (a text, a class, a visibility) costs a frame that re-layers the page, and a frame of the page at most
 * once a second hit-tests the middle of the window for overlay ads (Chromium's OverlayInterstitialAdDetector):
 * 10–25 ms over a 3,000-node diagram here. The canvas is handed to a worker that paints it (where the browser
 * can), so a change of text makes no frame of the page at all. The text is the canvas's accessible name
 * (`role="img"`), as screen readers and tests read it; it takes the element's font and colour, and is painted
 * again when the screen's pixel density changes (zoom).
 */
export function PaintedText({ text, color, texts, className, testId }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  /** Where the painting goes: the worker (by id) or this page's own context. */
  const target = useRef<{ id: number } | { context: CanvasRenderingContext2D } | null>(null);
  const size = useRef<{ key: string; width: number; height: number } | null>(null);

  useLayoutEffect(() => {
    const element = canvas.current;
    if (!element) return;
    if (typeof element.transferControlToOffscreen === 'function') {
      const handed = handedOver(element);
      target.current = { id: handed.id };
      return () => handed.release();
    }
    const context = element.getContext('2d');
    target.current = context && { context };
    return undefined;
  }, []);

  useLayoutEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const paint = () => {
      const style = getComputedStyle(element);
      const key = `${style.font}\u0000${texts.join('\u0000')}`;
      if (size.current?.key !== key) {
        size.current = { key, width: widest(texts, style.font), height: Math.ceil((parseFloat(style.fontSize) || 16) * 1.4) };
        element.style.width = `${size.current.width}px`;
        element.style.height = `${size.current.height}px`;
      }
      // In forced colours (Windows high contrast) the element's own colour is the system's text colour.
      const own = color.startsWith('--') && !matchMedia('(forced-colors: active)').matches ? style.getPropertyValue(color).trim() : color;
      const painting: Painting = {
        text,
        font: style.font,
        color: own && !own.startsWith('--') ? own : style.color,
        width: size.current.width,
        height: size.current.height,
        density: window.devicePixelRatio || 1,
      };
      const to = target.current;
      if (to && 'id' in to) post({ id: to.id, painting });
      else if (to) paintText(to.context, painting);
    };
    paint();
    // A change of zoom changes the pixel density: the text is painted again, sharp.
    const densityQuery = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    densityQuery.addEventListener('change', paint);
    return () => densityQuery.removeEventListener('change', paint);
  }, [text, color, texts]);

  return <canvas ref={canvas} className={className} role="img" aria-label={text} data-testid={testId} />;
}
