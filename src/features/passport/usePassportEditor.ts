import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PassportEdit, ProcessPassport } from '../../domain/passport/passport';
import type { Process } from '../../domain/variant';
import { DelayedSaver } from '../../storage/delayedSaver';
import { getPassport, savePassport } from '../../storage/passportRepository';
import { DamagedRecordError } from '../../storage/records/validRecords';
import type { SaveStatus } from '../../storage/variantSaver';
import { workspaceDb } from '../../storage/workspace';
import { showError } from '../ui/toastStore';
import { useLatest, usePageSaver } from '../ui/usePageSaver';

export interface PassportEditor {
  passport: ProcessPassport | undefined;
  /** `conflict` here means the stored passport is damaged: nothing is written over it. */
  status: SaveStatus;
  apply(edit: PassportEdit): void;
}

/**
 * The passport of a process as its tab edits it: each edit is kept in memory and saved 0.4 s after
 * the last one, at once when the tab hides, retried after a failed write (DelayedSaver), as the
 * plan is. A passport stored by another tab is taken over while nothing here waits to be saved.
 */
export function usePassportEditor(process: Process): PassportEditor {
  const { t } = useTranslation();
  const [passport, setPassport] = useState<ProcessPassport | undefined>(undefined);
  // Edits read the passport from here, so two edits before the next render both count.
  const current = useRef<ProcessPassport | undefined>(undefined);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const lastSaved = useRef<number | null>(null);
  const stored = useLiveQuery(() => getPassport(workspaceDb, process.projectId, process.id), [process.projectId, process.id]);
  const translate = useLatest(t);
  const saverRef = usePageSaver(
    () =>
      new DelayedSaver<ProcessPassport>({
        store: async (value) => {
          lastSaved.current = (await savePassport(workspaceDb, value)).updatedAt;
        },
        isFinal: (error) => error instanceof DamagedRecordError,
        status: (next, error) => {
          setStatus(next);
          if (next === 'error') showError(translate.current('passport.saveFailed', { reason: error instanceof Error ? error.message : String(error) }));
        },
      }),
    (saver) => saver.dispose(),
  );

  useEffect(() => {
    if (!stored || saverRef.current?.hasPendingChanges || stored.updatedAt === lastSaved.current) return;
    lastSaved.current = stored.updatedAt;
    current.current = stored;
    setPassport(stored);
  }, [stored, saverRef]);

  const apply = useCallback((edit: PassportEdit) => {
    const present = current.current;
    if (!present) return;
    const next = edit(present);
    if (next === present) return;
    current.current = next;
    setPassport(next);
    saverRef.current?.schedule(next);
  }, [saverRef]);

  return { passport, status, apply };
}
