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

  /** Something may have been drawn, removed or moved in the tree since the planes were last put in order. */
  private treeChanged = true;

  constructor(eventBus: EventBus, canvas: Canvas) {
    const changed = () => {
      this.treeChanged = true;
    };
    eventBus.on(['import.done', 'shape.added', 'shape.removed', 'connection.added', 'connection.removed'], changed);
    // Every command, nested ones included: moving a shape reorders its parent's children without adding or removing one.
    eventBus.on(['commandStack.executed', 'commandStack.reverted'], (event: { command: string }) => {
      if (!valuesOnly.has(event.command)) changed();
    });
    eventBus.on('saveXML.start', 2000, () => {
      // Renames and step data, the usual edits, leave the planes as the last save ordered them: no walk of the drawing.
      if (!this.treeChanged) return;
      this.treeChanged = false;
      for (const root of canvas.getRootElements() as Drawn[]) {
        const plane = root.di;
        if (!plane) continue;
        const ordered = reorderedPlane(root, plane.get('planeElement') ?? []);
        if (ordered) plane.set('planeElement', ordered);
      }
    });
  }
}

/** Commands that change values of elements and never which are drawn, their parents or their order. */
const valuesOnly = new Set(['element.updateLabel', 'element.updateProperties', 'element.updateModdleProperties', 'element.setColor']);
