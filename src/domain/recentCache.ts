/**
 * Remembers what `compute` gave for the last `capacity` keys used, dropping the one used longest ago.
 * Keys are compared as Map keys are: for a string, by its text.
 */
export function recentCache<K, V>(capacity: number, compute: (key: K) => V): (key: K) => V {
  const kept = new Map<K, V>();
  return (key) => {
    const found = kept.has(key);
    const value = found ? kept.get(key)! : compute(key);
    if (found) kept.delete(key);
    kept.set(key, value);
    for (const oldest of kept.keys()) {
      if (kept.size <= capacity) break;
      kept.delete(oldest);
    }
    return value;
  };
}
