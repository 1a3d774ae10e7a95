import BpmnImporter from 'bpmn-js/lib/import/BpmnImporter';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type { Element } from 'diagram-js/lib/model/Types';
import type { Shape } from 'bpmn-js/lib/model/Types';
import type { ModdleElement } from 'bpmn-moddle';
import type DeferredPlanes from './DeferredPlanes';

/** bpmn-js's importer, which leaves the elements of collapsed sub-processes' planes to DeferredPlanes. */
export default class PlaneDeferringImporter extends BpmnImporter {
  static override $inject = [...BpmnImporter.$inject, 'deferredPlanes'];

  private readonly addNow = (semantic: ModdleElement, di: ModdleElement, parent: Element | undefined) => super.add(semantic, di, parent as Shape);

  constructor(
    eventBus: EventBus,
    canvas: Canvas,
    elementFactory: never,
    elementRegistry: ElementRegistry,
    textRenderer: never,
    private readonly deferredPlanes: DeferredPlanes,
  ) {
    super(eventBus, canvas, elementFactory, elementRegistry, textRenderer);
  }

  override add(semantic: ModdleElement, di: ModdleElement, parentElement: Shape) {
    // The walker hands back what it was given as the parent of the element's children: a stand-in for one that waits.
    const waiting = this.deferredPlanes.defer(semantic, di, parentElement, this.addNow);
    if (waiting) return waiting as unknown as Shape;
    const element = super.add(semantic, di, parentElement);
    this.deferredPlanes.addedNow(element, di);
    return element;
  }
}
