// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { BpmnEditor } from '../createEditor';
import { forwardKeyToEditor, isTextEntry } from './editorKeys';

/** An editor whose key bindings take Ctrl+Z only, and whose keyboard listens on `canvas`. */
function editorWithUndo(canvas: Element) {
  const seen: string[] = [];
  const services: Record<string, unknown> = {
    keyboard: { getBinding: () => canvas },
    eventBus: {
      fire: (_type: string, { keyEvent }: { keyEvent: KeyboardEvent }) => {
        seen.push(keyEvent.key);
        return keyEvent.ctrlKey && keyEvent.key === 'z';
      },
    },
  };
  return { editor: { get: (name: string) => services[name] } as unknown as BpmnEditor, seen };
}

function keyOn(target: Element, init: KeyboardEventInit): KeyboardEvent {
  let pressed: KeyboardEvent | undefined;
  target.addEventListener('keydown', (e) => (pressed = e as KeyboardEvent));
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  return pressed!;
}

describe('keys pressed in the editor area', () => {
  const canvas = document.createElement('svg');
  const button = document.createElement('button');
  const field = document.createElement('input');
  const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
  const label = document.createElement('div');
  label.setAttribute('contenteditable', 'true');
  document.body.append(canvas, button, field, checkbox, label);

  it('go to the diagram from a button or a checkbox, and a used key is not the browser’s any more', () => {
    const { editor, seen } = editorWithUndo(canvas);
    const undo = keyOn(button, { key: 'z', ctrlKey: true });
    expect(forwardKeyToEditor(editor, undo)).toBe(true);
    expect(undo.defaultPrevented).toBe(true);
    expect(forwardKeyToEditor(editor, keyOn(checkbox, { key: 'Delete' }))).toBe(false);
    expect(seen).toEqual(['z', 'Delete']);
  });

  it('stay in text fields and the label editor, and are not handed twice from the canvas itself', () => {
    const { editor, seen } = editorWithUndo(canvas);
    for (const target of [field, label, canvas]) expect(forwardKeyToEditor(editor, keyOn(target, { key: 'z', ctrlKey: true }))).toBe(false);
    expect(seen).toEqual([]);
    expect([field, label, checkbox, button].map(isTextEntry)).toEqual([true, true, false, false]);
  });
});
