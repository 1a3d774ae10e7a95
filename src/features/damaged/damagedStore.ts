import { create } from 'zustand';
import { findDamagedRecords, type DamagedRecord } from '../../storage/records/damagedRecords';
import { workspaceDb } from '../../storage/workspace';

type Scan = { status: 'idle' | 'scanning' } | { status: 'done'; records: DamagedRecord[] } | { status: 'failed'; reason: string };

interface DamagedState {
  scan: Scan;
  /** Checks every record of every table again; an answer to an earlier call that comes late is dropped. */
  rescan(): Promise<void>;
}

let latest = 0;

/**
 * The damaged records of the workspace, from one scan of all tables. Records are not damaged by
 * the app's own writes, so the scan runs once after the app has shown its first screen and again
 * when the user opens the damaged-records screen or deletes one there, not on every change.
 */
export const useDamagedRecords = create<DamagedState>((set, get) => ({
  scan: { status: 'idle' },
  async rescan() {
    const run = ++latest;
    if (get().scan.status !== 'done') set({ scan: { status: 'scanning' } });
    try {
      const records = await findDamagedRecords(workspaceDb);
      if (run === latest) set({ scan: { status: 'done', records } });
    } catch (error) {
      if (run === latest) set({ scan: { status: 'failed', reason: error instanceof Error ? error.message : String(error) } });
    }
  },
}));
