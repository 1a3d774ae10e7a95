/**
 * Which of a container's DOM nodes can stay where they are while the others move into the wanted
 * order: the longest run of nodes already in wanted order (a longest increasing subsequence of their
 * wanted positions, O(n log n)). Moving only the others is the fewest moves that give the order.
 * `positions[i]` is the wanted position of the i-th node as the DOM has them; the result holds the
 * indexes (into `positions`) of the nodes that stay.
 */
export function keptInPlace(positions: readonly number[]): Set<number> {
  // tails[k]: the index of the smallest last position of an increasing run of length k + 1 so far.
  const tails: number[] = [];
  const previous: number[] = [];
  positions.forEach((position, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (positions[tails[middle]!]! < position) low = middle + 1;
      else high = middle;
    }
    previous[i] = low > 0 ? tails[low - 1]! : -1;
    tails[low] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}
