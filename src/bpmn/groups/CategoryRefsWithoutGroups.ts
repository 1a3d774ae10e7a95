import { isLabel } from 'bpmn-js/lib/util/LabelUtil';
import { is } from 'bpmn-js/lib/util/ModelUtil';
import CommandInterceptor from 'diagram-js/lib/command/CommandInterceptor';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { Element } from 'diagram-js/lib/model/Types';

/** Before bpmn-js's own handler works the updates out. */
const BEFORE_HANDLER = 2000;

interface UpdateRefsContext {
  affectedGroupEntries: unknown[];
  updates?: { flowElements: unknown[]; groups: unknown[] };
}

/**
 * After every shape or connection created, moved or deleted, bpmn-js's `group.updateRefs` looks for the groups that
 * enclose the flow elements touched by scanning every element of the diagram for groups: 80 ms of each append on a
 * 20,000-node diagram. Without a group on the diagram and none touched by the command, it finds no update; the groups
 * are known from the shapes added and removed, so that scan is skipped when there are none.
 */
export default class CategoryRefsWithoutGroups extends CommandInterceptor {
  static override $inject = ['eventBus'];

  private readonly groups = new Set<Element>();

  constructor(eventBus: EventBus) {
    super(eventBus);
    eventBus.on<{ element: Element }>('shape.added', ({ element }) => {
      if (is(element, 'bpmn:Group') && !isLabel(element)) this.groups.add(element);
    });
    eventBus.on<{ element: Element }>('shape.removed', ({ element }) => this.groups.delete(element));
    eventBus.on('diagram.clear', () => this.groups.clear());
    this.preExecute('group.updateRefs', BEFORE_HANDLER, ({ context }: { context: UpdateRefsContext }) => {
      if (context.updates || this.groups.size > 0 || context.affectedGroupEntries.length > 0) return;
      context.updates = { flowElements: [], groups: [] };
    });
  }
}
