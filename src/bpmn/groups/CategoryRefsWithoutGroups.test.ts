// @vitest-environment jsdom
import { BpmnModdle } from 'bpmn-moddle';
import BpmnFactory from 'bpmn-js/lib/features/modeling/BpmnFactory';
import UpdateCategoryValueRefsHandler from 'bpmn-js/lib/features/modeling/cmd/UpdateCategoryValueRefsHandler';
import CommandStack from 'diagram-js/lib/command/CommandStack';
import ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import EventBus from 'diagram-js/lib/core/EventBus';
import { describe, expect, it, vi } from 'vitest';
import CategoryRefsWithoutGroups from './CategoryRefsWithoutGroups';

/** bpmn-js's own `group.updateRefs` on real moddle elements, with or without the interceptor. */
function diagram(intercepted: boolean) {
  const moddle = new BpmnModdle();
  const eventBus = new EventBus();
  const registry = new ElementRegistry(eventBus);
  const commandStack = new CommandStack(eventBus, null as never);
  // Its own method that works the updates out (not in its type declarations).
  const handler = new UpdateCategoryValueRefsHandler(new BpmnFactory(moddle as never), registry) as UpdateCategoryValueRefsHandler & { _computeUpdates(): unknown };
  commandStack.register('group.updateRefs', handler as never);
  if (intercepted) new CategoryRefsWithoutGroups(eventBus);
  const root = { id: 'Process_1', businessObject: moddle.create('bpmn:Process'), children: [] as unknown[] };
  registry.add(root as never, document.createElementNS('http://www.w3.org/2000/svg', 'g'));
  const add = (type: string, box: { x: number; y: number; width: number; height: number }, attrs: Record<string, unknown> = {}) => {
    const element = { id: `${type}_${registry.getAll().length}`, type, businessObject: moddle.create(type, attrs), parent: root, children: [], ...box };
    root.children.push(element);
    registry.add(element as never, document.createElementNS('http://www.w3.org/2000/svg', 'g'));
    eventBus.fire('shape.added', { element });
    return element;
  };
  const refs = (element: { businessObject: { get(name: string): unknown } }) => element.businessObject.get('categoryValueRef');
  const updateRefs = (affectedFlowElements: unknown[], affectedGroupEntries: unknown[] = []) => commandStack.execute('group.updateRefs', { affectedFlowElements, affectedGroupEntries });
  return { moddle, eventBus, handler, add, refs, updateRefs };
}

describe('CategoryRefsWithoutGroups', () => {
  it('spares the search for groups when the diagram has none, with the same (empty) outcome as bpmn-js', () => {
    for (const intercepted of [true, false]) {
      const { handler, add, refs, updateRefs } = diagram(intercepted);
      const computed = vi.spyOn(handler, '_computeUpdates');
      const task = add('bpmn:Task', { x: 0, y: 0, width: 100, height: 80 });

      updateRefs([task]);

      expect(computed).toHaveBeenCalledTimes(intercepted ? 0 : 1);
      expect(refs(task)).toEqual([]);
    }
  });

  it('lets bpmn-js work the references out while a group is on the diagram, and spares it again once it is gone', () => {
    const { moddle, eventBus, handler, add, refs, updateRefs } = diagram(true);
    const computed = vi.spyOn(handler, '_computeUpdates');
    const categoryValue = moddle.create('bpmn:CategoryValue', { value: 'Приём' });
    categoryValue.$parent = moddle.create('bpmn:Category');
    const group = add('bpmn:Group', { x: -10, y: -10, width: 300, height: 200 }, { categoryValueRef: categoryValue });
    const task = add('bpmn:Task', { x: 0, y: 0, width: 100, height: 80 });

    updateRefs([task]);
    expect(refs(task)).toEqual([categoryValue]);

    eventBus.fire('shape.removed', { element: group });
    updateRefs([task]);
    expect(computed).toHaveBeenCalledTimes(1);
  });

  it('lets bpmn-js work the references out for a group the command touched, even when none is left', () => {
    const { moddle, handler, add, updateRefs } = diagram(true);
    const computed = vi.spyOn(handler, '_computeUpdates');
    const task = add('bpmn:Task', { x: 0, y: 0, width: 100, height: 80 });

    updateRefs([task], [{ groupShape: { id: 'Group_gone' }, categoryValue: moddle.create('bpmn:CategoryValue') }]);

    expect(computed).toHaveBeenCalledTimes(1);
  });
});
