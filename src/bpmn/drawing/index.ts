import DeferredDrawing from './DeferredDrawing';

export { default as DeferredDrawing } from './DeferredDrawing';

/** An import draws what is shown first: the diagram shown, near the view; the rest after it (DeferredDrawing). */
export const deferredDrawingModule = {
  __init__: ['deferredDrawing'],
  deferredDrawing: ['type', DeferredDrawing],
};
