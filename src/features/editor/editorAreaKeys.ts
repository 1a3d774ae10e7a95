import type { KeyboardEvent } from 'react';
import type { BpmnEditor } from '../../bpmn/createEditor';
import { forwardKeyToEditor, isTextEntry } from '../../bpmn/keyboard';

interface Handlers {
  editor: BpmnEditor | null;
  save(): void;
  nameVersion(): void;
  help(): void;
}

/** `KeyS` too: with a Cyrillic layout `key` is «ы». */
const isSaveKey = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.altKey && (e.key.toLowerCase() === 's' || e.code === 'KeyS');

/**
 * Keys pressed anywhere in one editor's area (canvas, toolbar, step panel, checks): saving works
 * even in a text field; `?` opens the shortcuts; the rest go to the diagram's own key bindings
 * unless a text field takes them.
 */
export function onEditorAreaKey(e: KeyboardEvent, { editor, save, nameVersion, help }: Handlers): void {
  if (isSaveKey(e)) {
    e.preventDefault();
    if (e.shiftKey) nameVersion();
    else save();
    return;
  }
  if (isTextEntry(e.target)) return;
  if (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    help();
    return;
  }
  if (editor) forwardKeyToEditor(editor, e.nativeEvent);
}
