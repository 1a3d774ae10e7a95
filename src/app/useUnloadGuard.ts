import { useEffect } from 'react';
import { hasPendingWork } from '../storage/pendingSaves';

/**
 * Asks the browser to confirm leaving while an edit is not yet stored. The editors also write their
 * pending edits as the page hides, so this is the second line: it covers a write that is failing.
 */
export function useUnloadGuard(): void {
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!hasPendingWork()) return;
      event.preventDefault();
      // Older Chromium builds show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);
}
