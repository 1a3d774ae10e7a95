import { createContext, useContext } from 'react';

interface Draft {
  commit(): void;
  /** Recorded when the user pauses (a panel field); else only when the work must be stored (a label being typed). */
  onPause: boolean;
}

/**
 * Work typed and not yet recorded as an edit: text in the step panel, a label being typed on the
 * canvas. The editor's session counts a draft as unsaved work (the status never says saved while one
 * exists), records the panel's drafts with its next save (a pause in typing), and records every draft
 * when the work must be stored at once: the tab closes, the editor closes, a conflict is found.
 */
export class Drafts {
  private readonly drafts = new Map<object, Draft>();
  private listener: ((recordOnPause: boolean) => void) | null = null;

  /** Told of every change, with whether a draft now waits to be recorded at the next pause; returns the undo. */
  listen(listener: (recordOnPause: boolean) => void): () => void {
    this.listener = listener;
    return () => {
      if (this.listener === listener) this.listener = null;
    };
  }

  get size(): number {
    return this.drafts.size;
  }

  set(owner: object, commit: () => void, onPause = true): void {
    this.drafts.set(owner, { commit, onPause });
    this.listener?.(onPause);
  }

  clear(owner: object): void {
    if (this.drafts.delete(owner)) this.listener?.(false);
  }

  /** Records the drafts a pause records (each `commit` clears its own entry). */
  commitOnPause(): void {
    this.commitWhere((draft) => draft.onPause);
  }

  commitAll(): void {
    this.commitWhere(() => true);
  }

  private commitWhere(wanted: (draft: Draft) => boolean): void {
    for (const [owner, draft] of [...this.drafts]) {
      if (!wanted(draft)) continue;
      this.drafts.delete(owner);
      draft.commit();
    }
    this.listener?.(false);
  }
}

const DraftsContext = createContext<Drafts | null>(null);

export const DraftsProvider = DraftsContext.Provider;

/** The drafts of the editor this input belongs to; null outside an editor (it then commits on leave only). */
export function useDrafts(): Drafts | null {
  return useContext(DraftsContext);
}
