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
    const label = shape.label as ModdleElement | undefined;
    layouts.set(drawn, `${bounds(shape)} ${bounds(label)} ${shape.isExpanded === true}`);
  }
  return layouts;
}

function bounds(element: ModdleElement | undefined): string {
  const b = element?.bounds as { x?: number; y?: number; width?: number; height?: number } | undefined;
  return b ? `${b.x},${b.y},${b.width},${b.height}` : '-';
}
