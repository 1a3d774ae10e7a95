import { describe, expect, it } from 'vitest';
import { contractedEdges, movedInFlow } from './movedInFlow';

const chain = (...steps: string[]) => new Map(steps.slice(0, -1).map((step, i) => [step, [steps[i + 1]!]]));
const edges = (...steps: string[]) => contractedEdges(new Set(steps), chain(...steps));

describe('position in the flow', () => {
  it('contracts steps present on one side only, so removing or inserting a step moves nothing', () => {
    const survivors = new Set(['A', 'C']);
    expect(contractedEdges(survivors, chain('A', 'B', 'C'))).toEqual(new Set(['A C']));
    expect(movedInFlow(contractedEdges(survivors, chain('A', 'B', 'C')), contractedEdges(survivors, chain('A', 'N', 'C')))).toEqual(new Set());
  });

  it('flags the step that moved, not the neighbours it left or joined', () => {
    expect(movedInFlow(edges('S', 'A', 'B', 'C', 'D', 'E'), edges('S', 'B', 'C', 'D', 'A', 'E'))).toEqual(new Set(['A']));
  });

  it('flags both steps of a swap', () => {
    expect(movedInFlow(edges('S', 'A', 'B', 'E'), edges('S', 'B', 'A', 'E'))).toEqual(new Set(['A', 'B']));
  });

  it('flags both ends of a re-wiring no moved step explains', () => {
    expect(movedInFlow(new Set(['A B', 'C D']), new Set(['A D', 'C B']))).toEqual(new Set(['A', 'B', 'C', 'D']));
  });
});
