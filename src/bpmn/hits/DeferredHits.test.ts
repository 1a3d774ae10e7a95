// @vitest-environment jsdom
import EventBus from 'diagram-js/lib/core/EventBus';
import ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import Styles from 'diagram-js/lib/draw/Styles';
import InteractionEvents from 'diagram-js/lib/features/interaction-events/InteractionEvents';
import type { Element } from 'diagram-js/lib/model/Types';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shownAreaChangedEvent } from '../culling';
import DeferredHits from './DeferredHits';

const svgNs = 'http://www.w3.org/2000/svg';

describe('DeferredHits', () => {
  let eventBus: EventBus;
  let registry: ElementRegistry;
  let container: HTMLElement;
  let deferred: DeferredHits;
  let count = 0;
  /** The elements in the area ViewportCulling keeps shown: all unless a test says otherwise. */
  let isShown: (element: Element) => boolean;
  const root = { id: 'Process_1' } as unknown as Element;

  /** A shape drawn as the canvas draws it: its graphics registered, then 'shape.added' (InteractionEvents fires createHit). */
  const draw = (width = 100): { element: Element; gfx: SVGGElement } => {
    const element = { id: `Shape_${++count}`, parent: root, x: 0, y: 0, width, height: 80 } as unknown as Element;
    const gfx = document.createElementNS(svgNs, 'g');
    gfx.classList.add('djs-element');
    gfx.appendChild(document.createElementNS(svgNs, 'g')).classList.add('djs-visual');
    registry.add(element, gfx);
    eventBus.fire('shape.added', { element, gfx });
    return { element, gfx };
  };
  const hitsOf = (gfx: SVGGElement) => [...gfx.querySelectorAll('.djs-hit')];
  /** The next frame, and the task after it (afterNextPaint). */
  const paint = async () => {
    vi.advanceTimersToNextFrame();
    await vi.advanceTimersByTimeAsync(1);
  };
  const importing = (work: () => void) => {
    eventBus.fire('diagram.clear');
    eventBus.fire('import.render.start', {});
    work();
    eventBus.fire('import.render.complete', {});
    eventBus.fire('import.done', {});
  };

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    eventBus = new EventBus();
    registry = new ElementRegistry(eventBus);
    container = document.body.appendChild(document.createElement('div'));
    new InteractionEvents(eventBus, registry, new Styles());
    isShown = () => true;
    const canvas = { getContainer: () => container, getRootElement: () => root };
    // ViewportCulling as it answers, all the shapes being in the root shown.
    const culling = { isShown: (element: Element) => isShown(element), isFarFromView: (element: Element) => !isShown(element) };
    deferred = new DeferredHits(eventBus, canvas as never, registry, culling as never);
  });

  afterEach(() => {
    eventBus.fire('diagram.destroy');
    container.remove();
    vi.useRealTimers();
  });

  it('gives an element drawn outside an import its hit area at once', () => {
    // when
    const { gfx } = draw();

    // then
    expect(hitsOf(gfx)).toHaveLength(1);
    expect(deferred.waiting).toBe(0);
  });

  it('makes the hit areas of an import after it, in tasks of their own', async () => {
    // given
    let shapes: Array<{ gfx: SVGGElement }> = [];

    // when
    importing(() => {
      shapes = Array.from({ length: 50 }, () => draw());
    });

    // then
    expect(shapes.every(({ gfx }) => hitsOf(gfx).length === 0)).toBe(true);
    expect(deferred.waiting).toBe(50);

    // when
    await vi.runAllTimersAsync();

    // then
    expect(shapes.every(({ gfx }) => hitsOf(gfx).length === 1)).toBe(true);
    expect(deferred.waiting).toBe(0);
  });

  it('stops each task once its time is spent, and goes on in the next', async () => {
    // given
    importing(() => {
      for (let i = 0; i < 20; i++) draw();
    });
    await paint();
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));

    // when
    vi.advanceTimersToNextTimer();

    // then
    const afterOne = deferred.waiting;
    expect(afterOne).toBeGreaterThan(0);
    expect(afterOne).toBeLessThan(20);

    // when
    await vi.runAllTimersAsync();

    // then
    expect(deferred.waiting).toBe(0);
  });

  it('makes those of the elements shown when a pointer comes over the canvas, and again once the area shown moves', async () => {
    // given: five shapes near the view, three far from it
    let near: Array<{ element: Element; gfx: SVGGElement }> = [];
    let far: Array<{ element: Element; gfx: SVGGElement }> = [];
    importing(() => {
      near = Array.from({ length: 5 }, () => draw());
      far = Array.from({ length: 3 }, () => draw());
    });
    const farAway = new Set(far.map(({ element }) => element));
    isShown = (element) => !farAway.has(element);

    // when
    container.dispatchEvent(new Event('pointermove'));

    // then
    expect(near.every(({ gfx }) => hitsOf(gfx).length === 1)).toBe(true);
    expect(far.every(({ gfx }) => hitsOf(gfx).length === 0)).toBe(true);
    expect(deferred.waiting).toBe(3);
    await paint();
    await vi.runAllTimersAsync();
    expect(deferred.waiting).toBe(3);

    // when: the view moves to the others
    isShown = () => true;
    eventBus.fire(shownAreaChangedEvent, {});
    container.dispatchEvent(new Event('pointermove'));

    // then
    expect(far.every(({ gfx }) => hitsOf(gfx).length === 1)).toBe(true);
    expect(deferred.waiting).toBe(0);
    await vi.runAllTimersAsync();
    expect([...near, ...far].every(({ gfx }) => hitsOf(gfx).length === 1)).toBe(true);
  });

  it('gives an element far from the view its hit area as soon as an edit moves it near', async () => {
    // given
    let far!: { element: Element; gfx: SVGGElement };
    importing(() => {
      draw();
      far = draw();
    });
    isShown = (element) => element !== far.element;
    container.dispatchEvent(new Event('pointermove'));
    await vi.runAllTimersAsync();
    expect(hitsOf(far.gfx)).toHaveLength(0);

    // when
    isShown = () => true;
    eventBus.fire('element.changed', { element: far.element });

    // then
    expect(hitsOf(far.gfx)).toHaveLength(1);
    expect(deferred.waiting).toBe(0);
  });

  it('gives an element changed before its turn a hit area of its new size, and only one', async () => {
    // given
    let shape!: { element: Element; gfx: SVGGElement };
    importing(() => {
      shape = draw(100);
    });

    // when
    (shape.element as unknown as { width: number }).width = 240;
    eventBus.fire('shape.changed', shape);
    await vi.runAllTimersAsync();

    // then
    const hits = hitsOf(shape.gfx);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.getAttribute('width')).toBe('240');
  });

  it('makes none for an element removed before its turn, or for a diagram cleared by the next import', async () => {
    // given
    let removed!: { element: Element; gfx: SVGGElement };
    let cleared!: { element: Element; gfx: SVGGElement };
    importing(() => {
      removed = draw();
      cleared = draw();
    });

    // when
    registry.remove(removed.element);
    eventBus.fire('diagram.clear');
    await vi.runAllTimersAsync();

    // then
    expect(hitsOf(removed.gfx)).toHaveLength(0);
    expect(hitsOf(cleared.gfx)).toHaveLength(0);
    expect(deferred.waiting).toBe(0);
  });

  it('gives the elements of a failed import their hit areas too', async () => {
    // given
    eventBus.fire('import.render.start', {});
    const shape = draw();

    // when: the render threw, so no 'import.render.complete'
    eventBus.fire('import.done', { error: new Error('broken') });
    await vi.runAllTimersAsync();

    // then
    expect(hitsOf(shape.gfx)).toHaveLength(1);
  });

  it('waits, for a diagram drawn off the page, until it is put on the page and painted', async () => {
    // given
    container.remove();
    let shape!: { gfx: SVGGElement };
    importing(() => {
      shape = draw();
    });
    await vi.runAllTimersAsync();
    expect(hitsOf(shape.gfx)).toHaveLength(0);

    // when: shown (useVariantSession's adopt)
    document.body.appendChild(container);
    eventBus.fire('canvas.resized');

    // then: not in the task that shows it
    expect(hitsOf(shape.gfx)).toHaveLength(0);
    await paint();
    await vi.runAllTimersAsync();
    expect(hitsOf(shape.gfx)).toHaveLength(1);
  });
});
