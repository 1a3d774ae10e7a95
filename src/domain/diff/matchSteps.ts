import type { ModdleElement } from 'bpmn-moddle';
import { indexTree, nameFamily, normaliseName, type TreeIndex } from './moddleTree';

export type MatchedBy = 'id' | 'name' | 'user';

/** Two elements taken as the same one in both variants (ids as they are in each diagram). */
export interface StepPair {
  oldId: string;
  newId: string;
  by: MatchedBy;
}

/** The user's correction: these two are the same element, or (newId null) the old one has no counterpart. */
export interface MatchOverride {
  oldId: string;
  newId: string | null;
}

/**
 * Which element of the new variant is which of the old, for everything the change list reports.
 * The user's overrides first; then the same id within the same category (a variant copied from
 * another keeps ids, even when a step's type changes); then, among the rest, the same
 * normalised name within the same family (see nameFamily) when exactly one element on each side
 * has it: an ambiguous or empty name matches nothing. Pairs are in the old diagram's order.
 */
export function matchSteps(oldDefinitions: ModdleElement, newDefinitions: ModdleElement, overrides: readonly MatchOverride[] = []): StepPair[] {
  return matchReported(indexTree(oldDefinitions), indexTree(newDefinitions), overrides);
}

export function matchReported(oldTree: TreeIndex, newTree: TreeIndex, overrides: readonly MatchOverride[]): StepPair[] {
  const oldReported = reportedById(oldTree);
  const newReported = reportedById(newTree);
  const pairs: StepPair[] = [];
  const takenOld = new Set<string>();
  const takenNew = new Set<string>();
  const pair = (oldId: string, newId: string, by: MatchedBy) => {
    pairs.push({ oldId, newId, by });
    takenOld.add(oldId);
    takenNew.add(newId);
  };

  for (const { oldId, newId } of overrides) {
    if (!oldReported.has(oldId) || takenOld.has(oldId)) continue;
    if (newId === null) takenOld.add(oldId);
    else if (newReported.has(newId) && !takenNew.has(newId)) pair(oldId, newId, 'user');
  }
  for (const [id, element] of oldReported) {
    const counterpart = newReported.get(id);
    if (counterpart && !takenOld.has(id) && !takenNew.has(id) && oldTree.categoryOf.get(element) === newTree.categoryOf.get(counterpart)) pair(id, id, 'id');
  }
  const oldByName = byNameKey(oldReported, takenOld);
  const newByName = byNameKey(newReported, takenNew);
  for (const [key, olds] of oldByName) {
    const news = newByName.get(key);
    if (olds.length === 1 && news?.length === 1) pair(olds[0]!, news[0]!, 'name');
  }

  const order = new Map([...oldReported.keys()].map((id, position) => [id, position]));
  return pairs.sort((a, b) => order.get(a.oldId)! - order.get(b.oldId)!);
}

function reportedById(tree: TreeIndex): Map<string, ModdleElement> {
  const reported = new Map<string, ModdleElement>();
  for (const element of tree.elements) if (tree.kindOf.get(element) === 'reported' && !reported.has(element.id!)) reported.set(element.id!, element);
  return reported;
}

function byNameKey(reported: Map<string, ModdleElement>, taken: Set<string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [id, element] of reported) {
    const name = normaliseName(element.name);
    if (taken.has(id) || !name) continue;
    const key = `${nameFamily(element)}\n${name}`;
    const group = groups.get(key);
    if (group) group.push(id);
    else groups.set(key, [id]);
  }
  return groups;
}
