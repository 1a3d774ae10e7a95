import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { ModdleElement } from './slicedWriter';
import { writtenSubtreesOf } from './slicedSaveXML';

interface Described {
  $type: string;
  $descriptor: { properties: { name: string; isReference?: boolean }[] };
  $parent?: Described;
}

interface DrawnElement {
  businessObject?: Described;
  di?: Described;
  labelTarget?: DrawnElement;
}

interface CommandEvent {
  context?: unknown;
}

const isModdle = (value: object): value is Described => '$descriptor' in value && '$type' in value;
const isDrawn = (value: object): value is DrawnElement => 'businessObject' in value;
const isPlain = (value: object) => Object.getPrototypeOf(value) === Object.prototype;

/** How deep a command's context is searched for what it touches (`{ groups: [{ elements: [shape] }] }` is four). */
const contextDepth = 4;

/**
 * Tells the saves of this editor's diagram (`writtenSubtreesOf`) what each change may have touched, so a save
 * checks only those elements and the ones that hold them, and reuses the rest of the last save's text unread.
 *
 * bpmn-js changes its model only in commands (undo needs it), but reports only the shapes it redraws: a
 * command also moves business objects between containers, rewires flows' ends and edits root elements no shape
 * shows. So every command's context is searched for model objects and shapes before it runs (where a removed
 * element still sits) and after (where it went), the redrawn shapes are added, and with each object go the
 * objects it references (a flow's source and target, whose `outgoing` and `incoming` change with it). A changed
 * id is written by every element that references it, listed nowhere: the next save then compares everything.
 * What is still missed is caught by the check of everything once editing pauses (`writeCheckingAll`).
 */
export default class SaveTracking {
  static $inject = ['eventBus', 'canvas', 'bpmnjs'];

  constructor(
    eventBus: EventBus,
    private readonly canvas: Canvas,
    private readonly bpmnjs: { getDefinitions(): unknown },
  ) {
    const fromContext = (event: CommandEvent) => this.search(event.context, contextDepth);
    eventBus.on(['commandStack.execute', 'commandStack.revert'], 10000, fromContext);
    eventBus.on(['commandStack.executed', 'commandStack.reverted'], 1, fromContext);
    eventBus.on('elements.changed', 1, (event: { elements: DrawnElement[] }) => event.elements.forEach((element) => this.drawn(element)));
    // After the DI ordering (priority 2000) has put each plane in drawing order; the root holds every diagram.
    eventBus.on('saveXML.start', 1000, () => {
      for (const root of this.canvas.getRootElements() as DrawnElement[]) this.drawn(root);
    });
  }

  private written() {
    const tree = this.bpmnjs.getDefinitions() as ModdleElement | undefined;
    return tree ? writtenSubtreesOf(tree, true) : undefined;
  }

  private suspect(element: Described): void {
    this.written()?.suspect(element as never);
  }

  private search(value: unknown, depth: number, key = ''): void {
    if (typeof value !== 'object' || value === null) return;
    if (isModdle(value)) return this.model(value);
    if (isDrawn(value)) return this.drawn(value);
    if (depth === 0) return;
    if (Array.isArray(value)) {
      for (const item of value) this.search(item, depth - 1);
      return;
    }
    if (!isPlain(value)) return;
    // `updateProperties` and `updateModdleProperties` of an id: whatever references the element writes the new one.
    if (key === 'properties' && Object.prototype.hasOwnProperty.call(value, 'id')) this.written()?.distrust();
    for (const name of Object.keys(value)) this.search((value as Record<string, unknown>)[name], depth - 1, name);
  }

  private drawn(element: DrawnElement): void {
    // A shape being made may carry its attributes before its model object.
    for (const own of [element.businessObject, element.di]) if (typeof own === 'object' && own !== null && isModdle(own)) this.model(own);
    if (element.labelTarget) this.drawn(element.labelTarget);
  }

  /** The object and what it references: a reference is written as an id, but its other end may list this one. */
  private model(element: Described): void {
    this.suspect(element);
    const own = element as unknown as Record<string, unknown>;
    for (const property of element.$descriptor.properties) {
      if (!property.isReference || !Object.prototype.hasOwnProperty.call(own, property.name)) continue;
      const value = own[property.name];
      for (const target of Array.isArray(value) ? value : [value]) if (typeof target === 'object' && target !== null && isModdle(target)) this.suspect(target);
    }
  }
}
