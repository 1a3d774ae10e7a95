import type Canvas from 'diagram-js/lib/core/Canvas';
import type { MarkerCategory } from '../../domain/diff/types';
import type { BpmnEditor } from '../createEditor';
import { everyElement } from '../planes';
import './diff.css';

export const diffMarkerClass = (category: MarkerCategory) => `rw-diff--${category}`;

/**
 * Colours a diagram by the diff's markers (see diff.css) and returns the undo. A plain function,
 * not a module of createBpmnEditor: only the comparison's viewers show a diff, and they import a
 * new diagram whenever a variant is saved, which drops the markers with the old shapes.
 */
export function markDiff(editor: BpmnEditor, markers: Readonly<Record<string, MarkerCategory>>): () => void {
  const canvas = editor.get<Canvas>('canvas');
  const registry = everyElement(editor);
  const marked = Object.entries(markers).filter(([id]) => registry.get(id));
  for (const [id, category] of marked) canvas.addMarker(id, diffMarkerClass(category));
  return () => {
    for (const [id, category] of marked) if (registry.get(id)) canvas.removeMarker(id, diffMarkerClass(category));
  };
}
