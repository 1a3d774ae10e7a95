import FocusKeeper from './FocusKeeper';

export { forwardKeyToEditor, isTextEntry } from './editorKeys';

/** Keeps the editor's shortcuts working after clicks on its controls; for the Modeler and the viewer. */
export const focusKeeperModule = {
  __init__: ['focusKeeper'],
  focusKeeper: ['type', FocusKeeper],
};
