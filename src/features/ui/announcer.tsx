import { create } from 'zustand';

/**
 * Routine success (an entry added, a version saved) is not worth a toast over the user's work; it
 * is told to screen readers through one polite live region instead. The counter makes the same
 * message said twice a change the reader announces again.
 */
const useAnnouncement = create<{ message: string; count: number }>(() => ({ message: '', count: 0 }));

export function announce(message: string): void {
  useAnnouncement.setState((s) => ({ message, count: s.count + 1 }));
}

/** The live region; rendered once by the app shell. */
export function Announcer() {
  const { message, count } = useAnnouncement();
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      <span key={count}>{message}</span>
    </div>
  );
}
