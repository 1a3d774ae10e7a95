import type { ModdleElement } from 'bpmn-moddle';
import { newModdle } from '../bpmnFile';
import { readStepData, type StepData } from '../stepData/stepData';
import { matchReported, type MatchOverride } from './matchSteps';
import { layoutsOf } from './layout';
import { indexTree, normaliseName, type TreeIndex } from './moddleTree';
import { positionChanges } from './position';
import { rekeyNewTree } from './rekey';
import { diffStepData, type StepDataDiff } from './stepDataDiff';
import { structuralChanges } from './structuralChanges';
import { summarise } from './summary';
import { changeAspects, type ChangeAspect, type ElementChange, type VariantDiff } from './types';

/**
 * The difference between two variants of a process, for the side-by-side view: elements matched
 * (matchSteps, with the user's overrides), the new tree re-keyed to the old ids, the BPMN
 * structure compared by bpmn-js-differ, the place in the flow and the step data by our own code.
 * Changed elements and added ones come in the new diagram's order, then removed ones in the old's.
 */
export async function diffVariants(oldXml: string, newXml: string, overrides: readonly MatchOverride[] = []): Promise<VariantDiff> {
  return diffParsedVariants(await parse(oldXml), await parse(newXml), overrides);
}

/**
 * The same over definitions the caller parsed (with newModdle) for something else first, to
 * parse once. The trees are used up: ids renamed, edges and extension elements detached.
 */
export function diffParsedVariants(oldDefinitions: ModdleElement, newDefinitions: ModdleElement, overrides: readonly MatchOverride[] = []): VariantDiff {
  const old = prepare(oldDefinitions);
  const current = prepare(newDefinitions);
  const matches = matchReported(old.tree, current.tree, overrides);
  const realIds = rekeyNewTree(old.tree, current.tree, matches);
  const matchedBy = new Map(matches.map((pair) => [pair.oldId, pair.by]));
  const structural = structuralChanges(old.tree, current.tree);
  const position = positionChanges(old.tree, current.tree, new Set(matchedBy.keys()));
  const dataOf = (before: ModdleElement | null, after: ModdleElement | null) => diffStepData(before && (old.data.get(before) ?? null), after && (current.data.get(after) ?? null));

  const changes: ElementChange[] = [];
  for (const element of reported(current.tree)) {
    const key = element.id!;
    const counterpart = matchedBy.has(key) ? old.tree.byId.get(key) : undefined;
    if (!counterpart) {
      changes.push(withData({ kind: 'added', elementType: element.$type, newId: realIds.get(key), newName: element.name, aspects: [] }, dataOf(null, element)));
      continue;
    }
    const data = dataOf(counterpart, element);
    const movedOnCanvas = old.layouts.get(counterpart) !== current.layouts.get(element);
    const aspects = aspectsOf(counterpart, element, [...(structural.aspects.get(key) ?? []), ...(position.get(key) ?? []), ...(movedOnCanvas ? ['layout' as const] : [])], data);
    if (aspects.length === 0) continue;
    changes.push(
      withData(
        {
          kind: 'changed',
          elementType: element.$type,
          oldType: counterpart.$type !== element.$type ? counterpart.$type : undefined,
          oldId: key,
          newId: realIds.get(key),
          oldName: counterpart.name,
          newName: element.name,
          matchedBy: matchedBy.get(key),
          aspects,
          properties: aspects.includes('properties') ? [...(structural.properties.get(key) ?? [])].sort() : undefined,
        },
        data,
      ),
    );
  }
  for (const element of reported(old.tree)) {
    if (!matchedBy.has(element.id!)) changes.push(withData({ kind: 'removed', elementType: element.$type, oldId: element.id, oldName: element.name, aspects: [] }, dataOf(element, null)));
  }

  const newKeys = new Set(current.tree.elements.map((element) => element.id!));
  const connections = {
    removed: connectionIds(old.tree).filter((id) => !newKeys.has(id)),
    added: connectionIds(current.tree).filter((key) => !old.tree.byId.has(key)).map((key) => realIds.get(key)!),
  };
  return { changes, matches, ...summarise(changes, connections) };
}

function aspectsOf(before: ModdleElement, after: ModdleElement, found: ChangeAspect[], data: StepDataDiff | null): ChangeAspect[] {
  const aspects = new Set(found);
  if (data) aspects.add('data');
  if (before.$type !== after.$type) aspects.add('type');
  // Retyped spaces, line breaks or letter case are how names were matched, not a rename.
  if (normaliseName(before.name) === normaliseName(after.name)) aspects.delete('name');
  return changeAspects.filter((aspect) => aspects.has(aspect));
}

function withData(change: ElementChange, data: StepDataDiff | null): ElementChange {
  return data ? { ...change, data } : change;
}

async function parse(xml: string): Promise<ModdleElement> {
  return (await newModdle().fromXML(xml)).rootElement;
}

function reported(tree: TreeIndex): ModdleElement[] {
  return tree.elements.filter((element) => tree.kindOf.get(element) === 'reported');
}

function connectionIds(tree: TreeIndex): string[] {
  return tree.elements.filter((element) => tree.kindOf.get(element) === 'connection').map((element) => element.id!);
}

interface PreparedVariant {
  tree: TreeIndex;
  data: Map<ModdleElement, StepData | null>;
  layouts: Map<ModdleElement, string>;
}

/**
 * Reads a parsed variant's step data and layout, then detaches them so the differ does not walk
 * them again: extension elements and the diagram section.
 */
function prepare(definitions: ModdleElement): PreparedVariant {
  const layouts = layoutsOf(definitions);
  definitions.diagrams = undefined;
  const tree = indexTree(definitions);
  const data = new Map<ModdleElement, StepData | null>();
  for (const element of tree.elements) {
    if (tree.kindOf.get(element) === 'reported') data.set(element, readStepData(element).data);
    if (element.extensionElements) element.extensionElements = undefined;
  }
  return { tree, data, layouts };
}
