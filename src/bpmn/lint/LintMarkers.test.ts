// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeOverlays } from '../../../test/fakeOverlays';
import { shapeOverlayMinZoom } from '../overlays';
import { shownAreaChangedEvent } from '../culling';
import LintMarkers, { lintOverlayType, type MarkedProblem } from './LintMarkers';

interface Shape {
  id: string;
}

/** The canvas's markers as a set of "id class" strings; the root shown is the process, or a sub-process's plane. */
class FakeCanvas {
  readonly markers = new Set<string>();
  readonly root: Shape = { id: 'Process_1' };
  /** The root each shape is drawn under, when not the process. */
  readonly rootOf = new Map<Shape, Shape>();
  shownRoot = this.root;
  private readonly container = document.createElement('div');
  addMarker(id: string, className: string) {
    this.markers.add(`${id} ${className}`);
  }
  removeMarker(id: string, className: string) {
    this.markers.delete(`${id} ${className}`);
  }
  getRootElement() {
    return this.shownRoot;
  }
  findRoot(shape: Shape) {
    return this.rootOf.get(shape) ?? this.root;
  }
  getContainer() {
    return this.container;
  }
}

describe('LintMarkers', () => {
  let shapes: Map<string, Shape>;
  let canvas: FakeCanvas;
  let overlays: FakeOverlays;
  let selected: Shape[];
  let markers: LintMarkers;
  let rootSet: () => void;
  let areaChanged: () => void;
  /** The shapes far from the view (ViewportCulling): none unless a test says so. */
  let farAway: Set<string>;
  const problem = (elementId: string, category: 'error' | 'warn', text: string): MarkedProblem => ({ elementId, category, text });

  beforeEach(() => {
    canvas = new FakeCanvas();
    shapes = new Map(['Task_A', 'Task_B'].map((id) => [id, { id }]));
    shapes.set(canvas.root.id, canvas.root);
    overlays = new FakeOverlays();
    selected = [];
    const registry = { get: (id: string) => shapes.get(id) };
    // The fakes stand in for diagram-js services; only the methods LintMarkers calls exist.
    farAway = new Set();
    const eventBus = {
      on: (events: string[], listener: () => void) => {
        if (events.includes('root.set')) rootSet = listener;
        if (events.includes(shownAreaChangedEvent)) areaChanged = listener;
      },
    };
    const culling = { isShown: (shape: Shape) => !farAway.has(shape.id) };
    markers = new LintMarkers(canvas as never, overlays as never, registry as never, { select: (shape: Shape) => selected.push(shape) } as never, eventBus as never, culling);
  });

  it('outlines each element by its worst problem, with a chip that counts them and selects the element', () => {
    markers.show([problem('Task_A', 'warn', 'Нет исполнителя'), problem('Task_A', 'error', 'Нет выхода'), problem('Task_B', 'warn', 'Нет подписи'), problem('Process_1', 'error', 'Нет конца')]);

    expect([...canvas.markers].sort()).toEqual(['Task_A rw-lint--error', 'Task_B rw-lint--warn']);
    const chip = overlays.of('Task_A')[0]!.html;
    expect([chip.textContent, chip.title]).toEqual(['2', 'Нет исполнителя\nНет выхода']);
    chip.click();
    expect(selected).toEqual([shapes.get('Task_A')]);
    // The diagram's own problems are for the panel only.
    expect(overlays.of('Process_1')).toEqual([]);
  });

  it('hides the chips when zoomed out as far as the step badges are, leaving the outline', () => {
    markers.show([problem('Task_A', 'warn', 'Нет исполнителя')]);

    expect(overlays.of('Task_A').map((item) => item.show)).toEqual([{ minZoom: shapeOverlayMinZoom }]);
    expect([...canvas.markers]).toEqual(['Task_A rw-lint--warn']);
  });

  it('on a new run touches only what changed, and redraws what a re-created shape lost', () => {
    markers.show([problem('Task_A', 'warn', 'Нет исполнителя'), problem('Task_B', 'warn', 'Нет подписи')]);
    const chipOfB = overlays.of('Task_B')[0]!.html;

    markers.show([problem('Task_A', 'error', 'Нет выхода'), problem('Task_B', 'warn', 'Нет подписи')]);
    expect(overlays.of('Task_B')[0]!.html).toBe(chipOfB);
    expect([...canvas.markers].sort()).toEqual(['Task_A rw-lint--error', 'Task_B rw-lint--warn']);

    // Undo of a delete draws Task_B anew, without its chip.
    overlays.remove({ element: shapes.get('Task_B'), type: lintOverlayType });
    markers.show([problem('Task_A', 'error', 'Нет выхода'), problem('Task_B', 'warn', 'Нет подписи')]);
    expect(overlays.of('Task_B')).toHaveLength(1);

    markers.show([]);
    expect(canvas.markers.size).toBe(0);
    expect(overlays.items).toEqual([]);
  });

  it('rewrites a chip in place when its problems change or are told in another language', () => {
    markers.show([problem('Task_A', 'warn', 'Нет исполнителя')]);
    const chip = overlays.of('Task_A')[0]!.html;

    markers.show([problem('Task_A', 'warn', 'Орындаушы жоқ'), problem('Task_A', 'error', 'Шығыс жоқ')]);

    expect(overlays.of('Task_A').map((item) => item.html)).toEqual([chip]);
    expect([chip.className, chip.textContent, chip.title, chip.getAttribute('aria-label')]).toEqual(['rw-lint-chip rw-lint--error', '2', 'Орындаушы жоқ\nШығыс жоқ', 'Орындаушы жоқ\nШығыс жоқ']);
    expect([...canvas.markers]).toEqual(['Task_A rw-lint--error']);
    chip.click();
    expect(selected).toEqual([shapes.get('Task_A')]);
  });

  it("leaves other elements' chips alone when a marked element is gone", () => {
    markers.show([problem('Task_A', 'warn', 'Нет исполнителя'), problem('Task_B', 'warn', 'Нет подписи')]);
    const chipOfB = overlays.of('Task_B')[0]!.html;
    // diagram-js takes a deleted shape's overlays away with it.
    overlays.remove({ element: shapes.get('Task_A'), type: lintOverlayType });
    shapes.delete('Task_A');

    markers.show([problem('Task_B', 'warn', 'Нет подписи')]);
    expect(overlays.items.map((item) => item.html)).toEqual([chipOfB]);
  });

  it("marks a sub-process's own diagram when it is shown, with what the last run found there", () => {
    const plane = { id: 'Sub_1_plane' };
    shapes.set('Task_Inner', { id: 'Task_Inner' });
    shapes.set('Task_Fixed', { id: 'Task_Fixed' });
    canvas.rootOf.set(shapes.get('Task_Inner')!, plane);
    canvas.rootOf.set(shapes.get('Task_Fixed')!, plane);
    markers.show([problem('Task_A', 'warn', 'Нет исполнителя'), problem('Task_Inner', 'error', 'Нет выхода'), problem('Task_Fixed', 'warn', 'Нет подписи')]);
    expect([...canvas.markers]).toEqual(['Task_A rw-lint--warn']);
    expect(overlays.items.map((item) => (item.element as Shape).id)).toEqual(['Task_A']);

    // Fixed before its diagram was opened: never marked.
    markers.show([problem('Task_A', 'warn', 'Нет исполнителя'), problem('Task_Inner', 'error', 'Нет выхода')]);
    canvas.shownRoot = plane;
    rootSet();
    expect([...canvas.markers].sort()).toEqual(['Task_A rw-lint--warn', 'Task_Inner rw-lint--error']);
    expect(overlays.of('Task_Inner')[0]!.html.title).toBe('Нет выхода');

    // Back on the process, marked stays marked, and a later run changes it there too.
    canvas.shownRoot = canvas.root;
    rootSet();
    markers.show([problem('Task_A', 'warn', 'Нет исполнителя')]);
    expect([...canvas.markers]).toEqual(['Task_A rw-lint--warn']);
    expect(overlays.of('Task_Inner')).toEqual([]);
  });

  it('marks an element far from the view when the view comes near it, with what the last run found', () => {
    farAway.add('Task_B');
    markers.show([problem('Task_A', 'warn', 'Нет исполнителя'), problem('Task_B', 'error', 'Нет выхода')]);
    expect([...canvas.markers]).toEqual(['Task_A rw-lint--warn']);
    expect(overlays.of('Task_B')).toEqual([]);

    markers.show([problem('Task_A', 'warn', 'Нет исполнителя'), problem('Task_B', 'warn', 'Нет подписи')]);
    farAway.clear();
    areaChanged();

    expect([...canvas.markers].sort()).toEqual(['Task_A rw-lint--warn', 'Task_B rw-lint--warn']);
    expect(overlays.of('Task_B')[0]!.html.title).toBe('Нет подписи');
  });
});
