/**
 * Every open editor's unsaved work, as one list the app can ask about: the status and `beforeunload`
 * ask whether anything is pending, and a reload (a new app version, "reload" after an error) flushes
 * first. An editor adds itself while open and removes itself when it closes.
 */
export interface PendingWork {
  readonly hasPendingChanges: boolean;
  flush(): Promise<void>;
}

const open = new Set<PendingWork>();

export function trackPendingWork(work: PendingWork): () => void {
  open.add(work);
  return () => open.delete(work);
}

export function hasPendingWork(): boolean {
  return [...open].some((work) => work.hasPendingChanges);
}

/** Waits for every editor's pending edits to be written (or to fail and be reported by that editor). */
export async function flushAllPendingWork(): Promise<void> {
  await Promise.allSettled([...open].map((work) => work.flush()));
}
