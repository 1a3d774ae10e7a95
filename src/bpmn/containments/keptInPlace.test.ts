import { describe, expect, it } from 'vitest';
import { keptInPlace } from './keptInPlace';

describe('keptInPlace', () => {
  it('keeps the longest run already in order', () => {
    // positions as the DOM has them: 4 (put at the end, wanted first) breaks an otherwise ordered run
    expect([...keptInPlace([0, 1, 2, 3, 4])].sort()).toEqual([0, 1, 2, 3, 4]);
    expect([...keptInPlace([1, 2, 3, 4, 0])].sort()).toEqual([0, 1, 2, 3]);
    expect([...keptInPlace([4, 0, 1, 2, 3])].sort()).toEqual([1, 2, 3, 4]);
    expect(keptInPlace([3, 2, 1, 0]).size).toBe(1);
    expect(keptInPlace([]).size).toBe(0);
  });
});
