import { create } from 'zustand';

/**
 * What this tab knows about newer versions of the app: a new build waiting to be used, one another
 * tab already switched to, or a database another tab upgraded (this tab has let go of it).
 */
export interface AppVersionState {
  update: 'none' | 'waiting' | 'activeElsewhere';
  databaseTakenOver: boolean;
  /** Writes every pending edit, then reloads into the newest version. The service worker registration sets it. */
  reload: () => Promise<void>;
}

export const useAppVersion = create<AppVersionState>(() => ({
  update: 'none',
  databaseTakenOver: false,
  reload: async () => window.location.reload(),
}));
