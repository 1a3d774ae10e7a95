import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { trackPendingWork, type PendingWork } from '../../storage/pendingSaves';

/** The latest value, for callbacks made once that must read what the last render had (the UI's language). */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

/**
 * The saver of a page that edits one record in memory (the plan, the passport), made once when the
 * page opens: counted as the app's pending work (the unload guard and a reload flush it), flushed
 * when the tab hides or closes, and closed with the page, `close` writing what is left.
 */
export function usePageSaver<S extends PendingWork>(create: () => S, close: (saver: S) => Promise<void>): RefObject<S | null> {
  const saver = useRef<S | null>(null);
  const made = useLatest({ create, close });
  useEffect(() => {
    const { create: make, close: finish } = made.current;
    const current = make();
    saver.current = current;
    const untrack = trackPendingWork(current);
    const flushWhenHidden = () => document.visibilityState === 'hidden' && void current.flush();
    document.addEventListener('visibilitychange', flushWhenHidden);
    window.addEventListener('pagehide', flushWhenHidden);
    return () => {
      document.removeEventListener('visibilitychange', flushWhenHidden);
      window.removeEventListener('pagehide', flushWhenHidden);
      void finish(current).finally(untrack);
    };
  }, [made]);
  return saver;
}
