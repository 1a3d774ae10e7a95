import { useCallback, useState } from 'react';

/**
 * How many variant editors of the open process stay open, the shown ones included. A hidden editor
 * keeps its imported diagram, so switching back to it is instant (a 3,000-node diagram takes seconds
 * to import); each costs about 20 MB of heap at that size, so the count is bounded and they all close
 * when the process is left. A process has three variants: all of them stay open once visited.
 */
export const keptEditorLimit = 3;

/**
 * The editors to keep, most recently shown first: the shown ones, then those shown before that still
 * exist, up to `limit` (never fewer than are shown).
 */
export function keepRecent<T>(recent: readonly T[], shown: readonly T[], existing: readonly T[], limit = keptEditorLimit): T[] {
  const order = [...shown, ...recent.filter((item) => !shown.includes(item) && existing.includes(item))];
  return order.slice(0, Math.max(limit, shown.length));
}

/**
 * The variants whose editors stay open in a process workspace. Switching shown variants puts them
 * first; `release` closes a hidden one (another browser tab wants to edit that variant). A language
 * change keeps them all: each editor switches its language in place.
 */
export function useKeptEditors<T>(shown: readonly T[], existing: readonly T[]): { kept: T[]; release(item: T): void } {
  const key = shown.join('|');
  const [state, setState] = useState({ key, recent: [...shown] });
  let recent = state.recent;
  if (state.key !== key) {
    // Adjusting state while rendering (React's pattern for state that follows props): no extra pass with stale editors.
    recent = keepRecent(state.recent, shown, existing);
    setState({ key, recent });
  }
  const release = useCallback(
    (item: T) => setState((current) => (current.recent.includes(item) ? { ...current, recent: current.recent.filter((kept) => kept !== item) } : current)),
    [],
  );
  return { kept: keepRecent(recent, shown, existing), release };
}
