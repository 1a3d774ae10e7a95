import { describe, expect, it } from 'vitest';
import { flowOrder } from './flowOrder';

const graph = (edges: string) => {
  const successors = new Map<string, string[]>();
  for (const edge of edges.split(' ')) {
    const [from, to] = edge.split('>') as [string, string];
    successors.set(from, [...(successors.get(from) ?? []), to]);
  }
  return successors;
};

describe('flow order', () => {
  it('walks a loop back to an earlier step once, keeping the earlier step first', () => {
    expect(flowOrder(['start', 'visit', 'check', 'ok', 'end'], graph('start>visit visit>check check>ok ok>visit ok>end'))).toEqual(['start', 'visit', 'check', 'ok', 'end']);
  });

  it('keeps each parallel branch together, in document order, before the join', () => {
    const order = flowOrder(['s', 'split', 'a1', 'a2', 'b1', 'join', 'e'], graph('s>split split>a1 split>b1 a1>a2 a2>join b1>join join>e'));
    expect(order).toEqual(['s', 'split', 'a1', 'a2', 'b1', 'join', 'e']);
  });

  it('puts a node that waits for a message after its sender, across pools', () => {
    const order = flowOrder(['a1', 'a2', 'b1', 'b2'], graph('a1>a2 b1>b2 a1>b2'));
    expect(order.indexOf('b2')).toBeGreaterThan(order.indexOf('a1'));
    expect(order).toHaveLength(4);
  });

  it('orders a cycle nothing leads into after the nodes that start a flow', () => {
    expect(flowOrder(['x', 'y', 'lonely'], graph('x>y y>x'))).toEqual(['lonely', 'x', 'y']);
  });
});
