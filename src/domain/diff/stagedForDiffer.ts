import type { ModdleElement } from 'bpmn-moddle';
import { containmentProperties, isModdleElement, type TreeIndex } from './moddleTree';
import { sameForDiffer } from './sameForDiffer';

/**
 * bpmn-js-differ pairs elements by the ids written in the trees and walks everything they hold.
 * For the length of one diff, the trees are dressed for it: every element of the new tree carries
 * the id of its old counterpart (its key), the diagram section and extension elements are set
 * aside (the layout and the step data have their own comparisons), and the children both sides
 * have come first in the same order (the order of flow elements means nothing, and it turns the
 * differ's quadratic longest-common-subsequence search into a walk along equal prefixes), less
 * the pairs in which it would find nothing (sameForDiffer).
 * Afterwards every property is put back as it was, so a parsed variant stays reusable.
 */
export function withTreesStagedForDiffer<T>(oldTree: TreeIndex, newTree: TreeIndex, keys: ReadonlyMap<ModdleElement, string>, run: () => T): T {
  const stage = new Stage();
  try {
    for (const tree of [oldTree, newTree]) {
      stage.set(tree.root, 'diagrams', undefined);
      for (const element of tree.elements) if (element.extensionElements) stage.set(element, 'extensionElements', undefined);
    }
    for (const [element, key] of keys) if (element.id !== key) stage.set(element, 'id', key);
    const keepUnmatched = (e: ModdleElement) => {
      const kind = oldTree.kindOf.get(e) ?? newTree.kindOf.get(e);
      return kind === 'other' || kind === 'dataAssociation';
    };
    const counterparts = new Map([[newTree.root, oldTree.root]]);
    for (const newElement of newTree.elements) {
      const oldElement = oldTree.byId.get(newElement.id!);
      if (oldElement) counterparts.set(newElement, oldElement);
    }
    for (const [newElement, oldElement] of counterparts) alignChildren(stage, oldElement, newElement, keepUnmatched);
    return run();
  } finally {
    stage.restore();
  }
}

/** Property changes that are undone in reverse order. */
class Stage {
  private readonly undo: (() => void)[] = [];

  set(element: ModdleElement, property: string, value: unknown): void {
    const had = Object.hasOwn(element, property);
    const previous: unknown = element[property];
    element[property] = value;
    this.undo.push(() => {
      if (had) element[property] = previous;
      else delete element[property];
    });
  }

  restore(): void {
    for (const step of this.undo.reverse()) step();
  }
}

/**
 * Puts the children both sides have first, in the same order, in both lists (new arrays: the
 * parsed ones stay untouched), and leaves out the pairs the differ would find the same and the
 * reported elements and connections without a counterpart: what appears or disappears is known
 * from the matching.
 */
function alignChildren(stage: Stage, oldElement: ModdleElement, newElement: ModdleElement, keepUnmatched: (e: ModdleElement) => boolean): void {
  for (const { name, isMany } of containmentProperties(newElement)) {
    const oldList: unknown = oldElement[name];
    const newList: unknown = newElement[name];
    if (!isMany || !Array.isArray(oldList) || !Array.isArray(newList) || !hasUniqueIds(oldList) || !hasUniqueIds(newList)) continue;
    const newById = new Map(newList.map((e) => [e.id!, e]));
    const oldIds = new Set(oldList.map((e) => e.id!));
    const common = oldList.filter((e) => newById.has(e.id!) && !sameForDiffer(e, newById.get(e.id!)!));
    stage.set(oldElement, name, [...common, ...oldList.filter((e) => !newById.has(e.id!) && keepUnmatched(e))]);
    stage.set(newElement, name, [...common.map((e) => newById.get(e.id!)!), ...newList.filter((e) => !oldIds.has(e.id!) && keepUnmatched(e))]);
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
