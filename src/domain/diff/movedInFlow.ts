/**
 * Which steps changed their position in the flow. Only steps present in both variants count, and
 * each variant's flow is first contracted to them: a step removed from A → B → C leaves A → C,
 * and a step inserted between A and C leaves A → C too, so neither moves its neighbours.
 * A changed edge of the contracted flows is explained by a step that was (or now is) between
 * its ends and whose own edges changed: that step moved, not the edge's ends. So moving B out of
 * A → B → C to between D and E flags B alone; swapping two steps flags both; a re-wiring no step
 * explains flags the ends of every edge it changed.
 *
 * Edges are "source target" keys (ids never contain spaces).
 */
export function contractedEdges(survivors: ReadonlySet<string>, successors: ReadonlyMap<string, readonly string[]>): Set<string> {
  const edges = new Set<string>();
  for (const source of survivors) {
    const seen = new Set<string>();
    const stack = [...(successors.get(source) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      if (survivors.has(next)) edges.add(`${source} ${next}`);
      else stack.push(...(successors.get(next) ?? []));
    }
  }
  return edges;
}

export function movedInFlow(oldEdges: ReadonlySet<string>, newEdges: ReadonlySet<string>): Set<string> {
  const removed = [...oldEdges].filter((edge) => !newEdges.has(edge)).map(ends);
  const added = [...newEdges].filter((edge) => !oldEdges.has(edge)).map(ends);
  const touched = new Set([...removed, ...added].flat());
  const between = (edges: [string, string][], other: ReadonlySet<string>) => {
    const successors = successorSets(other);
    return edges.map(([from, to]) => [...(successors.get(from) ?? [])].filter((step) => touched.has(step) && successors.get(step)?.has(to)));
  };
  // An edge that appeared is explained through the old flow, one that disappeared through the new.
  const changed = [...added, ...removed];
  const explainers = [...between(added, oldEdges), ...between(removed, newEdges)];
  const moved = new Set(explainers.flat());
  changed.forEach(([from, to], i) => {
    if (moved.has(from) || moved.has(to) || explainers[i]!.length > 0) return;
    moved.add(from);
    moved.add(to);
  });
  return moved;
}

function ends(edge: string): [string, string] {
  const [from = '', to = ''] = edge.split(' ');
  return [from, to];
}

function successorSets(edges: ReadonlySet<string>): Map<string, Set<string>> {
  const successors = new Map<string, Set<string>>();
  for (const edge of edges) {
    const [from, to] = ends(edge);
    const set = successors.get(from) ?? new Set<string>();
    set.add(to);
    successors.set(from, set);
  }
  return successors;
}
