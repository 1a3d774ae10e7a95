import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionPlan } from '../../domain/plan/plan';
import type { PlanEdit } from '../../domain/plan/planEdits';
import type { Process } from '../../domain/variant';
import { DelayedSaver } from '../../storage/delayedSaver';
import { getPlan, savePlan } from '../../storage/planRepository';
import { DamagedRecordError } from '../../storage/records/validRecords';
import type { SaveStatus } from '../../storage/variantSaver';
import { workspaceDb } from '../../storage/workspace';
import { showError } from '../ui/toastStore';
import { useLatest, usePageSaver } from '../ui/usePageSaver';

/** Edits kept for undo; a plan is small, so whole plans are kept rather than inverse commands. */
const historyLimit = 100;

export interface PlanEditor {
  plan: ActionPlan | undefined;
  status: SaveStatus;
  apply(edit: PlanEdit): void;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
  /** Writes the edits waiting to be saved now. */
  flush(): Promise<void>;
}

interface History {
  past: ActionPlan[];
  present: ActionPlan;
  future: ActionPlan[];
}

/**
 * The plan of a process as the page edits it: every change is a PlanEdit, undone and redone from a
 * small history of plans, and saved 0.4 s after the last one (DelayedSaver; a damaged stored plan stops it), at once when the tab
 * hides. A change stored by another tab is taken over while nothing here waits to be saved; the
 * history then starts afresh, so undo never brings back what the other tab replaced.
 */
export function usePlanEditor(process: Process): PlanEditor {
  const { t } = useTranslation();
  const [history, setHistory] = useState<History | null>(null);
  // Edits read the history from here, so two edits before the next render both count.
  const historyRef = useRef<History | null>(null);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const lastSaved = useRef<number | null>(null);
  const stored = useLiveQuery(() => getPlan(workspaceDb, process.projectId, process.id), [process.projectId, process.id]);

  const translate = useLatest(t);
  const saverRef = usePageSaver(
    () =>
      new DelayedSaver<ActionPlan>({
        store: async (plan) => {
          lastSaved.current = (await savePlan(workspaceDb, plan)).updatedAt;
        },
        isFinal: (error) => error instanceof DamagedRecordError,
        status(next, error) {
          setStatus(next);
          if (next === 'error') showError(translate.current('plan.saveFailed', { reason: error instanceof Error ? error.message : String(error) }));
        },
      }),
    (saver) => saver.dispose(),
  );

  // The first stored plan, and later ones from other tabs while nothing here is waiting to be written.
  useEffect(() => {
    if (!stored || saverRef.current?.hasPendingChanges) return;
    if (stored.updatedAt === lastSaved.current) return;
    lastSaved.current = stored.updatedAt;
    historyRef.current = { past: [], present: stored, future: [] };
    setHistory(historyRef.current);
  }, [stored, saverRef]);

  const commit = useCallback((next: History) => {
    historyRef.current = next;
    setHistory(next);
    saverRef.current?.schedule(next.present);
  }, [saverRef]);

  const apply = useCallback(
    (edit: PlanEdit) => {
      const current = historyRef.current;
      if (!current) return;
      const present = edit(current.present);
      if (present !== current.present) commit({ past: [...current.past, current.present].slice(-historyLimit), present, future: [] });
    },
    [commit],
  );

  const undo = useCallback(() => {
    const current = historyRef.current;
    const previous = current?.past.at(-1);
    if (current && previous) commit({ past: current.past.slice(0, -1), present: previous, future: [current.present, ...current.future] });
  }, [commit]);

  const redo = useCallback(() => {
    const current = historyRef.current;
    const next = current?.future[0];
    if (current && next) commit({ past: [...current.past, current.present], present: next, future: current.future.slice(1) });
  }, [commit]);

  return {
    plan: history?.present,
    status: stored === undefined ? 'saved' : status,
    apply,
    undo,
    redo,
    canUndo: Boolean(history?.past.length),
    canRedo: Boolean(history?.future.length),
    flush: async () => saverRef.current?.flush(),
  };
}
