/**
 * The undo history of one open map: each command records the state before it and its name (for
 * the Undo button's title). Immutable, so undo is putting the earlier state back. A command that
 * changes nothing leaves no step.
 */
export interface History<T> {
  past: { label: string; state: T }[];
  present: T;
  future: { label: string; state: T }[];
}

const depth = 200;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

export function record<T>(history: History<T>, label: string, next: T): History<T> {
  if (next === history.present) return history;
  return { past: [...history.past, { label, state: history.present }].slice(-depth), present: next, future: [] };
}

export function undo<T>(history: History<T>): History<T> {
  const last = history.past[history.past.length - 1];
  if (!last) return history;
  return { past: history.past.slice(0, -1), present: last.state, future: [{ label: last.label, state: history.present }, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { past: [...history.past, { label: next.label, state: history.present }], present: next.state, future: rest };
}
