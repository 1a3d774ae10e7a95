/// <reference lib="webworker" />
import { paintText, type PainterMessage } from './paintText';

/**
 * Paints the texts whose canvases the page handed over (`PaintedText`). A canvas painted here shows its new pixels
 * without any work of the page's thread: no frame of the page is made for it.
 */
const contexts = new Map<number, OffscreenCanvasRenderingContext2D>();

self.onmessage = (event: MessageEvent<PainterMessage>) => {
  const message = event.data;
  if ('canvas' in message) {
    const context = message.canvas.getContext('2d');
    if (context) contexts.set(message.id, context);
  } else if ('painting' in message) {
    const context = contexts.get(message.id);
    if (context) paintText(context, message.painting);
  } else {
    contexts.delete(message.id);
  }
};
