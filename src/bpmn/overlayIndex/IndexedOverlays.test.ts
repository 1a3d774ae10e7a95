// @vitest-environment jsdom
import EventBus from 'diagram-js/lib/core/EventBus';
import ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import Overlays from 'diagram-js/lib/features/overlays/Overlays';
import type { Element } from 'diagram-js/lib/model/Types';
import { describe, expect, it } from 'vitest';
import IndexedOverlays from './IndexedOverlays';

const svgNs = 'http://www.w3.org/2000/svg';

/** The canvas as Overlays uses it: a container, one root shown, a view at 100 %. */
function canvasFor(root: Element) {
  const container = document.createElement('div');
  return {
    getContainer: () => container,
    viewbox: () => ({ x: 0, y: 0, width: 1000, height: 800, scale: 1, inner: { x: 0, y: 0, width: 1000, height: 800 }, outer: { width: 1000, height: 800 } }),
    getRootElement: () => root,
    findRoot: () => root,
  };
}

type Kind = typeof Overlays;

/**
 * Overlays of one kind driven through what an editor does with them: overlays added to many elements, markers
 * set and unset, elements moved, removed and added again, everything cleared and drawn anew. Returns what it
 * showed after each step: the overlays' HTML and each element's overlays as `get` finds them.
 */
function drive(OverlaysKind: Kind): string[] {
  const eventBus = new EventBus();
  const registry = new ElementRegistry(eventBus);
  const root = { id: 'Process_1', children: [] } as unknown as Element;
  const canvas = canvasFor(root);
  const overlays = new OverlaysKind(undefined as never, eventBus, canvas as never, registry);
  const elements = Array.from({ length: 40 }, (_, index) => ({ id: `Task_${index}`, parent: root, x: index * 150, y: 100, width: 100, height: 80 }) as unknown as Element);
  for (const element of elements) registry.add(element, document.createElementNS(svgNs, 'g'));
  const chip = (text: string) => Object.assign(document.createElement('span'), { textContent: text });
  const seen: string[] = [];
  const look = () => {
    const root = canvas.getContainer().querySelector('.djs-overlay-container')!;
    const byElement = elements.map((element) => (overlays.get({ element }) as unknown[]).length).join(',');
    // Overlay ids are counted across every Overlays made (diagram-js's module-level ids).
    seen.push(`${new XMLSerializer().serializeToString(root).replace(/ data-overlay-id="[^"]*"/g, '')}|${byElement}`);
  };

  elements.forEach((element, index) => overlays.add(element, 'chip', { position: { top: -9, right: 9 }, html: chip(`${index}`) }));
  elements.slice(0, 10).forEach((element) => overlays.add(element, 'badge', { position: { bottom: 0, left: 0 }, html: chip('b') }));
  look();
  for (const element of elements.slice(5, 25)) eventBus.fire('element.marker.update', { element, marker: 'selected', add: true });
  eventBus.fire('element.marker.update', { element: elements[7], marker: 'selected', add: false });
  look();
  for (const element of elements.slice(0, 15)) Object.assign(element, { x: element.x + 20 });
  for (const element of elements.slice(0, 15)) eventBus.fire('element.changed', { element });
  look();
  for (const element of elements.slice(10, 20)) eventBus.fire('shape.remove', { element });
  eventBus.fire('element.marker.update', { element: elements[12], marker: 'hover', add: true });
  look();
  elements.slice(10, 20).forEach((element) => overlays.add(element, 'chip', { position: { top: 0, left: 0 }, html: chip('again') }));
  eventBus.fire('element.marker.update', { element: elements[12], marker: 'hover', add: true });
  look();
  overlays.remove({ element: elements[3], type: 'chip' });
  eventBus.fire('element.marker.update', { element: elements[3], marker: 'selected', add: true });
  look();
  overlays.clear();
  eventBus.fire('element.marker.update', { element: elements[0], marker: 'selected', add: true });
  look();
  elements.slice(0, 5).forEach((element) => overlays.add(element, 'chip', { position: { top: 0, left: 0 }, html: chip('new') }));
  eventBus.fire('element.marker.update', { element: elements[1], marker: 'selected', add: true });
  look();
  return seen;
}

describe('IndexedOverlays', () => {
  it("shows, moves, marks and removes overlays exactly as diagram-js's Overlays does", () => {
    const [plain, indexed] = [drive(Overlays), drive(IndexedOverlays as unknown as Kind)];

    indexed.forEach((step, index) => expect(step, `step ${index}`).toBe(plain[index]));
    // What the comparison covers: markers on the containers, overlays moved, removed, added again and cleared.
    expect(plain[1]).toContain('djs-overlays selected');
    expect(plain[2]).toContain('left: 20px; top: 100px;');
    expect(plain[3]).not.toContain('<span>10</span>');
    expect(plain[4]).toContain('<span>again</span>');
    expect(plain[6]).not.toContain('class="djs-overlays');
    expect(plain[6]).toMatch(/\|0(,0){39}$/);
  });
});
