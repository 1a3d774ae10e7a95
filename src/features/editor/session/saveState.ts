import { useStore } from 'zustand';
import type { SaveStatus } from '../../../storage/variantSaver';
import type { VariantSession } from './useVariantSession';

/**
 * What every save changes, kept out of the editor's React state: a save then re-renders what shows it (the status,
 * the checks) and not the whole editor with its toolbar and panels (4–6 ms a save over a 3,000-node diagram here).
 */
export interface SaveState {
  status: SaveStatus;
  /** The diagram as last drawn or stored, and whether stored, so the checks' worker can read it there itself (null until drawn). */
  content: { xml: string; stored: boolean } | null;
}

/** The save status as the editor shows it: a conflict or text still in a box outweighs a save. */
export function useShownSaveStatus(session: Pick<VariantSession, 'saves' | 'conflict' | 'drafted'>): SaveStatus {
  const status = useStore(session.saves, (state) => state.status);
  if (session.conflict) return 'conflict';
  return status === 'saved' && session.drafted ? 'pending' : status;
}
