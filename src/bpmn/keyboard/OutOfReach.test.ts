// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import OutOfReach from './OutOfReach';

const element = (tag: string, className: string, ...children: Element[]) => {
  const made = tag === 'svg' ? document.createElementNS('http://www.w3.org/2000/svg', 'svg') : document.createElement(tag);
  if (className) made.setAttribute('class', className);
  made.append(...children);
  return made;
};

/** The elements bpmn-js makes, as it nests them: the editor's element holds the canvas and the bpmn.io link. */
function editorDom() {
  const drawing = element('svg', '', element('g', 'djs-element'));
  drawing.setAttribute('tabindex', '0');
  const container = element('div', 'djs-container', drawing, element('div', 'djs-overlay-container', element('div', 'djs-overlays', element('button', 'rw-lint-chip'))), element('div', 'djs-palette', element('div', 'entry')));
  const editor = element('div', 'bjs-container', container, element('a', 'bjs-powered-by'));
  document.body.appendChild(editor);
  return { editor, container, drawing };
}

const inertOnes = (root: Element) => [...root.querySelectorAll('[inert]')].map((element) => element.className);
const nextMutations = () => new Promise((resolve) => setTimeout(resolve));

describe('OutOfReach', () => {
  let dom: ReturnType<typeof editorDom>;
  let outOfReach: OutOfReach;
  let destroy: () => void;

  beforeEach(() => {
    document.body.replaceChildren();
    dom = editorDom();
    // The canvas and event bus stand in for diagram-js's: OutOfReach asks only for the container and the destroy event.
    const bus = { on: (event: string, listener: () => void) => event === 'diagram.destroy' && (destroy = listener) };
    outOfReach = new OutOfReach({ getContainer: () => dom.container } as never, bus as never);
  });

  it('makes every HTML layer beside the drawing inert, and the bpmn.io link, leaving the drawing itself alone', () => {
    outOfReach.setOutOfReach(true);

    expect(inertOnes(dom.editor)).toEqual(['djs-overlay-container', 'djs-palette', 'bjs-powered-by']);
    expect(dom.drawing.getAttribute('tabindex')).toBe('-1');
    expect(dom.container.hasAttribute('inert')).toBe(false);

    outOfReach.setOutOfReach(false);

    expect(inertOnes(dom.editor)).toEqual([]);
    expect(dom.drawing.getAttribute('tabindex')).toBe('0');
  });

  it('makes a layer bpmn-js adds while out of reach inert too, and no longer once back', async () => {
    outOfReach.setOutOfReach(true);
    const popup = document.createElement('div');
    popup.className = 'djs-popup-parent';
    dom.container.appendChild(popup);
    await nextMutations();
    expect(popup.hasAttribute('inert')).toBe(true);

    outOfReach.setOutOfReach(false);
    const search = document.createElement('div');
    search.className = 'djs-search-container';
    dom.container.appendChild(search);
    await nextMutations();
    expect(inertOnes(dom.editor)).toEqual([]);
  });

  it('stops watching for layers when the diagram is destroyed', async () => {
    outOfReach.setOutOfReach(true);
    destroy();
    const late = document.createElement('div');
    dom.container.appendChild(late);
    await nextMutations();
    expect(late.hasAttribute('inert')).toBe(false);
  });
});
