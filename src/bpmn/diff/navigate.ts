import type Canvas from 'diagram-js/lib/core/Canvas';
import type { Element, Shape } from 'diagram-js/lib/model/Types';
import { getBBox } from 'diagram-js/lib/util/Elements';
import type { BpmnEditor } from '../createEditor';
import { everyElement } from '../planes';

interface Selection {
  select(element: Element | null): void;
}

interface BusinessObject {
  $type: string;
  name?: string;
}

const elementOf = (editor: BpmnEditor, id: string) => everyElement(editor).get(id) as (Element & { businessObject?: BusinessObject }) | undefined;

/** The element's BPMN type and name as drawn, or undefined when the diagram has no such element. */
export function elementInfo(editor: BpmnEditor, id: string): { type: string; name?: string } | undefined {
  const businessObject = elementOf(editor, id)?.businessObject;
  return businessObject && { type: businessObject.$type, name: businessObject.name };
}

/** Centres the view on the element at the current zoom; false when there is no such element. */
export function centreOn(editor: BpmnEditor, id: string): boolean {
  const element = elementOf(editor, id);
  if (!element) return false;
  const canvas = editor.get<Canvas>('canvas');
  // scrollToElement first: it switches to the plane of a collapsed sub-process the element is in.
  canvas.scrollToElement(element);
  const { width, height } = canvas.viewbox();
  const box = getBBox(element);
  canvas.viewbox({ x: box.x + box.width / 2 - width / 2, y: box.y + box.height / 2 - height / 2, width, height });
  return true;
}

/** Selects the element, or nothing (id undefined or not in the diagram). */
export function selectOnly(editor: BpmnEditor, id: string | undefined): void {
  editor.get<Selection>('selection').select((id && elementOf(editor, id)) || null);
}

/** The ids of the elements next to this one: the ends of its connections, its boundary host or events, its container. */
export function neighbourIds(editor: BpmnEditor, id: string): string[] {
  const element = elementOf(editor, id) as (Shape & { attachers?: Shape[] }) | undefined;
  if (!element) return [];
  const near: (Element | undefined)[] = [
    ...(element.incoming ?? []).map((connection) => connection.source),
    ...(element.outgoing ?? []).map((connection) => connection.target),
    element.host,
    ...(element.attachers ?? []),
    // A root (the process, or the plane of a collapsed sub-process) is no step to centre on.
    element.parent?.parent ? element.parent : undefined,
  ];
  return near.filter((neighbour): neighbour is Element => neighbour !== undefined).map((neighbour) => neighbour.id);
}
