import type { ModdleElement } from 'bpmn-moddle';
import { planeElementsOf } from '../moddleLists';

/**
 * Where each element is drawn, as one comparable string: its shape's bounds, its label's bounds,
 * and whether a sub-process is drawn expanded. Compared here rather than by bpmn-js-differ: the
 * differ's walk through the diagram costs as much as its walk through the process, for a
 * comparison of four numbers. Edges are left out: they follow their ends.
 */
export function layoutsOf(definitions: ModdleElement): Map<ModdleElement, string> {
  const layouts = new Map<ModdleElement, string>();
  for (const shape of planeElementsOf(definitions)) {
    const drawn = shape.bpmnElement as ModdleElement | undefined;
    if (!shape.$instanceOf('bpmndi:BPMNShape') || !drawn || layouts.has(drawn)) continue;
    layouts.set(drawn, layoutOf(shape as DrawnShape));
  }
  return layouts;
}

/** What a layout is made of: a BPMNShape as moddle reads it (or as the comparison reads it from detached XML). */
export interface DrawnShape {
  bounds?: Bounds;
  label?: { bounds?: Bounds };
  isExpanded?: unknown;
}

/** moddle leaves x and y at their declared default, the string "0", when they are not written. */
type Bounds = { x?: number | string; y?: number | string; width?: number; height?: number };

export function layoutOf(shape: DrawnShape): string {
  return `${bounds(shape.bounds)} ${bounds(shape.label?.bounds)} ${shape.isExpanded === true}`;
}

function bounds(b: Bounds | undefined): string {
  return b ? `${b.x},${b.y},${b.width},${b.height}` : '-';
}
