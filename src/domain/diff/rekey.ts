import type { ModdleElement } from 'bpmn-moddle';
import type { StepPair } from './matchSteps';
import { isModdleElement, singleReferences, slotHolding, type ElementKind, type TreeIndex } from './moddleTree';

/**
 * The structural comparison pairs elements by key: every element of the new tree is known by the
 * id of its old counterpart. The reported elements' counterparts are the step matches; the rest
 * follow from them: what a matched element refers to (a pool's process, a data reference's data
 * object), connections by their matched ends, containers by the same id or by what they contain,
 * details as the only child of their type in the matched parent.
 * An element without a counterpart is known by its own id unless an old element has it, then by
 * a fresh one, so that nothing unrelated is paired by accident. Neither tree is changed.
 */
export function keyNewTree(oldTree: TreeIndex, newTree: TreeIndex, pairs: readonly StepPair[]): Map<ModdleElement, string> {
  const matching = new Correspondence(newTree);
  matching.link(oldTree.root, newTree.root);
  for (const { oldId, newId } of pairs) matching.link(oldTree.byId.get(oldId)!, newTree.byId.get(newId)!);
  matching.byId(oldTree, ['other']);
  matching.byContents();
  matching.byAnchor(oldTree);
  // A connection whose ends changed is still the same connection when it kept its id.
  matching.byId(oldTree, ['connection', 'dataAssociation']);
  matching.byAnchor(oldTree);
  return assignKeys(oldTree, newTree, matching.oldOf);
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
      const newAnchors = uniqueAnchors(this.newTree, (e) => !this.oldOf.has(e), (e) => this.oldOf.get(e)?.id);
      if (newAnchors.size === 0) return;
      const oldAnchors = uniqueAnchors(oldTree, (e) => !this.taken.has(e), (e) => e.id);
      for (const [anchor, element] of newAnchors) {
        const counterpart = oldAnchors.get(anchor);
        if (element && counterpart && this.isOpen(counterpart, element)) {
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

type KeyOf = (element: ModdleElement) => string | undefined;

/** Each anchor's element, null where two share it. */
function uniqueAnchors(tree: TreeIndex, include: (e: ModdleElement) => boolean, keyOf: KeyOf): Map<string, ModdleElement | null> {
  const found = new Map<string, ModdleElement | null>();
  for (const element of tree.elements) {
    if (tree.kindOf.get(element) === 'reported' || !include(element)) continue;
    const anchor = anchorOf(element, tree, keyOf);
    if (anchor) found.set(anchor, found.has(anchor) ? null : element);
  }
  return found;
}

/** Its type and slot, and where it hangs: a connection's ends, a data association's step and data, anything else's parent. */
function anchorOf(element: ModdleElement, tree: TreeIndex, keyOf: KeyOf): string | undefined {
  const kind = tree.kindOf.get(element);
  const head = `${element.$type} ${tree.slotOf.get(element)}`;
  if (kind === 'connection') return joined(head, pathOf(element.sourceRef, keyOf), pathOf(element.targetRef, keyOf));
  const parent = pathOf(element.$parent, keyOf);
  if (kind !== 'dataAssociation') return parent && `${head} ${parent}`;
  const data = element.$type === 'bpmn:DataInputAssociation' ? (element.sourceRef as unknown[] | undefined)?.[0] : element.targetRef;
  return joined(head, parent, pathOf(data, keyOf));
}

function joined(head: string, first: string | undefined, second: string | undefined): string | undefined {
  return first && second ? `${head} ${first} ${second}` : undefined;
}

/** An element without an id (an ioSpecification) is known by its place in one that has one. */
function pathOf(element: unknown, keyOf: KeyOf): string | undefined {
  if (!isModdleElement(element)) return undefined;
  if (element.id) return keyOf(element);
  const parentPath = element.$parent && pathOf(element.$parent, keyOf);
  return parentPath ? `${parentPath}/${slotHolding(element.$parent!, element)}` : undefined;
}

function assignKeys(oldTree: TreeIndex, newTree: TreeIndex, oldOf: Map<ModdleElement, ModdleElement>): Map<ModdleElement, string> {
  const used = new Set([...oldTree.byId.keys(), ...newTree.byId.keys()]);
  const keys = new Map<ModdleElement, string>();
  for (const element of newTree.elements) {
    const realId = element.id!;
    let key = oldOf.get(element)?.id ?? realId;
    if (!oldOf.has(element) && oldTree.byId.has(realId)) {
      let suffix = 1;
      while (used.has(`${realId}~${suffix}`)) suffix++;
      key = `${realId}~${suffix}`;
      used.add(key);
    }
    keys.set(element, key);
  }
  return keys;
}
