import type { ModdleElement } from 'bpmn-moddle';
import { contractedEdges, movedInFlow } from './movedInFlow';
import type { TreeIndex } from './moddleTree';
import type { ChangeAspect } from './types';

/**
 * Where each element present in both variants sits, compared over keys (see keyNewTree):
 * its place in the sequence flow ('flow', see movedInFlow), its lanes ('lane': a step handed to
 * another executor), and the other ends of its message flows ('links'). A pure move on the
 * canvas changes none of these.
 */
export function positionChanges(oldTree: TreeIndex, newTree: TreeIndex, keys: ReadonlyMap<ModdleElement, string>, matchedKeys: ReadonlySet<string>): Map<string, Set<ChangeAspect>> {
  const changes = new Map<string, Set<ChangeAspect>>();
  const note = (key: string, aspect: ChangeAspect) => changes.set(key, (changes.get(key) ?? new Set<ChangeAspect>()).add(aspect));
  const oldKey: KeyOf = (element) => (element as ModdleElement | undefined)?.id;
  const newKey: KeyOf = (element) => keys.get(element as ModdleElement) ?? oldKey(element);

  const survivors = new Set([...matchedKeys].filter((key) => oldTree.categoryOf.get(oldTree.byId.get(key)!) === 'flowNode'));
  const edges = (tree: TreeIndex, keyOf: KeyOf) => contractedEdges(survivors, successorsOf(tree, keyOf));
  for (const key of movedInFlow(edges(oldTree, oldKey), edges(newTree, newKey))) note(key, 'flow');

  const oldLanes = lanesOf(oldTree, oldKey);
  const newLanes = lanesOf(newTree, newKey);
  const oldPartners = messagePartnersOf(oldTree, oldKey);
  const newPartners = messagePartnersOf(newTree, newKey);
  for (const key of matchedKeys) {
    if ((oldLanes.get(key) ?? '') !== (newLanes.get(key) ?? '')) note(key, 'lane');
    if ((oldPartners.get(key) ?? '') !== (newPartners.get(key) ?? '')) note(key, 'links');
  }
  return changes;
}

/** An element's key in its tree; references may be unresolved. */
type KeyOf = (element: unknown) => string | undefined;

function successorsOf(tree: TreeIndex, keyOf: KeyOf): Map<string, string[]> {
  const successors = new Map<string, string[]>();
  for (const flow of ofType(tree, 'bpmn:SequenceFlow')) {
    const [source, target] = [keyOf(flow.sourceRef), keyOf(flow.targetRef)];
    if (!source || !target) continue;
    const next = successors.get(source);
    if (next) next.push(target);
    else successors.set(source, [target]);
  }
  return successors;
}

/** The lanes listing each node, as one comparable string. */
function lanesOf(tree: TreeIndex, keyOf: KeyOf): Map<string, string> {
  const lanes = new Map<string, string[]>();
  for (const lane of ofType(tree, 'bpmn:Lane')) {
    for (const node of (lane.flowNodeRef as unknown[] | undefined) ?? []) {
      const id = keyOf(node);
      if (id) lanes.set(id, [...(lanes.get(id) ?? []), keyOf(lane)!]);
    }
  }
  return new Map([...lanes].map(([id, list]) => [id, list.sort().join(' ')]));
}

function messagePartnersOf(tree: TreeIndex, keyOf: KeyOf): Map<string, string> {
  const partners = new Map<string, string[]>();
  const add = (id: string, partner: string) => partners.set(id, [...(partners.get(id) ?? []), partner]);
  for (const flow of ofType(tree, 'bpmn:MessageFlow')) {
    const [source, target] = [keyOf(flow.sourceRef), keyOf(flow.targetRef)];
    if (!source || !target) continue;
    add(source, `to:${target}`);
    add(target, `from:${source}`);
  }
  return new Map([...partners].map(([id, list]) => [id, list.sort().join(' ')]));
}

function ofType(tree: TreeIndex, type: string): ModdleElement[] {
  return tree.byType.get(type) ?? [];
}
