import FocusKeeper from './FocusKeeper';
import OutOfReach from './OutOfReach';

export { forwardKeyToEditor, isTextEntry } from './editorKeys';
export type { default as OutOfReach } from './OutOfReach';

/** Keeps the editor's shortcuts working after clicks on its controls; for the Modeler and the viewer. */
export const focusKeeperModule = {
  __init__: ['focusKeeper'],
  focusKeeper: ['type', FocusKeeper],
};

/** `outOfReach.setOutOfReach(true)`: nothing of a hidden editor takes focus or is read by assistive technology. */
export const outOfReachModule = {
  outOfReach: ['type', OutOfReach],
};
