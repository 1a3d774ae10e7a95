/**
 * For an element on one side only: the counterpart of the closest element (fewest hops through
 * `neighbours`) that has one, so the other diagram can show where the element would be.
 * Undefined when nothing connected to it is matched.
 */
export function nearestCounterpart(startId: string, neighbours: (id: string) => string[], counterparts: ReadonlyMap<string, string>): string | undefined {
  const queue = [startId];
  const seen = new Set(queue);
  for (let next = 0; next < queue.length; next++) {
    for (const id of neighbours(queue[next]!)) {
      if (seen.has(id)) continue;
      const counterpart = counterparts.get(id);
      if (counterpart !== undefined) return counterpart;
      seen.add(id);
      queue.push(id);
    }
  }
  return undefined;
}
