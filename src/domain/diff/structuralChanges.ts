import type { ModdleElement } from 'bpmn-moddle';
import { diff, type ChangeHandlerLike } from 'bpmn-js-differ';
import { isModdleElement, slotHolding, type ElementKind, type TreeIndex } from './moddleTree';
import { withTreesStagedForDiffer } from './stagedForDiffer';
import type { ChangeAspect } from './types';

/** What bpmn-js-differ saw change on each reported element of both trees, by key. */
export interface StructuralFindings {
  aspects: Map<string, Set<ChangeAspect>>;
  /** The BPMN properties behind each element's 'properties' aspect. */
  properties: Map<string, Set<string>>;
}

/**
 * Runs bpmn-js-differ over the old tree and the new one, the new one keyed by its old counterparts
 * for the length of the run (see withTreesStagedForDiffer). Its own ChangeHandler keeps
 * only the top-level name of nested changes and credits the differences inside a detail (a
 * timer's duration, a flow's condition) to nothing; this one credits every difference to the
 * reported element that owns it, through the moddle parent chain. Added and removed elements,
 * sequence-flow ends and lane membership are not taken from here: they follow from the matching
 * (see diffVariants), nor the layout (see layoutsOf). Anything under extensionElements is left to
 * the step-data diff.
 */
export function structuralChanges(oldTree: TreeIndex, newTree: TreeIndex, keys: ReadonlyMap<ModdleElement, string>): StructuralFindings {
  // One parsed variant compared with itself (two variants with the same XML share it).
  if (oldTree.root === newTree.root) return { aspects: new Map(), properties: new Map() };
  return withTreesStagedForDiffer(oldTree, newTree, keys, () => diff(oldTree.root, newTree.root, new OwnerCredit(oldTree, newTree)).findings);
}

const ignoredProperties = new Set([
  'id',
  'extensionElements',
  // the step's place in the flow, its lane and its children are compared over the matching
  'incoming',
  'outgoing',
  'flowNodeRef',
  'flowElements',
  'childLaneSet',
  'laneSets',
  'artifacts',
  'processRef',
]);

const aspectOfProperty = new Map<string, ChangeAspect>([
  ['name', 'name'],
  ['$type', 'type'],
  ['eventDefinitions', 'type'],
  ['cancelActivity', 'type'],
  ['isInterrupting', 'type'],
  ['attachedToRef', 'flow'],
  ['default', 'flow'],
  // a step's data associations and the placeholders bpmn-js creates for them
  ['dataInputAssociations', 'links'],
  ['dataOutputAssociations', 'links'],
  ['properties', 'links'],
  ['ioSpecification', 'links'],
]);

class OwnerCredit implements ChangeHandlerLike {
  readonly findings: StructuralFindings = { aspects: new Map(), properties: new Map() };

  constructor(
    private readonly oldTree: TreeIndex,
    private readonly newTree: TreeIndex,
  ) {}

  added(model: ModdleElement, property: string, element: unknown): void {
    this.credit(model, property, element);
  }

  removed(model: ModdleElement, property: string, element: unknown): void {
    this.credit(model, property, element);
  }

  changed(model: ModdleElement, property: string, ...values: unknown[]): void {
    // Without values the differ only announces changes further down, each reported on its own;
    // a number attribute written empty reads as NaN, which the differ finds unequal to itself.
    if (values.length === 0 || Object.is(values[0], values[1])) return;
    this.credit(model, property);
  }

  moved(): void {}

  private credit(model: ModdleElement, property: string, element?: unknown): void {
    // A whole reported element or connection that appears or disappears is in the matching.
    const kind = isModdleElement(element) ? this.kind(element) : 'other';
    if (kind === 'reported' || kind === 'connection') return;
    let owner: ModdleElement | undefined = model;
    let slot = property;
    while (owner) {
      if (owner.$instanceOf('bpmn:ExtensionElements')) return;
      if (this.kind(owner) === 'reported') return this.creditOwner(owner, slot, owner === model || property === '$type');
      if (owner.$instanceOf('bpmn:SequenceFlow')) return this.creditFlow(owner, slot);
      if (!owner.$parent) return;
      slot = slotHolding(owner.$parent, owner);
      owner = owner.$parent;
    }
  }

  /** The differ hands over new-tree models, and removed elements from the old tree. */
  private kind(element: ModdleElement): ElementKind {
    return this.newTree.kindOf.get(element) ?? this.oldTree.kindOf.get(element) ?? 'other';
  }

  /** An event's kind is the type of its definitions; what is inside them (a duration) is a property. */
  private creditOwner(owner: ModdleElement, slot: string, ownOrRetyped: boolean): void {
    if (ignoredProperties.has(slot)) return;
    const aspect = slot === 'eventDefinitions' && !ownOrRetyped ? 'properties' : (aspectOfProperty.get(slot) ?? 'properties');
    this.note(owner.id!, aspect);
    if (aspect === 'properties') setOf(this.findings.properties, owner.id!).add(slot);
  }

  /** A flow's condition or label is a change of the flow out of its source (a gateway's branch). */
  private creditFlow(flow: ModdleElement, slot: string): void {
    const source = flow.sourceRef as ModdleElement | undefined;
    if (slot !== 'sourceRef' && slot !== 'targetRef' && slot !== 'id' && source?.id) this.note(source.id, 'flow');
  }

  private note(key: string, aspect: ChangeAspect): void {
    setOf(this.findings.aspects, key).add(aspect);
  }
}

function setOf<T>(map: Map<string, Set<T>>, key: string): Set<T> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}
