import { describe, expect, it } from 'vitest';
import { selfAndAllChildren } from 'diagram-js/lib/util/Elements';
import { reorderedPlane, type DrawnNode } from './planeOrder';

/** bpmn-js's ordering as KeepingDiOrdering did it before: always a new list. */
function rebuilt(root: DrawnNode, plane: unknown[]): unknown[] {
  const drawn = (selfAndAllChildren([root as never], false) as DrawnNode[]).filter((e) => e !== root && !e.labelTarget).map((e) => e.di);
  const shown = new Set(drawn);
  return [...drawn, ...plane.filter((di) => !shown.has(di))];
}

/** A seeded tree of shapes, some with children (sub-processes, pools), some with labels. */
function tree(seed: number): { root: DrawnNode; all: DrawnNode[] } {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const all: DrawnNode[] = [];
  const make = (depth: number): DrawnNode => {
    const node: DrawnNode = { di: { id: `di${all.length}` } };
    all.push(node);
    if (depth < 3 && random() < 0.3) node.children = Array.from({ length: 1 + Math.floor(random() * 5) }, () => make(depth + 1));
    if (random() < 0.3) (node.children ??= []).push({ labelTarget: node, di: node.di });
    return node;
  };
  const root: DrawnNode = { children: Array.from({ length: 8 }, () => make(0)) };
  return { root, all };
}

describe('reorderedPlane', () => {
  it('gives what rebuilding the list gives, or null when that is the list the plane holds', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { root } = tree(seed);
      const undrawn = [{ id: 'other1' }, { id: 'other2' }];
      const planes: unknown[][] = [
        [], // first save after an import that drew everything but wrote no list
        [...undrawn].reverse(),
        rebuilt(root, undrawn), // as the last save left it
        [...rebuilt(root, undrawn)].reverse(),
        [...rebuilt(root, undrawn), rebuilt(root, [])[0]], // a drawn entry twice in the file
        rebuilt(root, []).slice(0, -2), // as the save before an append left it
      ];
      for (const plane of planes) {
        const expected = rebuilt(root, plane);
        const ordered = reorderedPlane(root, plane);
        if (ordered === null) expect(plane).toEqual(expected);
        else expect(ordered).toEqual(expected);
        expect(reorderedPlane(root, expected)).toBeNull();
      }
    }
  });

  it('reorders after a shape moves to another parent', () => {
    const { root, all } = tree(7);
    const saved = rebuilt(root, []);
    const moved = all.find((n) => !n.children)!;
    for (const n of [root, ...all]) if (n.children?.includes(moved)) n.children.splice(n.children.indexOf(moved), 1);
    root.children!.push(moved);
    expect(reorderedPlane(root, saved)).toEqual(rebuilt(root, saved));
    expect(reorderedPlane(root, saved)).not.toBeNull();
  });
});
