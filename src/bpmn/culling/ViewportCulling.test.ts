// @vitest-environment jsdom
import EventBus from 'diagram-js/lib/core/EventBus';
import ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type { Element } from 'diagram-js/lib/model/Types';
import { beforeEach, describe, expect, it } from 'vitest';
import ViewportCulling, { offscreenClass, shownAreaChangedEvent } from './ViewportCulling';

const svgNs = 'http://www.w3.org/2000/svg';

describe('ViewportCulling', () => {
  let eventBus: EventBus;
  let registry: ElementRegistry;
  let culling: ViewportCulling;
  /** The canvas's view, in diagram coordinates, and its size on the page. */
  let view: { x: number; y: number; width: number; height: number; outer: { width: number; height: number } };
  let areaChanges: number;
  let count = 0;
  /** The layer of the root shown, where diagram-js measures the diagram. */
  let layer: SVGGElement;
  const root = { id: 'Process_1' } as unknown as Element;
  const extentBox = () => {
    const rect = layer.querySelector('rect.rw-offscreen-extent');
    return rect && ['x', 'y', 'width', 'height'].map((name) => Number(rect.getAttribute(name)));
  };

  const setView = (x: number, y: number, width = 1000, height = 800) => {
    view = { x, y, width, height, outer: { width: 1000, height: 800 } };
    eventBus.fire('canvas.viewbox.changed', {});
  };
  const shape = (x: number, y: number): Element => {
    const element = { id: `Task_${++count}`, parent: root, x, y, width: 100, height: 80 } as unknown as Element;
    const gfx = inGroup();
    registry.add(element, gfx);
    eventBus.fire('shape.added', { element, gfx });
    return element;
  };
  const connection = (points: Array<[number, number]>): Element => {
    const element = { id: `Flow_${++count}`, parent: root, waypoints: points.map(([x, y]) => ({ x, y })) } as unknown as Element;
    const gfx = inGroup();
    registry.add(element, gfx);
    eventBus.fire('connection.added', { element, gfx });
    return element;
  };
  /** An element's graphics in the group diagram-js wraps them in. */
  const inGroup = () => {
    const group = layer.appendChild(document.createElementNS(svgNs, 'g'));
    group.classList.add('djs-group');
    return group.appendChild(document.createElementNS(svgNs, 'g'));
  };
  const offscreen = (element: Element) => registry.getGraphics(element).parentElement!.classList.contains(offscreenClass);
  const importing = (work: () => void) => {
    eventBus.fire('diagram.clear');
    eventBus.fire('import.render.start', {});
    work();
    eventBus.fire('import.done', {});
  };

  beforeEach(() => {
    eventBus = new EventBus();
    registry = new ElementRegistry(eventBus);
    view = { x: 0, y: 0, width: 1000, height: 800, outer: { width: 1000, height: 800 } };
    areaChanges = 0;
    eventBus.on(shownAreaChangedEvent, () => void areaChanges++);
    layer = document.createElementNS(svgNs, 'g');
    const canvas = { viewbox: () => view, getRootElement: () => root, getActiveLayer: () => layer };
    culling = new ViewportCulling(eventBus, canvas as never, registry);
  });

  it('takes out of rendering, after an import, the elements far from the view: the view and half of it again around it are shown', () => {
    // given
    let [inView, nearRight, farRight, farBelow, crossing] = [] as unknown as [Element, Element, Element, Element, Element];

    // when
    importing(() => {
      inView = shape(100, 100);
      nearRight = shape(1400, 100);
      farRight = shape(1600, 100);
      farBelow = shape(100, 5000);
      crossing = connection([[-2000, 300], [3000, 300]]);
    });

    // then
    expect([inView, nearRight, crossing].map(offscreen)).toEqual([false, false, false]);
    expect([farRight, farBelow].map(offscreen)).toEqual([true, true]);
    expect([inView, farRight].map((element) => culling.isShown(element))).toEqual([true, false]);
    expect(areaChanges).toBe(1);
    // The box of what is taken out, so that diagram-js still measures the whole diagram.
    expect(extentBox()).toEqual([100, 100, 1600, 4980]);
  });

  it('does nothing for a pan within the area shown, and shows what the view comes near past it', () => {
    // given
    let farBelow!: Element;
    importing(() => {
      shape(100, 100);
      farBelow = shape(100, 5000);
    });

    // when: within half a view
    setView(0, 300);

    // then
    expect(areaChanges).toBe(1);
    expect(offscreen(farBelow)).toBe(true);

    // when: down to it
    setView(0, 4500);

    // then
    expect(areaChanges).toBe(2);
    expect(offscreen(farBelow)).toBe(false);
  });

  it('works the area out anew after a zoom out past it, and after a zoom in that leaves it far larger than the view', () => {
    // given
    let far!: Element;
    importing(() => {
      far = shape(4000, 100);
    });
    expect(offscreen(far)).toBe(true);

    // when: zoomed out, the view four times as large
    setView(0, 0, 4000, 3200);

    // then
    expect(offscreen(far)).toBe(false);
    expect(areaChanges).toBe(2);

    // when: zoomed back in
    setView(0, 0, 1000, 800);

    // then
    expect(offscreen(far)).toBe(true);
    expect(areaChanges).toBe(3);
  });

  it('places an element added, or moved, after the import by itself', () => {
    // given
    let moved!: Element;
    importing(() => {
      moved = shape(100, 100);
    });

    // when
    const added = shape(9000, 100);
    Object.assign(moved, { x: 9000 });
    eventBus.fire('element.changed', { element: moved });

    // then
    expect(offscreen(added)).toBe(true);
    expect(offscreen(moved)).toBe(true);
    expect(areaChanges).toBe(1);
    expect(extentBox()).toEqual([9000, 100, 100, 80]);
  });

  it('takes a diagram drawn off the page (no size) out of rendering whole, and places it once it is on the page', () => {
    // given
    view = { ...view, outer: { width: 0, height: 0 } };
    let [near, far] = [] as unknown as [Element, Element];

    // when
    importing(() => {
      near = shape(100, 100);
      far = shape(9000, 100);
    });

    // then
    expect([near, far].map(offscreen)).toEqual([true, true]);
    expect([near, far].map((element) => culling.isShown(element))).toEqual([false, false]);
    expect(areaChanges).toBe(0);

    // when: a pan while hidden changes nothing
    eventBus.fire('canvas.viewbox.changed', {});
    expect(areaChanges).toBe(0);

    // when: put on the page
    view = { ...view, outer: { width: 1000, height: 800 } };
    eventBus.fire('canvas.resized', {});

    // then
    expect([near, far].map(offscreen)).toEqual([false, true]);
    expect(areaChanges).toBe(1);
  });

  it('shows everything while bpmn-js writes the SVG, and takes it out again after', () => {
    // given
    let far!: Element;
    importing(() => {
      far = shape(9000, 100);
    });

    // when
    eventBus.fire('saveSVG.start', {});

    // then: nor is the stand-in written
    expect(offscreen(far)).toBe(false);
    expect(extentBox()).toBeNull();

    // when
    eventBus.fire('saveSVG.done', {});

    // then
    expect(offscreen(far)).toBe(true);
    expect(extentBox()).toEqual([9000, 100, 100, 80]);
  });

  it('tells what work may wait for the view: that of an element of the root shown far from it, not of another root', () => {
    let [near, far, elsewhere] = [] as unknown as [Element, Element, Element];
    importing(() => {
      near = shape(100, 100);
      far = shape(9000, 100);
      elsewhere = shape(9000, 100);
    });
    Object.assign(elsewhere, { parent: { id: 'Sub_1_plane' } });

    expect([near, far, elsewhere].map((element) => culling.isFarFromView(element))).toEqual([false, true, false]);
  });
});
