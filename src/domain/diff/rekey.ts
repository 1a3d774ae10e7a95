import type { ModdleElement } from 'bpmn-moddle';
import type { StepPair } from './matchSteps';
import { containmentProperties, isModdleElement, singleReferences, slotHolding, type ElementKind, type TreeIndex } from './moddleTree';

/**
 * bpmn-js-differ pairs elements by id, so before it runs every element of the new tree takes the
 * id of its old counterpart (its key). The reported elements' counterparts are the step matches;
 * the rest follow from them: what a matched element refers to (a pool's process, a data
 * reference's data object), connections by their matched ends, containers by the same id or by
 * what they contain, details as the only child of their type in the matched parent.
 * An element without a counterpart keeps its id unless an old element has it, then gets a fresh
 * one, so that nothing unrelated is paired by accident.
 *
 * Returns the real new id of every key used in the new tree.
 */
export function rekeyNewTree(oldTree: TreeIndex, newTree: TreeIndex, pairs: readonly StepPair[]): Map<string, string> {
  const matching = new Correspondence(newTree);
  matching.link(oldTree.root, newTree.root);
  for (const { oldId, newId } of pairs) matching.link(oldTree.byId.get(oldId)!, newTree.byId.get(newId)!);
  matching.byId(oldTree, ['other']);
  matching.byContents();
  matching.byAnchor(oldTree);
  // A connection whose ends changed is still the same connection when it kept its id.
  matching.byId(oldTree, ['connection', 'dataAssociation']);
  matching.byAnchor(oldTree);

  const realIds = assignKeys(oldTree, newTree, matching.oldOf);
  const keepUnmatched = (e: ModdleElement) => {
    const kind = oldTree.kindOf.get(e) ?? newTree.kindOf.get(e);
    return kind === 'other' || kind === 'dataAssociation';
  };
  for (const [newElement, oldElement] of matching.oldOf) alignChildren(oldElement, newElement, keepUnmatched);
  return realIds;
}

class Correspondence {
  readonly oldOf = new Map<ModdleElement, ModdleElement>();
  private readonly taken = new Set<ModdleElement>();

  constructor(private readonly newTree: TreeIndex) {}

  link(oldElement: ModdleElement, newElement: ModdleElement): void {
    this.oldOf.set(newElement, oldElement);
    this.taken.add(oldElement);
    for (const name of singleReferences(newElement)) {
      const oldTarget = oldElement[name];
      const newTarget = newElement[name];
      if (isModdleElement(oldTarget) && isModdleElement(newTarget) && this.isOpen(oldTarget, newTarget) && this.newTree.kindOf.get(newTarget) === 'other') {
        this.link(oldTarget, newTarget);
      }
    }
  }

  byId(oldTree: TreeIndex, kinds: ElementKind[]): void {
    for (const element of this.newTree.elements) {
      const kind = this.newTree.kindOf.get(element)!;
      const counterpart = oldTree.byId.get(element.id!);
      if (kinds.includes(kind) && counterpart && oldTree.kindOf.get(counterpart) === kind && this.isOpen(counterpart, element)) this.link(counterpart, element);
    }
  }

  /**
   * A container (a process, a lane set) is the one holding most counterparts of its matched
   * children: what ties two pools' processes together when the pools have no names.
   */
  byContents(): void {
    for (let progress = true; progress; ) {
      progress = false;
      const votes = new Map<ModdleElement, Map<ModdleElement, number>>();
      for (const [newElement, oldElement] of this.oldOf) {
        const [newParent, oldParent] = [newElement.$parent, oldElement.$parent];
        if (!newParent || !oldParent || this.newTree.kindOf.get(newParent) !== 'other' || !this.isOpen(oldParent, newParent)) continue;
        const forNew = votes.get(newParent) ?? new Map<ModdleElement, number>();
        votes.set(newParent, forNew.set(oldParent, (forNew.get(oldParent) ?? 0) + 1));
      }
      const ranked = [...votes].flatMap(([newParent, olds]) => [...olds].map(([oldParent, count]) => ({ oldParent, newParent, count })));
      for (const { oldParent, newParent } of ranked.sort((a, b) => b.count - a.count)) {
        if (!this.isOpen(oldParent, newParent)) continue;
        this.link(oldParent, newParent);
        progress = true;
      }
    }
  }

  /** Repeats until nothing more matches: a child's anchor needs its parent matched first. */
  byAnchor(oldTree: TreeIndex): void {
    for (let progress = true; progress; ) {
      progress = false;
      const oldAnchors = uniqueAnchors(oldTree, (e) => !this.taken.has(e), (e) => e.id);
      const newAnchors = uniqueAnchors(this.newTree, (e) => !this.oldOf.has(e), (e) => this.oldOf.get(e)?.id);
      for (const [anchor, element] of newAnchors) {
        const counterpart = oldAnchors.get(anchor);
        if (counterpart && this.isOpen(counterpart, element)) {
          this.link(counterpart, element);
          progress = true;
        }
      }
    }
  }

  private isOpen(oldElement: ModdleElement, newElement: ModdleElement): boolean {
    return oldElement.$type === newElement.$type && !this.taken.has(oldElement) && !this.oldOf.has(newElement);
  }
}

function uniqueAnchors(tree: TreeIndex, include: (e: ModdleElement) => boolean, keyOf: (e: ModdleElement) => string | undefined): Map<string, ModdleElement> {
  const found = new Map<string, ModdleElement | null>();
  for (const element of tree.elements) {
    if (tree.kindOf.get(element) === 'reported' || !include(element)) continue;
    const anchor = anchorOf(element, tree, keyOf);
    if (anchor) found.set(anchor, found.has(anchor) ? null : element);
  }
  return new Map([...found].filter((entry): entry is [string, ModdleElement] => entry[1] !== null));
}

function anchorOf(element: ModdleElement, tree: TreeIndex, keyOf: (e: ModdleElement) => string | undefined): string | undefined {
  // An element without an id (an ioSpecification) is known by its place in one that has one.
  const pathOf = (e: ModdleElement): string | undefined => {
    if (e.id) return keyOf(e);
    const parentPath = e.$parent && pathOf(e.$parent);
    return parentPath && `${parentPath}/${slotHolding(e.$parent!, e)}`;
  };
  const keyed = (...references: unknown[]) => {
    const keys = references.map((r) => (isModdleElement(r) ? pathOf(r) : undefined));
    return keys.every(Boolean) ? `${element.$type} ${tree.slotOf.get(element)} ${keys.join(' ')}` : undefined;
  };
  switch (tree.kindOf.get(element)) {
    case 'connection':
      return keyed(element.sourceRef, element.targetRef);
    case 'dataAssociation':
      return keyed(element.$parent, element.$instanceOf('bpmn:DataInputAssociation') ? (element.sourceRef as unknown[] | undefined)?.[0] : element.targetRef);
    default:
      return keyed(element.$parent);
  }
}

function assignKeys(oldTree: TreeIndex, newTree: TreeIndex, oldOf: Map<ModdleElement, ModdleElement>): Map<string, string> {
  const used = new Set([...oldTree.byId.keys(), ...newTree.byId.keys()]);
  const realIds = new Map<string, string>();
  for (const element of newTree.elements) {
    const realId = element.id!;
    let key = oldOf.get(element)?.id ?? realId;
    if (!oldOf.has(element) && oldTree.byId.has(realId)) {
      let suffix = 1;
      while (used.has(`${realId}~${suffix}`)) suffix++;
      key = `${realId}~${suffix}`;
      used.add(key);
    }
    element.id = key;
    realIds.set(key, realId);
  }
  return realIds;
}

/**
 * Puts the children both sides have first, in the same order, in both lists, and drops the
 * reported elements and connections that have no counterpart: what appears or disappears is
 * known from the matching. The order of flow elements means nothing, and this turns
 * the differ's longest-common-subsequence search (quadratic in list length) into a walk along two
 * equal prefixes.
 */
function alignChildren(oldElement: ModdleElement, newElement: ModdleElement, keepUnmatched: (e: ModdleElement) => boolean): void {
  for (const { name, isMany } of containmentProperties(newElement)) {
    const oldList = oldElement[name];
    const newList = newElement[name];
    if (!isMany || !Array.isArray(oldList) || !Array.isArray(newList) || !hasUniqueIds(oldList) || !hasUniqueIds(newList)) continue;
    const newById = new Map(newList.map((e: ModdleElement) => [e.id!, e]));
    const oldIds = new Set(oldList.map((e: ModdleElement) => e.id!));
    const common = oldList.filter((e: ModdleElement) => newById.has(e.id!));
    const onlyOld = oldList.filter((e: ModdleElement) => !newById.has(e.id!) && keepUnmatched(e));
    const onlyNew = newList.filter((e: ModdleElement) => !oldIds.has(e.id!) && keepUnmatched(e));
    oldList.splice(0, oldList.length, ...common, ...onlyOld);
    newList.splice(0, newList.length, ...common.map((e: ModdleElement) => newById.get(e.id!)!), ...onlyNew);
  }
}

function hasUniqueIds(list: unknown[]): list is ModdleElement[] {
  const ids = new Set<string>();
  for (const item of list) {
    if (!isModdleElement(item) || !item.id || ids.has(item.id)) return false;
    ids.add(item.id);
  }
  return true;
}
