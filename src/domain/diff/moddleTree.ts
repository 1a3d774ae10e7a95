import type { ModdleElement } from 'bpmn-moddle';

export type ReportedCategory = 'flowNode' | 'lane' | 'participant' | 'data';

/**
 * - reported: listed in the change list (steps, events, gateways, sub-processes, lanes, pools,
 *   data object and store references);
 * - connection: sequence and message flows, folded into the 'flow' and 'links' of their ends;
 * - dataAssociation: a step's link to a data object or store, part of the step's 'links';
 * - other: containers and details (processes, lane sets, event definitions, data objects…).
 */
export type ElementKind = 'reported' | 'connection' | 'dataAssociation' | 'other';

/**
 * One parsed variant, indexed once: every element with an id in document order (parents before
 * children, also by type), the property of its parent that holds it, and what the diff treats it as.
 */
export interface TreeIndex {
  root: ModdleElement;
  elements: ModdleElement[];
  byId: Map<string, ModdleElement>;
  slotOf: Map<ModdleElement, string>;
  kindOf: Map<ModdleElement, ElementKind>;
  categoryOf: Map<ModdleElement, ReportedCategory>;
  byType: Map<string, ModdleElement[]>;
}

/** The parts of moddle's descriptors the diff reads. */
export interface PropertyDescriptor {
  name: string;
  type: string;
  isMany?: boolean;
  isReference?: boolean;
  isVirtual?: boolean;
}

export interface TypeDescriptor {
  properties: PropertyDescriptor[];
  isGeneric?: boolean;
}

const containmentCache = new WeakMap<TypeDescriptor, PropertyDescriptor[]>();
const simpleTypes = new Set(['String', 'Boolean', 'Integer', 'Real']);

/** Properties that hold child elements (not references nor attributes), as the moddle descriptor declares them. */
export function containmentProperties(element: ModdleElement): PropertyDescriptor[] {
  const descriptor = element.$descriptor as TypeDescriptor | undefined;
  if (!descriptor || descriptor.isGeneric) return [];
  let cached = containmentCache.get(descriptor);
  if (!cached) {
    cached = descriptor.properties.filter((p) => !p.isReference && !p.isVirtual && !simpleTypes.has(p.type));
    containmentCache.set(descriptor, cached);
  }
  return cached;
}

const referenceCache = new WeakMap<TypeDescriptor, string[]>();

/** Single-valued references (participant → process, data reference → data object…). */
export function singleReferences(element: ModdleElement): string[] {
  const descriptor = element.$descriptor as TypeDescriptor | undefined;
  if (!descriptor) return [];
  let cached = referenceCache.get(descriptor);
  if (!cached) {
    cached = descriptor.properties.filter((p) => p.isReference && !p.isMany && !p.isVirtual).map((p) => p.name);
    referenceCache.set(descriptor, cached);
  }
  return cached;
}

/** The property of `parent` that contains `child`. */
export function slotHolding(parent: ModdleElement, child: ModdleElement): string {
  for (const { name } of containmentProperties(parent)) {
    const value = parent[name];
    if (value === child || (Array.isArray(value) && value.includes(child))) return name;
  }
  return '';
}

export function isModdleElement(value: unknown): value is ModdleElement {
  return typeof value === 'object' && value !== null && typeof (value as ModdleElement).$instanceOf === 'function';
}

export function indexTree(root: ModdleElement): TreeIndex {
  const index: TreeIndex = { root, elements: [], byId: new Map(), slotOf: new Map(), kindOf: new Map(), categoryOf: new Map(), byType: new Map() };
  const visit = (element: ModdleElement, slot: string) => {
    if (element.id) {
      index.elements.push(element);
      if (!index.byId.has(element.id)) index.byId.set(element.id, element);
      index.slotOf.set(element, slot);
      const type = element.$type;
      const { category, kind } = classify(type, element);
      if (category) index.categoryOf.set(element, category);
      index.kindOf.set(element, kind);
      const sameType = index.byType.get(type);
      if (sameType) sameType.push(element);
      else index.byType.set(type, [element]);
    }
    for (const property of containmentProperties(element)) {
      // Extension content is vendors' and our step data: the step-data diff reads the latter. The
      // diagram is compared as each element's layout (see layoutsOf).
      if (property.name === 'extensionElements' || property.name === 'diagrams') continue;
      const value = element[property.name];
      if (Array.isArray(value)) {
        for (const child of value) if (isModdleElement(child)) visit(child, property.name);
      } else if (isModdleElement(value)) visit(value, property.name);
    }
  };
  visit(root, '');
  return index;
}

const classes = new Map<string, { category: ReportedCategory | undefined; kind: ElementKind }>();

/** By type name, once per type: $instanceOf walks the type hierarchy on every call. */
function classify(type: string, element: ModdleElement): { category: ReportedCategory | undefined; kind: ElementKind } {
  let found = classes.get(type);
  if (!found) {
    const category = reportedCategory(element);
    found = { category, kind: category ? 'reported' : kindOfUnreported(element) };
    classes.set(type, found);
  }
  return found;
}

function reportedCategory(element: ModdleElement): ReportedCategory | undefined {
  if (element.$instanceOf('bpmn:FlowNode')) return 'flowNode';
  if (element.$instanceOf('bpmn:Lane')) return 'lane';
  if (element.$instanceOf('bpmn:Participant')) return 'participant';
  if (element.$instanceOf('bpmn:DataObjectReference') || element.$instanceOf('bpmn:DataStoreReference')) return 'data';
  return undefined;
}

function kindOfUnreported(element: ModdleElement): ElementKind {
  if (element.$instanceOf('bpmn:SequenceFlow') || element.$instanceOf('bpmn:MessageFlow')) return 'connection';
  if (element.$instanceOf('bpmn:DataAssociation')) return 'dataAssociation';
  return 'other';
}

/**
 * What must agree for two elements to match by name. All activities are one family (a user
 * task automated into a service task, or a task expanded into a sub-process, is the same step
 * changed), events split by position (start, intermediate, boundary, end), all gateways are one;
 * anything else by its own type.
 */
export function nameFamily(element: ModdleElement): string {
  if (element.$instanceOf('bpmn:Activity')) return 'activity';
  if (element.$instanceOf('bpmn:StartEvent')) return 'startEvent';
  if (element.$instanceOf('bpmn:EndEvent')) return 'endEvent';
  if (element.$instanceOf('bpmn:BoundaryEvent')) return 'boundaryEvent';
  if (element.$instanceOf('bpmn:Event')) return 'intermediateEvent';
  if (element.$instanceOf('bpmn:Gateway')) return 'gateway';
  return element.$type;
}

/** Names written by different people or tools differ in case, spacing and line breaks only. */
export function normaliseName(name: string | undefined): string {
  return (name ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}
