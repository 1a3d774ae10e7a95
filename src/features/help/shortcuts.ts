/**
 * The editor's shortcuts as the help dialog lists them: bpmn-js's own key bindings
 * (diagram-js KeyboardBindings, BpmnKeyboardBindings, KeyboardMove) and the workbench's.
 * `keys` are alternatives; each is shown as typed.
 */
export interface Shortcut {
  action: string;
  keys: string[];
}

export const shortcutGroups: { group: string; shortcuts: Shortcut[] }[] = [
  {
    group: 'edit',
    shortcuts: [
      { action: 'undo', keys: ['Ctrl+Z'] },
      { action: 'redo', keys: ['Ctrl+Y', 'Ctrl+Shift+Z'] },
      { action: 'delete', keys: ['Delete', 'Backspace'] },
      { action: 'copy', keys: ['Ctrl+C'] },
      { action: 'paste', keys: ['Ctrl+V'] },
      { action: 'selectAll', keys: ['Ctrl+A'] },
      { action: 'label', keys: ['E'] },
      { action: 'replace', keys: ['R'] },
    ],
  },
  {
    group: 'tools',
    shortcuts: [
      { action: 'hand', keys: ['H'] },
      { action: 'lasso', keys: ['L'] },
      { action: 'space', keys: ['S'] },
      { action: 'connect', keys: ['C'] },
    ],
  },
  {
    group: 'view',
    shortcuts: [
      { action: 'find', keys: ['Ctrl+F'] },
      { action: 'zoomIn', keys: ['Ctrl++'] },
      { action: 'zoomOut', keys: ['Ctrl+−'] },
      { action: 'zoomReset', keys: ['Ctrl+0'] },
      { action: 'scroll', keys: ['←', '↑', '→', '↓'] },
      { action: 'scrollFast', keys: ['Shift+←', 'Shift+↑', 'Shift+→', 'Shift+↓'] },
    ],
  },
  {
    group: 'workbench',
    shortcuts: [
      { action: 'save', keys: ['Ctrl+S'] },
      { action: 'namedVersion', keys: ['Ctrl+Shift+S'] },
      { action: 'help', keys: ['?'] },
    ],
  },
];
