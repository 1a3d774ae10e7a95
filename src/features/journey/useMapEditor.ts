import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { record, redo, startHistory, undo, type History } from '../../domain/journey/history';
import type { JourneyMap } from '../../domain/journey/model';
import type { DelayedSaver } from '../../storage/delayedSaver';
import { addJourneyMap, getJourneyMap, journeySaver } from '../../storage/journeyRepository';
import { trackPendingWork } from '../../storage/pendingSaves';
import type { SaveStatus } from '../../storage/variantSaver';
import { workspaceDb } from '../../storage/workspace';
import { showInfo } from '../ui/toastStore';

/** The saves of editors that are closing, per map; the next editor of the map waits for them. */
const closing = new Map<string, Promise<void>>();

export interface MapEditor {
  map: JourneyMap | null;
  status: SaveStatus;
  saveError: string | null;
  /** The names of the edits undo and redo would take back or do again. */
  undoLabel: string | null;
  redoLabel: string | null;
  apply(label: string, edit: (map: JourneyMap) => JourneyMap): void;
  undo(): void;
  redo(): void;
  flush(): Promise<void>;
}

/**
 * One journey map open for editing: every edit is a step of the map's own history (Ctrl+Z / Ctrl+Y)
 * and is saved like a diagram, delayed and merged, flushed when the tab is hidden or closed. A save
 * from another tab is taken over when this tab has nothing unsaved; if both changed the map, this
 * tab's version is stored as a copy and the other tab's version is opened.
 */
export function useMapEditor(mapId: string | null): MapEditor {
  const { t } = useTranslation();
  const [history, setHistory] = useState<History<JourneyMap> | null>(null);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const current = useRef<{ history: History<JourneyMap> | null; saver: DelayedSaver<JourneyMap> | null; revision: number }>({ history: null, saver: null, revision: 0 });
  const stored = useLiveQuery(() => (mapId ? getJourneyMap(workspaceDb, mapId) : undefined), [mapId]);

  useEffect(() => {
    if (!mapId) return;
    let alive = true;
    let saver: DelayedSaver<JourneyMap> | null = null;
    let untrack: () => void = () => undefined;
    // An editor of this map that is closing writes its last edits first: this one reads them.
    void (closing.get(mapId) ?? Promise.resolve())
      .then(() => getJourneyMap(workspaceDb, mapId))
      .then((map) => {
        if (!alive) return;
        const opened = map ? startHistory(map) : null;
        current.current = { history: opened, saver: null, revision: map?.revision ?? 0 };
        setHistory(opened);
        setStatus('saved');
        if (!map) return;
        saver = journeySaver(workspaceDb, map.revision, {
          status: (next, error) => {
            setStatus(next);
            setSaveError(next === 'error' ? (error instanceof Error ? error.message : String(error)) : null);
          },
          saved: (revision) => (current.current.revision = revision),
        });
        current.current.saver = saver;
        untrack = trackPendingWork(saver);
      });
    const flushWhenHidden = () => document.visibilityState === 'hidden' && void saver?.flush();
    document.addEventListener('visibilitychange', flushWhenHidden);
    return () => {
      alive = false;
      document.removeEventListener('visibilitychange', flushWhenHidden);
      untrack();
      const done = saver?.dispose() ?? Promise.resolve();
      closing.set(mapId, done);
      void done.finally(() => closing.get(mapId) === done && closing.delete(mapId));
    };
  }, [mapId, generation]);

  // A conflict with another tab's save: this tab's edit is stored as a copy, then the other version opens.
  useEffect(() => {
    const unsaved = current.current.saver?.unsaved;
    if (status !== 'conflict' || !unsaved) return;
    void (async () => {
      // A map deleted meanwhile (here or in another tab) is not brought back as a copy.
      if (await getJourneyMap(workspaceDb, unsaved.id)) {
        const copy = await addJourneyMap(workspaceDb, { ...unsaved, name: t('journey.conflictCopyName', { name: unsaved.name }) });
        showInfo(t('journey.conflictKept', { name: copy.name }));
      }
      setGeneration((g) => g + 1);
    })();
  }, [status, t]);

  // Another tab saved this map: take its version over when nothing here is waiting to be written.
  useEffect(() => {
    const { saver, revision } = current.current;
    if (stored && saver && stored.revision > revision && !saver.hasPendingChanges && status === 'saved') setGeneration((g) => g + 1);
  }, [stored, status]);

  const commit = useCallback((next: History<JourneyMap>) => {
    if (next === current.current.history) return;
    current.current.history = next;
    setHistory(next);
    current.current.saver?.schedule(next.present);
  }, []);

  const apply = useCallback(
    (label: string, edit: (map: JourneyMap) => JourneyMap) => {
      const open = current.current.history;
      if (open) commit(record(open, label, edit(open.present)));
    },
    [commit],
  );

  const undoLast = useCallback(() => current.current.history && commit(undo(current.current.history)), [commit]);
  const redoNext = useCallback(() => current.current.history && commit(redo(current.current.history)), [commit]);
  const flush = useCallback(async () => current.current.saver?.flush(), []);

  const map = mapId && history?.present.id === mapId ? history.present : null;
  return {
    map,
    status,
    saveError,
    undoLabel: map ? (history?.past.at(-1)?.label ?? null) : null,
    redoLabel: map ? (history?.future[0]?.label ?? null) : null,
    apply,
    undo: undoLast,
    redo: redoNext,
    flush,
  };
}
