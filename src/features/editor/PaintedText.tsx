import { useLayoutEffect, useRef } from 'react';

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

/**
 * A short text painted on a canvas, for a label that changes often beside a large drawing. Any change of the page's
 * own content (a text, a class, a visibility) makes Chromium repaint and re-layer the whole page and, at most once a
 * second, hit-test the middle of the window for overlay ads: 10–25 ms per change over a 3,000-node diagram here.
 * A canvas's pixels change without either. The text is the canvas's accessible name (`role="img"`), so screen
 * readers and tests read it as they would the text; it takes the element's font, and is painted again when the
 * screen's pixel density changes (zoom).
 */
export function PaintedText({ text, color, texts, className, testId }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const widths = useRef<{ key: string; width: number; height: number } | null>(null);

  useLayoutEffect(() => {
    const element = canvas.current;
    if (!element) return;
    let density = window.devicePixelRatio || 1;
    const paint = () => {
      const context = element.getContext('2d');
      if (!context) return;
      const style = getComputedStyle(element);
      const key = `${style.font}\u0000${texts.join('\u0000')}`;
      if (widths.current?.key !== key) {
        context.font = style.font;
        const width = Math.ceil(Math.max(...texts.map((t) => context.measureText(t).width))) + 1;
        const height = Math.ceil((parseFloat(style.fontSize) || 16) * 1.4);
        widths.current = { key, width, height };
        element.style.width = `${width}px`;
        element.style.height = `${height}px`;
      }
      const { width, height } = widths.current;
      if (element.width !== Math.round(width * density)) element.width = Math.round(width * density);
      if (element.height !== Math.round(height * density)) element.height = Math.round(height * density);
      context.setTransform(density, 0, 0, density, 0, 0);
      context.clearRect(0, 0, width, height);
      context.font = style.font;
      context.textBaseline = 'middle';
      context.textAlign = 'right';
      // In forced colours (Windows high contrast) the element's own colour is the system's text colour.
      const ownColor = color.startsWith('--') && !matchMedia('(forced-colors: active)').matches ? style.getPropertyValue(color).trim() : color;
      context.fillStyle = ownColor.startsWith('--') || !ownColor ? style.color : ownColor;
      context.fillText(text, width, height / 2);
    };
    paint();
    // A change of zoom changes the pixel density: the text is painted again, sharp.
    const densityQuery = matchMedia(`(resolution: ${density}dppx)`);
    const repaint = () => {
      density = window.devicePixelRatio || 1;
      paint();
    };
    densityQuery.addEventListener('change', repaint);
    return () => densityQuery.removeEventListener('change', repaint);
  }, [text, color, texts]);

  return <canvas ref={canvas} className={className} role="img" aria-label={text} data-testid={testId} />;
}
