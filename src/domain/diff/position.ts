import type { ModdleElement } from 'bpmn-moddle';
import { contractedEdges, movedInFlow } from './movedInFlow';
import type { TreeIndex } from './moddleTree';
import type { ChangeAspect } from './types';

/**
 * Where each element present in both variants sits, compared over keys (the new tree re-keyed):
 * its place in the sequence flow ('flow', see movedInFlow), its lanes ('lane': a step handed to
 * another executor), and the other ends of its message flows ('links'). A pure move on the
 * canvas changes none of these.
 */
export function positionChanges(oldTree: TreeIndex, newTree: TreeIndex, matchedKeys: ReadonlySet<string>): Map<string, Set<ChangeAspect>> {
  const changes = new Map<string, Set<ChangeAspect>>();
  const note = (key: string, aspect: ChangeAspect) => changes.set(key, (changes.get(key) ?? new Set<ChangeAspect>()).add(aspect));

  const survivors = new Set([...matchedKeys].filter((key) => oldTree.categoryOf.get(oldTree.byId.get(key)!) === 'flowNode'));
  const edges = (tree: TreeIndex) => contractedEdges(survivors, successorsOf(tree));
  for (const key of movedInFlow(edges(oldTree), edges(newTree))) note(key, 'flow');

  const oldLanes = lanesOf(oldTree);
  const newLanes = lanesOf(newTree);
  const oldPartners = messagePartnersOf(oldTree);
  const newPartners = messagePartnersOf(newTree);
  for (const key of matchedKeys) {
    if ((oldLanes.get(key) ?? '') !== (newLanes.get(key) ?? '')) note(key, 'lane');
    if ((oldPartners.get(key) ?? '') !== (newPartners.get(key) ?? '')) note(key, 'links');
  }
  return changes;
}

function successorsOf(tree: TreeIndex): Map<string, string[]> {
  const successors = new Map<string, string[]>();
  for (const flow of ofType(tree, 'bpmn:SequenceFlow')) {
    const [source, target] = [idOf(flow.sourceRef), idOf(flow.targetRef)];
    if (source && target) successors.set(source, [...(successors.get(source) ?? []), target]);
  }
  return successors;
}

/** The lanes listing each node, as one comparable string. */
function lanesOf(tree: TreeIndex): Map<string, string> {
  const lanes = new Map<string, string[]>();
  for (const lane of ofType(tree, 'bpmn:Lane')) {
    for (const node of (lane.flowNodeRef as unknown[] | undefined) ?? []) {
      const id = idOf(node);
      if (id) lanes.set(id, [...(lanes.get(id) ?? []), lane.id!]);
    }
  }
  return new Map([...lanes].map(([id, list]) => [id, list.sort().join(' ')]));
}

function messagePartnersOf(tree: TreeIndex): Map<string, string> {
  const partners = new Map<string, string[]>();
  const add = (id: string, partner: string) => partners.set(id, [...(partners.get(id) ?? []), partner]);
  for (const flow of ofType(tree, 'bpmn:MessageFlow')) {
    const [source, target] = [idOf(flow.sourceRef), idOf(flow.targetRef)];
    if (!source || !target) continue;
    add(source, `to:${target}`);
    add(target, `from:${source}`);
  }
  return new Map([...partners].map(([id, list]) => [id, list.sort().join(' ')]));
}

function ofType(tree: TreeIndex, type: string): ModdleElement[] {
  return tree.elements.filter((element) => element.$type === type);
}

function idOf(element: unknown): string | undefined {
  return (element as ModdleElement | undefined)?.id;
}
