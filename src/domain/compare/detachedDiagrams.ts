import type { ModdleElement } from 'bpmn-moddle';
import { layoutOf, type DrawnShape } from '../diff/layout';
import { readParts } from './detachedParts';
import { diagramUri } from './detachedXml';

const prefixes = { [diagramUri]: 'bpmndi', 'http://www.omg.org/spec/DD/20100524/DC': 'dc', 'http://www.omg.org/spec/DD/20100524/DI': 'di' };

/** Where each element may stand, by its parent: the diagram interchange as bpmn-moddle declares it. */
const allowedIn: Record<string, readonly string[]> = {
  '': ['bpmndi:BPMNDiagram'],
  'bpmndi:BPMNDiagram': ['bpmndi:BPMNPlane', 'bpmndi:BPMNLabelStyle'],
  'bpmndi:BPMNPlane': ['bpmndi:BPMNShape', 'bpmndi:BPMNEdge'],
  'bpmndi:BPMNShape': ['dc:Bounds', 'bpmndi:BPMNLabel'],
  'bpmndi:BPMNEdge': ['di:waypoint', 'bpmndi:BPMNLabel'],
  'bpmndi:BPMNLabel': ['dc:Bounds'],
  'bpmndi:BPMNLabelStyle': ['dc:Font'],
  'dc:Bounds': [],
  'dc:Font': [],
  'di:waypoint': [],
};

/** The drawing cut out of a variant: its shapes as moddle would list them, and every id it gives. */
export interface DetachedDiagrams {
  /** Shapes of the plane of each diagram (the last, as moddle keeps one), in order, with the id of what they draw. */
  shapes: (DrawnShape & { bpmnElement: string | undefined })[];
  ids: string[];
}

type Bounds = NonNullable<DrawnShape['bounds']>;

/** moddle's dc:Bounds: numbers parsed as Real, and x and y "0" when not written. */
function boundsOf(attributes: Record<string, string>): Bounds {
  const real = (name: string) => {
    const value = attributes[name];
    return value === undefined ? undefined : parseFloat(value);
  };
  return { x: real('x') ?? '0', y: real('y') ?? '0', width: real('width'), height: real('height') };
}

/**
 * Reads the <bpmndi:BPMNDiagram> parts cut out of a variant (detachXml) for the layouts; null when a
 * part holds an element the diagram interchange does not declare there, which moddle would refuse.
 */
export function readDetachedDiagrams(parts: readonly string[], namespaces: string): DetachedDiagrams | null {
  const shapes: DetachedDiagrams['shapes'] = [];
  const ids: string[] = [];
  const stack: string[] = [''];
  let plane: DetachedDiagrams['shapes'] = [];
  let shape: DetachedDiagrams['shapes'][number] | null = null;
  let label: { bounds?: Bounds } | null = null;
  const read = readParts(parts, namespaces, prefixes, {
    open(name, readAttributes) {
      const parent = stack.at(-1)!;
      if (!allowedIn[parent]?.includes(name)) return false;
      stack.push(name);
      // Points and fonts have no id, and nothing here reads them.
      if (name === 'di:waypoint' || name === 'dc:Font') return true;
      const attributes = readAttributes();
      if (!attributes) return false;
      if (attributes.id !== undefined) ids.push(attributes.id);
      if (name === 'bpmndi:BPMNPlane') plane = [];
      else if (name === 'bpmndi:BPMNShape') {
        shape = { bpmnElement: attributes.bpmnElement, isExpanded: attributes.isExpanded === undefined ? undefined : attributes.isExpanded === 'true' };
        plane.push(shape);
      } else if (name === 'bpmndi:BPMNLabel') label = parent === 'bpmndi:BPMNShape' && shape ? (shape.label = {}) : null;
      else if (name === 'dc:Bounds') {
        if (parent === 'bpmndi:BPMNShape' && shape) shape.bounds = boundsOf(attributes);
        else if (parent === 'bpmndi:BPMNLabel' && label) label.bounds = boundsOf(attributes);
      }
      return true;
    },
    close() {
      const name = stack.pop();
      if (name === 'bpmndi:BPMNDiagram') {
        shapes.push(...plane);
        plane = [];
      }
      if (name === 'bpmndi:BPMNShape') shape = null;
      if (name === 'bpmndi:BPMNLabel') label = null;
    },
    // moddle warns of text in the diagram and leaves it out.
    text: () => true,
  });
  return read ? { shapes, ids } : null;
}

/** The layouts as layoutsOf gives them from the whole parse, with the references resolved as moddle resolves them. */
export function detachedLayouts(diagrams: DetachedDiagrams, elementsById: Record<string, ModdleElement>): Map<ModdleElement, string> {
  const layouts = new Map<ModdleElement, string>();
  for (const shape of diagrams.shapes) {
    const drawn = shape.bpmnElement === undefined ? undefined : elementsById[shape.bpmnElement];
    if (drawn && !layouts.has(drawn)) layouts.set(drawn, layoutOf(shape));
  }
  return layouts;
}
