import type { SaveStatus } from '../../../storage/variantSaver';

/** How long a save runs before the editor's status says «Сохранение…». */
export const savingShownAfterMs = 300;

/**
 * The save status as the editor shows it: «Сохранение…» only for a save still under way after a moment
 * (as document editors do), so a quick save changes the page once, from pending to saved, not twice. On a
 * large diagram every change of the page costs a frame in which the browser lays out and hit-tests the
 * whole drawing under the pointer (about 13 ms at 3,000 nodes), and a save that rewrites one element
 * takes a few dozen milliseconds.
 */
export function savingShownLate(show: (status: SaveStatus) => void, delayMs = savingShownAfterMs) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stop = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    status(next: SaveStatus): void {
      if (next !== 'saving') {
        stop();
        show(next);
        return;
      }
      timer ??= setTimeout(() => {
        timer = null;
        show('saving');
      }, delayMs);
    },
    stop,
  };
}
