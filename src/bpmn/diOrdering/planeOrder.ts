/** What the ordering reads of a drawn element (diagram-js's Element). */
export interface DrawnNode {
  children?: DrawnNode[];
  di?: unknown;
  labelTarget?: unknown;
}

/**
 * The DI of what is drawn under `root`, in drawing order (diagram-js's `selfAndAllChildren`: the element,
 * then each child's subtree, each children list once), root and labels left out. diagram-js gives an element
 * one parent, so no element is met twice; the list is built without a Set of every element, which at 40,000
 * elements was most of the first slice of a save.
 */
export function drawnDi(root: DrawnNode): unknown[] {
  const result: unknown[] = [];
  const lists = new Set<DrawnNode[]>();
  const visit = (element: DrawnNode) => {
    const children = element.children;
    // Every shape has a list of children, most of them empty: only a list with elements is noted.
    if (!children?.length || lists.has(children)) return;
    lists.add(children);
    for (const child of children) {
      if (child === root) continue;
      if (!child.labelTarget) result.push(child.di);
      visit(child);
    }
  };
  visit(root);
  return result;
}

/**
 * The plane's entries as a save must write them: what is drawn in drawing order, then every entry not
 * drawn as it was. Null when that is what the plane already holds, which is most saves: the list is then
 * left alone instead of being built anew (a plane of 6,000 entries, and a Set of them, at every save).
 */
export function reorderedPlane(root: DrawnNode, planeElements: readonly unknown[]): unknown[] | null {
  const drawn = drawnDi(root);
  let common = 0;
  while (common < drawn.length && common < planeElements.length && drawn[common] === planeElements[common]) common++;
  // All the plane held is drawn first, in its order: the plane is what is drawn (after an append, elements follow), no Set needed.
  if (common === planeElements.length) return drawn.length > common ? drawn : null;
  const shown = new Set(drawn);
  // What is drawn comes first, and what follows is not drawn.
  if (common === drawn.length && !planeElements.slice(common).some((di) => shown.has(di))) return null;
  return [...drawn, ...planeElements.filter((di) => !shown.has(di))];
}
