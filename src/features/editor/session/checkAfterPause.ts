import type { WrittenXml } from '../../../storage/variantSaver';

/** What the check needs of the variant's saver (`VariantSaver`). */
interface CheckedSaver {
  readonly hasPendingChanges: boolean;
  /** Whether the text is what the saver stored last. */
  holds(written: WrittenXml): boolean;
  schedule(read: () => Promise<WrittenXml>): void;
}

/** How long editing pauses after a save before the check runs: once per pause, not per edit. */
export const checkPauseMs = 20_000;

/**
 * Saves trust the editor's tracking of what each change touched (`SaveTracking`) and rewrite only that. Once
 * editing pauses after a save, this writes the whole diagram again comparing every value (`writeAll`, in idle
 * time); if the text differs from what the save stored, the tracking missed a change: it says so in the console
 * and saves the whole text, so a miss costs at most a pause's delay, never the change.
 */
export function checkAfterPause(saver: CheckedSaver, writeAll: () => Promise<WrittenXml | null>, pauseMs = checkPauseMs) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const check = async () => {
    if (stopped || saver.hasPendingChanges) return;
    const written = await writeAll();
    // Null: an edit came first, and its save will be checked after the next pause.
    if (stopped || written === null || saver.hasPendingChanges || saver.holds(written)) return;
    console.warn('Reengineering Workbench: a save missed a change to the diagram; the whole diagram is saved again.');
    saver.schedule(async () => written);
  };
  return {
    /** A save was stored: the check runs once editing has paused this long after it. */
    saved(): void {
      clearTimeout(timer);
      timer = setTimeout(() => void check(), pauseMs);
    },
    stop(): void {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
