/**
 * The order in which a diagram's nodes happen: a topological order of the flows with the loops'
 * back edges left out (a "documents not in order, come again" loop does not put the return visit
 * first). Nodes without incoming flow start it, in document order; among nodes ready at the same
 * time, the one met first when walking the flows from the start goes first, so a branch stays
 * together. Iterative, so a diagram of thousands of nodes does not overflow the stack.
 */
export function flowOrder(nodeIds: readonly string[], successors: ReadonlyMap<string, readonly string[]>): string[] {
  const next = (id: string) => (successors.get(id) ?? []).filter((target) => known.has(target));
  const known = new Set(nodeIds);
  const hasIncoming = new Set(nodeIds.flatMap(next));
  const { discovered, backEdges } = walk([...nodeIds.filter((id) => !hasIncoming.has(id)), ...nodeIds], next);

  const waiting = new Map(nodeIds.map((id) => [id, 0]));
  for (const id of nodeIds) for (const target of next(id)) if (!backEdges.has(`${id}>${target}`)) waiting.set(target, waiting.get(target)! + 1);
  const ready = nodeIds.filter((id) => waiting.get(id) === 0).sort((a, b) => discovered.get(a)! - discovered.get(b)!);
  const order: string[] = [];
  while (ready.length) {
    const id = ready.shift()!;
    order.push(id);
    for (const target of next(id)) {
      if (backEdges.has(`${id}>${target}`)) continue;
      const left = waiting.get(target)! - 1;
      waiting.set(target, left);
      if (left === 0) insertByRank(ready, target, discovered);
    }
  }
  return order;
}

/** Depth-first from each start in turn: the order nodes are first met, and the edges that close a loop. */
function walk(starts: readonly string[], next: (id: string) => string[]): { discovered: Map<string, number>; backEdges: Set<string> } {
  const discovered = new Map<string, number>();
  const backEdges = new Set<string>();
  const onPath = new Set<string>();
  for (const start of starts) {
    if (discovered.has(start)) continue;
    discovered.set(start, discovered.size);
    onPath.add(start);
    const stack = [{ id: start, children: next(start), index: 0 }];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const child = top.children[top.index++];
      if (child === undefined) {
        onPath.delete(top.id);
        stack.pop();
      } else if (onPath.has(child)) {
        backEdges.add(`${top.id}>${child}`);
      } else if (!discovered.has(child)) {
        discovered.set(child, discovered.size);
        onPath.add(child);
        stack.push({ id: child, children: next(child), index: 0 });
      }
    }
  }
  return { discovered, backEdges };
}

function insertByRank(queue: string[], id: string, rank: ReadonlyMap<string, number>): void {
  const value = rank.get(id)!;
  let low = 0;
  let high = queue.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (rank.get(queue[middle]!)! < value) low = middle + 1;
    else high = middle;
  }
  queue.splice(low, 0, id);
}
