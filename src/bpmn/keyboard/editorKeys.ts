import type { BpmnEditor } from '../createEditor';

interface Keyboard {
  getBinding(): EventTarget | null;
}

/** Where typed keys belong to the control itself: text fields, lists, the label editor, diagram-js's popups. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('.djs-popup, [contenteditable="true"], [contenteditable=""]')) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}

/**
 * diagram-js listens for keys on its canvas only. A key pressed anywhere else in the editor's area
 * (toolbar, step panel, checks, context pad) is handed to the same bindings here, unless a text
 * field takes it; returns whether a binding used it.
 */
export function forwardKeyToEditor(editor: BpmnEditor, event: KeyboardEvent): boolean {
  const keyboard = editor.get<Keyboard | null>('keyboard', false);
  if (!keyboard || event.defaultPrevented || event.target === keyboard.getBinding() || isTextEntry(event.target)) return false;
  if (!editor.get<{ fire(type: string, context: object): unknown }>('eventBus').fire('keyboard.keydown', { keyEvent: event })) return false;
  event.preventDefault();
  return true;
}
