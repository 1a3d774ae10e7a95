// @vitest-environment jsdom
import ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import EventBus from 'diagram-js/lib/core/EventBus';
import GraphicsFactory from 'diagram-js/lib/core/GraphicsFactory';
import { describe, expect, it } from 'vitest';
import MinimalMoveGraphicsFactory from './MinimalMoveGraphicsFactory';

interface Shape {
  id: string;
  parent?: Shape;
  children: Shape[];
}

/** A root with `count` shapes drawn in model order by the given factory class, and the moves its containment updates make. */
function diagram(Factory: typeof GraphicsFactory, count: number) {
  const eventBus = new EventBus();
  const registry = new ElementRegistry(eventBus);
  const factory = new Factory(eventBus, registry);
  const root: Shape = { id: 'root', children: [] };
  const layer = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  document.createElementNS('http://www.w3.org/2000/svg', 'svg').appendChild(layer);
  registry.add(root as never, layer);
  const add = (id: string, parent: Shape) => {
    const shape: Shape = { id, parent, children: [] };
    parent.children.push(shape);
    registry.add(shape as never, factory.create('shape', shape as never));
    return shape;
  };
  for (let i = 0; i < count; i++) add(`Shape_${i}`, root);
  let moves = 0;
  /** From now on, count the groups moved within the root. */
  const countMoves = () => {
    const insertBefore = layer.insertBefore.bind(layer);
    layer.insertBefore = <T extends Node>(node: T, child: Node | null): T => {
      moves++;
      return insertBefore(node, child);
    };
  };
  const domOrder = () => [...layer.childNodes].map((group) => (group.firstChild as Element | null)?.getAttribute('data-element-id') ?? 'foreign');
  return { root, layer, factory, registry, add, domOrder, countMoves, moves: () => moves };
}

/** A deterministic shuffle (a linear congruential generator), so a failure can be run again. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed;
  for (let i = result.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/** The length of the longest increasing subsequence, the slow obvious way. */
function longestRun(values: number[]): number {
  const best = values.map(() => 1);
  values.forEach((value, i) => {
    for (let j = 0; j < i; j++) if (values[j]! < value) best[i] = Math.max(best[i]!, best[j]! + 1);
  });
  return Math.max(0, ...best);
}

describe('MinimalMoveGraphicsFactory', () => {
  it('moves one group, not every sibling after it, when the first group drawn belongs last', () => {
    // given: a new shape whose group is drawn first while the model orders it last
    const mine = diagram(MinimalMoveGraphicsFactory, 50);
    const theirs = diagram(GraphicsFactory, 50);
    for (const { root, layer, add, countMoves } of [mine, theirs]) {
      add('New', root);
      layer.insertBefore(layer.lastChild!, layer.firstChild);
      countMoves();
    }

    // when
    for (const { root, factory } of [mine, theirs]) factory.updateContainments([root.children.at(-1)] as never);

    // then: the same order as diagram-js's, in one move instead of its 50
    expect(mine.domOrder()).toEqual([...Array.from({ length: 50 }, (_, i) => `Shape_${i}`), 'New']);
    expect(mine.domOrder()).toEqual(theirs.domOrder());
    expect(mine.moves()).toBe(1);
    expect(theirs.moves()).toBe(50);
  });

  it('puts any order right with as few moves as possible', () => {
    for (let seed = 1; seed <= 20; seed++) {
      // given: the model's order shuffled against the drawn one
      const { root, factory, domOrder, countMoves, moves } = diagram(MinimalMoveGraphicsFactory, 40);
      const drawn = domOrder();
      countMoves();
      root.children = shuffled(root.children, seed);

      // when
      factory.updateContainments([root.children[0]] as never);

      // then: the drawn order is the model's, and only the groups off the longest run already in order moved
      expect(domOrder()).toEqual(root.children.map((shape) => shape.id));
      const wanted = new Map(root.children.map((shape, position) => [shape.id, position]));
      expect(moves()).toBe(root.children.length - longestRun(drawn.map((id) => wanted.get(id)!)));
    }
  });

  it('still moves one group when a node that is no child\'s group (the culling\'s extent) lies after them', () => {
    // given: the extent rectangle last in the layer, and a new shape drawn first that the model orders last
    const { root, layer, add, factory, domOrder, countMoves, moves } = diagram(MinimalMoveGraphicsFactory, 50);
    layer.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'rect'));
    add('New', root);
    layer.insertBefore(layer.lastChild!, layer.firstChild);
    countMoves();

    // when
    factory.updateContainments([root.children.at(-1)] as never);

    // then: one move, and the foreign node still last
    expect(domOrder()).toEqual([...Array.from({ length: 50 }, (_, i) => `Shape_${i}`), 'New', 'foreign']);
    expect(moves()).toBe(1);
  });

  it('moves nothing when the order is right', () => {
    const { root, factory, countMoves, moves } = diagram(MinimalMoveGraphicsFactory, 10);
    countMoves();

    factory.updateContainments(root.children as never);

    expect(moves()).toBe(0);
  });

  it('brings in a child whose group is still in another container, and leaves foreign nodes last as diagram-js does', () => {
    for (const Factory of [MinimalMoveGraphicsFactory, GraphicsFactory]) {
      // given: a shape moved into the root from elsewhere, and a node that is no child's group
      const { root, layer, registry, domOrder, factory } = diagram(Factory, 5);
      const elsewhere = document.createElementNS('http://www.w3.org/2000/svg', 'g');
      const moved = { id: 'Moved', parent: root, children: [] };
      elsewhere.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'g')).appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'g'));
      registry.add(moved as never, elsewhere.firstChild!.firstChild as SVGElement);
      root.children.splice(2, 0, moved);
      layer.insertBefore(document.createElementNS('http://www.w3.org/2000/svg', 'g'), layer.firstChild);

      // when
      factory.updateContainments([moved] as never);

      // then
      expect(domOrder()).toEqual(['Shape_0', 'Shape_1', 'Moved', 'Shape_2', 'Shape_3', 'Shape_4', 'foreign']);
    }
  });
});
