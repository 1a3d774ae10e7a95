import type Canvas from 'diagram-js/lib/core/Canvas';
import type { BpmnEditor } from '../createEditor';
import { everyElement } from '../planes';
import './linkMarkers.css';

export const linkedMarker = 'rw-journey-linked';

/**
 * Highlights the elements a journey card or stage is linked to and scrolls the first into view;
 * returns the undo. Ids the diagram no longer has are skipped (the map flags them).
 */
export function markLinked(editor: BpmnEditor, ids: readonly string[]): () => void {
  const canvas = editor.get<Canvas>('canvas');
  const registry = everyElement(editor);
  const present = ids.filter((id) => registry.get(id));
  for (const id of present) canvas.addMarker(id, linkedMarker);
  const first = present[0] ? registry.get(present[0]) : undefined;
  if (first && 'x' in first) canvas.scrollToElement(first as Parameters<Canvas['scrollToElement']>[0]);
  return () => {
    for (const id of present) if (registry.get(id)) canvas.removeMarker(id, linkedMarker);
  };
}
