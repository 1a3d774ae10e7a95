import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';

/**
 * A click on the palette, the context pad or an overlay lands on an element that cannot take focus,
 * so the browser gives focus to the page and the editor's shortcuts stop (Ctrl+Z after a context-pad
 * delete did nothing). After such a click the canvas takes focus back; a text field that took focus
 * (the label editor, a popup's search) keeps it, since diagram-js only restores from the page itself.
 */
export default class FocusKeeper {
  static $inject = ['canvas', 'eventBus'];

  constructor(canvas: Canvas, eventBus: EventBus) {
    const container = canvas.getContainer();
    const restore = () => canvas.restoreFocus();
    container.addEventListener('click', restore);
    eventBus.on('diagram.destroy', () => container.removeEventListener('click', restore));
  }
}
