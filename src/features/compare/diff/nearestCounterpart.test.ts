import { describe, expect, it } from 'vitest';
import { nearestCounterpart } from './nearestCounterpart';

// start → a → new → b → end, and c hanging off b; only the start, b and c have counterparts.
const graph: Record<string, string[]> = { start: ['a'], a: ['start', 'new'], new: ['a', 'b'], b: ['new', 'end', 'c'], end: ['b'], c: ['b'], lone: [] };
const neighbours = (id: string) => graph[id] ?? [];

describe('the nearest matched neighbour of a step on one side only', () => {
  it('is the closest element that has a counterpart, whichever way the flow goes', () => {
    const counterparts = new Map([['start', "start'"], ['b', "b'"], ['c', "c'"]]);
    expect(nearestCounterpart('new', neighbours, counterparts)).toBe("b'");
    expect(nearestCounterpart('a', neighbours, counterparts)).toBe("start'");
  });

  it('is none for an element connected to nothing matched', () => {
    expect(nearestCounterpart('lone', neighbours, new Map([['start', "start'"]]))).toBeUndefined();
    expect(nearestCounterpart('new', neighbours, new Map())).toBeUndefined();
  });
});
