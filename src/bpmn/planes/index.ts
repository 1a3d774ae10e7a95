import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type { BpmnEditor } from '../createEditor';
import DeferredPlanes from './DeferredPlanes';
import PlaneDeferringImporter from './PlaneDeferringImporter';

export { default as DeferredPlanes, planesImportedEvent } from './DeferredPlanes';

/** Replaces bpmn-js's `bpmnImporter` (same name): the planes of collapsed sub-processes are filled in after the import (DeferredPlanes). */
export const deferredPlanesModule = {
  __init__: ['deferredPlanes'],
  deferredPlanes: ['type', DeferredPlanes],
  bpmnImporter: ['type', PlaneDeferringImporter],
};

/** Every element of the diagram on the canvas, for code about to look elements up by id (any plane's). */
export function importEveryPlane(editor: BpmnEditor): void {
  editor.get<DeferredPlanes | null>('deferredPlanes', false)?.finishNow();
}

/** The editor's element registry with every plane's elements in it. */
export function everyElement(editor: BpmnEditor): ElementRegistry {
  importEveryPlane(editor);
  return editor.get<ElementRegistry>('elementRegistry');
}
