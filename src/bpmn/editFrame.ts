import { afterNextPaint } from './afterNextPaint';

/**
 * The frame that shows the last edit, asked for while the edit is made (its changes make that frame anyway). A save
 * that waits for it to be painted before it begins then asks for no frame of its own: by the time the save's delay
 * is over the edit's frame is long painted. Asked for when the save begins, a frame came in the save's window with
 * nothing of the page changed, and Chromium's ad detection hit-tested the whole drawing in it once a second
 * (10–27 ms over 3,000 nodes, `bench/README.md`, «Autosave»).
 */
export class EditFrame {
  private shown: Promise<void> = Promise.resolve();

  /** An edit was made: its frame is the one to wait for. */
  edited(): void {
    this.shown = afterNextPaint();
  }

  /** Resolves once the frame of the last edit is painted (at once when it already is, or when there was no edit). */
  painted(): Promise<void> {
    return this.shown;
  }
}
