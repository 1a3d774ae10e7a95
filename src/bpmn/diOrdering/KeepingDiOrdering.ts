import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { Element } from 'diagram-js/lib/model/Types';
import { selfAndAllChildren } from 'diagram-js/lib/util/Elements';

interface Di {
  get(name: 'planeElement'): unknown[] | undefined;
  set(name: 'planeElement', value: unknown[]): void;
}

type Drawn = Element & { di?: Di; labelTarget?: unknown };

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
        const drawn = (selfAndAllChildren([root], false) as Drawn[]).filter((e) => e !== root && !e.labelTarget).map((e) => e.di);
        const shown = new Set(drawn);
        const undrawn = (plane.get('planeElement') ?? []).filter((di) => !shown.has(di as Di));
        plane.set('planeElement', [...drawn, ...undrawn]);
      }
    });
  }
}
