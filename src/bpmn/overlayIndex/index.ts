import IndexedOverlays from './IndexedOverlays';

/** Replaces diagram-js's `overlays` with one that finds an element's overlays without a search (IndexedOverlays). */
export const indexedOverlaysModule = {
  __init__: ['overlays'],
  overlays: ['type', IndexedOverlays],
};
