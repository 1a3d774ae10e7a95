import { create } from 'zustand';
import type { SyncSession, SyncSnapshot } from '../../storage/sync/syncSession';

/** What the sync indicator shows: a session's snapshot, or that another tab of this browser syncs the project. */
export type SyncView = SyncSnapshot | { status: 'otherTab' };

interface SyncState {
  views: Record<string, SyncView>;
  set(projectId: string, view: SyncView | null): void;
}

export const useSyncStore = create<SyncState>((set) => ({
  views: {},
  set: (projectId, view) =>
    set((state) => {
      const views = { ...state.views };
      if (view) views[projectId] = view;
      else delete views[projectId];
      return { views };
    }),
}));

/** Whether this browser's user is a viewer of the shared project: it shows, and edits nothing. */
export function useViewerOnly(projectId: string): boolean {
  return useSyncStore((state) => {
    const view = state.views[projectId];
    return view !== undefined && 'readOnly' in view && view.readOnly;
  });
}

/** The running session of each shared project open in this tab (the fork banner resolves through it). */
export const sessions = new Map<string, SyncSession>();
