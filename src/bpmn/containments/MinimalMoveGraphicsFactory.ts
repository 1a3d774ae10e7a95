import GraphicsFactory from 'diagram-js/lib/core/GraphicsFactory';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type { Element, Parent } from 'diagram-js/lib/model/Types';
import { keptInPlace } from './keptInPlace';

/** GraphicsFactory's own members this one uses (not in its type declarations). */
interface Internals {
  _elementRegistry: ElementRegistry;
  _getChildrenContainer(parent: Parent): SVGElement;
}

/**
 * After every command diagram-js puts a changed element's siblings back in model order by walking
 * them and re-inserting each one that is not right after its predecessor: one sibling out of place
 * (a new shape that bpmn-js's ordering puts near the front of the root) re-inserts every sibling
 * after it, so one append on a 20,000-node diagram moved all 42,000 of the root's groups and the
 * browser rebuilt their layout (seconds). This one moves only the groups outside the longest run
 * already in order: the same order with the fewest moves.
 */
export default class MinimalMoveGraphicsFactory extends GraphicsFactory {
  override updateContainments(elements: Element[]): void {
    const parents = new Set(elements.map((element) => element.parent).filter((parent): parent is Parent => Boolean(parent)));
    for (const parent of parents) if (parent.children.length) this.orderChildren(parent);
  }

  private orderChildren(parent: Parent): void {
    const { _elementRegistry: registry, _getChildrenContainer } = this as unknown as Internals;
    const container = _getChildrenContainer.call(this, parent);
    const groups: SVGGElement[] = parent.children.map((child: Element) => registry.getGraphics(child).parentNode as SVGGElement);
    const wanted = new Map<Node, number>(groups.map((group, position) => [group, position]));
    const present: number[] = [];
    // Nodes that are no child's group (the culling's extent rectangle): diagram-js's own walk leaves them after all
    // the groups, so they are put there, the groups still moved as few as can be.
    const foreign: Node[] = [];
    let foreignBeforeGroup = false;
    for (const node of container.childNodes) {
      const position = wanted.get(node);
      if (position === undefined) foreign.push(node);
      else {
        present.push(position);
        foreignBeforeGroup ||= foreign.length > 0;
      }
    }
    if (foreignBeforeGroup) for (const node of foreign) container.appendChild(node);
    const kept = new Set([...keptInPlace(present)].map((i) => present[i]));
    if (kept.size < groups.length) {
      let next: Node | null = foreign[0] ?? null;
      for (let position = groups.length - 1; position >= 0; position--) {
        const group = groups[position]!;
        if (!kept.has(position)) container.insertBefore(group, next);
        next = group;
      }
    }
  }
}
