// @vitest-environment jsdom
import EventBus from 'diagram-js/lib/core/EventBus';
import ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import GraphicsFactory from 'diagram-js/lib/core/GraphicsFactory';
import type { Element } from 'diagram-js/lib/model/Types';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shownAreaChangedEvent } from '../culling';
import { rootOf } from '../rootOf';
import DeferredDrawing from './DeferredDrawing';

const svgNs = 'http://www.w3.org/2000/svg';

/** GraphicsFactory's update as diagram-js has it, but for moving the shape into place: jsdom has no SVG transforms. */
function withoutTranslate(factory: GraphicsFactory): GraphicsFactory {
  const inner = factory as unknown as { _clear(gfx: SVGElement): SVGElement };
  factory.update = (type, element, gfx) => {
    const visual = inner._clear(gfx);
    if (type === 'shape') factory.drawShape(visual, element as never);
    else factory.drawConnection(visual, element as never);
  };
  return factory;
}

describe('DeferredDrawing', () => {
  let eventBus: EventBus;
  let registry: ElementRegistry;
  let graphics: GraphicsFactory;
  let container: HTMLElement;
  let deferred: DeferredDrawing;
  /** The elements in the area ViewportCulling keeps shown: all unless a test says otherwise. */
  let isShown: (element: Element) => boolean;
  /** diagram-js-minimap as DeferredDrawing sees it, with the drawn elements it copied when it opened. */
  let minimap: { isOpen(): boolean; open(): void; opened: boolean; copied: Element[] };
  let allElements: Element[];
  let shown: Element | null;
  let count = 0;
  /** How many times the renderer drew each element. */
  let drawings: Map<Element, number>;

  const root = (): Element => {
    const element = { id: `Root_${++count}`, children: [] } as unknown as Element;
    registry.add(element, document.createElementNS(svgNs, 'g'));
    return element;
  };
  /** A shape added as the canvas adds one: its graphics made and registered, then drawn ('render.shape'). */
  const add = (parent: Element, type: 'shape' | 'connection' = 'shape'): Element => {
    const element = { id: `Element_${++count}`, parent, x: 10, y: 10, width: 100, height: 80, waypoints: [] } as unknown as Element;
    const gfx = graphics.create(type, element);
    registry.add(element, gfx);
    graphics.update(type, element, gfx);
    allElements.push(element);
    return element;
  };
  const visualOf = (element: Element) => registry.getGraphics(element).querySelector('.djs-visual')!;
  const drawn = (element: Element) => visualOf(element).childElementCount > 0;
  const setRoot = (element: Element) => {
    shown = element;
    eventBus.fire('root.set', { element });
  };
  /** An import as bpmn-js runs it: the elements added, then the root shown set, then done. */
  const importing = (work: () => Element) => {
    eventBus.fire('diagram.clear');
    eventBus.fire('import.render.start', {});
    setRoot(work());
    eventBus.fire('import.render.complete', {});
    eventBus.fire('import.done', {});
  };
  /** The next frame, and the task after it (afterNextPaint). */
  const paint = async () => {
    vi.advanceTimersToNextFrame();
    await vi.advanceTimersByTimeAsync(1);
  };

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    eventBus = new EventBus();
    registry = new ElementRegistry(eventBus);
    graphics = withoutTranslate(new GraphicsFactory(eventBus, registry));
    container = document.body.appendChild(document.createElement('div'));
    shown = null;
    drawings = new Map();
    // The renderer: a rect in the visual, counted.
    eventBus.on(['render.shape', 'render.connection'], (_event: unknown, { gfx, element }: { gfx: SVGElement; element: Element }) => {
      drawings.set(element, (drawings.get(element) ?? 0) + 1);
      return gfx.appendChild(document.createElementNS(svgNs, 'rect'));
    });
    isShown = () => true;
    allElements = [];
    minimap = {
      opened: false,
      copied: [],
      isOpen: () => minimap.opened,
      open: () => {
        minimap.opened = true;
        minimap.copied = allElements.filter(drawn);
      },
    };
    // ViewportCulling as it answers: far from the view is in the root shown and not shown.
    const culling = { isShown: (element: Element) => isShown(element), isFarFromView: (element: Element) => rootOf(element) === shown && !isShown(element) };
    const injector = { get: (name: string) => (name === 'minimap' ? minimap : null) };
    deferred = new DeferredDrawing(eventBus, { getContainer: () => container, getRootElement: () => shown } as never, registry, graphics, culling as never, injector as never);
  });

  afterEach(() => {
    eventBus.fire('diagram.destroy');
    container.remove();
    vi.useRealTimers();
  });

  it('draws an element added outside an import at once', () => {
    const element = add(root());

    expect(drawn(element)).toBe(true);
    expect(deferred.waiting).toBe(0);
  });

  it("draws the shown root's elements in the import, the other planes' after it, each once", async () => {
    // given
    let main: Element[] = [];
    let planes: Element[] = [];

    // when
    importing(() => {
      const [mainRoot, planeRoot] = [root(), root()];
      main = [add(mainRoot), add(mainRoot, 'connection'), add(main[0] ?? mainRoot)];
      planes = Array.from({ length: 30 }, () => add(planeRoot));
      return mainRoot;
    });

    // then
    expect(main.every(drawn)).toBe(true);
    expect(planes.some(drawn)).toBe(false);
    expect(deferred.waiting).toBe(30);

    // when
    await paint();
    await vi.runAllTimersAsync();

    // then
    expect(planes.every(drawn)).toBe(true);
    expect([...main, ...planes].every((element) => drawings.get(element) === 1)).toBe(true);
    expect(deferred.waiting).toBe(0);
  });

  it('draws a plane at once when it is shown before its turn', () => {
    // given
    let planeRoot!: Element;
    let plane: Element[] = [];
    let other: Element[] = [];
    importing(() => {
      const mainRoot = root();
      add(mainRoot);
      planeRoot = root();
      plane = [add(planeRoot), add(planeRoot)];
      other = [add(root())];
      return mainRoot;
    });

    // when
    setRoot(planeRoot);

    // then
    expect(plane.every(drawn)).toBe(true);
    expect(other.some(drawn)).toBe(false);
  });

  it('waits to be on the page: a diagram drawn off it draws its planes once it is shown', async () => {
    // given
    container.remove();
    let plane: Element[] = [];
    importing(() => {
      const mainRoot = root();
      plane = [add(root())];
      return mainRoot;
    });
    await paint();
    await vi.runAllTimersAsync();
    expect(plane.some(drawn)).toBe(false);

    // when
    document.body.appendChild(container);
    eventBus.fire('canvas.resized');
    await paint();
    await vi.runAllTimersAsync();

    // then
    expect(plane.every(drawn)).toBe(true);
  });

  it('draws an element changed before its turn as it is then, and not again; one removed not at all', async () => {
    // given
    let changed!: Element;
    let removed!: Element;
    importing(() => {
      const mainRoot = root();
      const planeRoot = root();
      changed = add(planeRoot);
      removed = add(planeRoot);
      return mainRoot;
    });

    // when
    graphics.update('shape', changed, registry.getGraphics(changed));
    registry.remove(removed);
    await paint();
    await vi.runAllTimersAsync();

    // then
    expect(drawings.get(changed)).toBe(1);
    expect(drawings.has(removed)).toBe(false);
    expect(deferred.waiting).toBe(0);
  });

  it('goes on drawing the others when one element fails to draw', async () => {
    // given
    let failing!: Element;
    let others: Element[] = [];
    importing(() => {
      const mainRoot = root();
      const planeRoot = root();
      failing = add(planeRoot);
      others = [add(planeRoot), add(planeRoot)];
      return mainRoot;
    });
    eventBus.on('render.shape', 1500, (_event: unknown, { element }: { element: Element }) => {
      if (element === failing) throw new Error('undrawable');
    });
    // diagram-js logs an error no listener handles, then throws it.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);

    // when
    await paint();
    await expect(vi.runAllTimersAsync()).rejects.toThrow('undrawable');
    await vi.runAllTimersAsync();

    // then
    expect(others.every(drawn)).toBe(true);
    expect(deferred.waiting).toBe(0);
  });

  it("draws in the import only the shown root's elements near the view; the others once the view comes to them", async () => {
    // given
    let near: Element[] = [];
    let far: Element[] = [];
    isShown = (element) => !far.includes(element);

    // when
    importing(() => {
      const mainRoot = root();
      near = [add(mainRoot), add(mainRoot, 'connection')];
      far = [add(mainRoot), add(mainRoot)];
      return mainRoot;
    });

    // then: the far ones wait for the view, also once the import is painted
    expect(near.every(drawn)).toBe(true);
    expect(far.some(drawn)).toBe(false);
    await paint();
    await vi.runAllTimersAsync();
    expect(far.some(drawn)).toBe(false);

    // when: the view moves to them
    far = [];
    eventBus.fire(shownAreaChangedEvent, {});

    // then
    expect(allElements.every(drawn)).toBe(true);
    expect(allElements.every((element) => drawings.get(element) === 1)).toBe(true);
  });

  it('draws every element of the root shown before bpmn-js writes its SVG, and before the minimap copies the drawings', () => {
    // given
    isShown = () => false;
    let mainElements: Element[] = [];
    let plane: Element[] = [];
    importing(() => {
      const mainRoot = root();
      mainElements = [add(mainRoot), add(mainRoot)];
      plane = [add(root())];
      return mainRoot;
    });
    expect(mainElements.some(drawn)).toBe(false);

    // when
    eventBus.fire('saveSVG.start');

    // then
    expect(mainElements.every(drawn)).toBe(true);
    expect(plane.some(drawn)).toBe(false);

    // given: a new import, the minimap closed
    importing(() => {
      const mainRoot = root();
      mainElements = [add(mainRoot), add(mainRoot)];
      return mainRoot;
    });

    // when
    minimap.open();

    // then
    expect(minimap.copied).toEqual(expect.arrayContaining(mainElements));
  });

  it('draws the whole root shown in the import while the minimap is open', () => {
    // given
    isShown = () => false;
    minimap.opened = true;
    let mainElements: Element[] = [];

    // when
    importing(() => {
      const mainRoot = root();
      mainElements = [add(mainRoot), add(mainRoot)];
      return mainRoot;
    });

    // then
    expect(mainElements.every(drawn)).toBe(true);
  });

  it('forgets what an import left when the next one begins', () => {
    importing(() => {
      const mainRoot = root();
      add(root());
      return mainRoot;
    });
    expect(deferred.waiting).toBe(1);

    eventBus.fire('diagram.clear');

    expect(deferred.waiting).toBe(0);
  });
});
