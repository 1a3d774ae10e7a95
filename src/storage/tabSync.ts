/**
 * Keeps tabs of one browser from overwriting each other. A variant is edited in one tab at a
 * time (Web Locks); the others show it read-only and reload it live when a save is announced
 * on the project's BroadcastChannel. The lock passes on by itself when the editing tab closes.
 */
export interface VariantSavedMessage {
  type: 'variantSaved';
  variantId: string;
  revision: number;
}

/** A tab waits to edit a variant: a tab that keeps the variant's editor open but hidden lets it go. */
export interface EditWantedMessage {
  type: 'editWanted';
  variantId: string;
}

export type ProjectMessage = VariantSavedMessage | EditWantedMessage | { type: 'projectChanged' };

function channelFor(projectId: string): BroadcastChannel {
  return new BroadcastChannel(`rw-project-${projectId}`);
}

/** The channel announcements go out on, kept open: opening one took a millisecond and a half, at every autosave. */
let sender: { projectId: string; channel: BroadcastChannel } | null = null;

export function announce(projectId: string, message: ProjectMessage): void {
  if (sender?.projectId !== projectId) {
    sender?.channel.close();
    sender = { projectId, channel: channelFor(projectId) };
  }
  sender.channel.postMessage(message);
}

export function listen(projectId: string, onMessage: (message: ProjectMessage) => void): () => void {
  const channel = channelFor(projectId);
  channel.onmessage = (event: MessageEvent<ProjectMessage>) => onMessage(event.data);
  return () => channel.close();
}

const lockName = (variantId: string) => `rw-edit-${variantId}`;

/** Variants open for editing in another tab; a write to them from here would be a conflict there. */
export class VariantsBusyError extends Error {
  constructor(readonly variantIds: string[]) {
    super(`Variants being edited elsewhere: ${variantIds.join(', ')}`);
  }
}

/**
 * Runs `write` while holding the edit locks of these variants, so no editor has them open meanwhile
 * (an editor of this tab that is closing gets `waitMs` to hand over). Refuses with VariantsBusyError
 * naming the variants edited elsewhere. Without Web Locks (unit tests in Node) the revision checks
 * inside the write are the only guard.
 */
export async function withEditLocks<T>(variantIds: readonly string[], write: () => Promise<T>, waitMs = 3000): Promise<T> {
  if (typeof navigator === 'undefined' || !navigator.locks) return write();
  const names = [...new Set(variantIds)].sort().map(lockName);
  const signal = AbortSignal.timeout(waitMs);
  const holdAll = async (index: number): Promise<T> => {
    if (index === names.length) return write();
    return navigator.locks.request(names[index]!, { signal }, () => holdAll(index + 1));
  };
  try {
    return await holdAll(0);
  } catch (error) {
    if (!(signal.aborted && error === signal.reason)) throw error;
    const held = new Set(((await navigator.locks.query()).held ?? []).map((lock) => lock.name));
    throw new VariantsBusyError(variantIds.filter((id) => held.has(lockName(id))));
  }
}

/** Whether another editor waits in line for this variant's edit lock (Web Locks lists who waits). */
export async function isEditWanted(variantId: string): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.locks) return false;
  return ((await navigator.locks.query()).pending ?? []).some((lock) => lock.name === lockName(variantId));
}

/**
 * Calls `onChange(true)` while this tab may edit the variant and `onChange(false)` while another
 * tab holds it. Returns a release function for when the editor closes.
 */
export function holdEditLock(variantId: string, onChange: (editable: boolean) => void): () => void {
  const name = lockName(variantId);
  const abort = new AbortController();
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const keep = (lock: Lock | null) => {
    if (!lock) return null;
    if (!abort.signal.aborted) onChange(true);
    return held;
  };
  void navigator.locks.request(name, { ifAvailable: true }, async (lock) => {
    if (lock) return keep(lock);
    if (abort.signal.aborted) return;
    onChange(false);
    // Wait in line: granted when the other tab closes the editor or the tab.
    void navigator.locks.request(name, { signal: abort.signal }, keep).catch(() => undefined);
  });
  return () => {
    abort.abort();
    release();
  };
}
