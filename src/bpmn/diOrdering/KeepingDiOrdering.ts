import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';
import { reorderedPlane, type DrawnNode } from './planeOrder';

interface Di {
  get(name: 'planeElement'): unknown[] | undefined;
  set(name: 'planeElement', value: unknown[]): void;
}

type Drawn = DrawnNode & { di?: Di };

/**
 * bpmn-js's BpmnDiOrdering rewrites each shown plane, before every save, to the shapes and edges it
 * drew, in drawing order: the layout of whatever the import did not draw (shapes of a process no pool
 * shows, DI of elements of another kind, entries bpmn-js could not place) was dropped at the first
 * save. This ordering keeps the same order for what is drawn and keeps every other entry after it.
 * An element the user deletes leaves its plane through the modeling commands, so it is not kept here.
 */
export default class KeepingDiOrdering {
  static $inject = ['eventBus', 'canvas'];

  constructor(eventBus: EventBus, canvas: Canvas) {
    eventBus.on('saveXML.start', 2000, () => {
      for (const root of canvas.getRootElements() as Drawn[]) {
        const plane = root.di;
        if (!plane) continue;
        const ordered = reorderedPlane(root, plane.get('planeElement') ?? []);
        if (ordered) plane.set('planeElement', ordered);
      }
    });
  }
}
