import type { ModdleElement } from 'bpmn-moddle';
import { newModdle } from '../bpmnFile';
import { matchReported, type MatchOverride } from './matchSteps';
import { normaliseName, type TreeIndex } from './moddleTree';
import { positionChanges } from './position';
import { prepareVariant, type PreparedVariant } from './preparedVariant';
import { keyNewTree } from './rekey';
import { diffStepData, type StepDataDiff } from './stepDataDiff';
import { structuralChanges } from './structuralChanges';
import { summarise } from './summary';
import { changeAspects, type ChangeAspect, type ElementChange, type VariantDiff } from './types';

/** The difference between two diagrams given as XML; see diffPreparedVariants. */
export async function diffVariants(oldXml: string, newXml: string, overrides: readonly MatchOverride[] = []): Promise<VariantDiff> {
  const parse = async (xml: string) => prepareVariant((await newModdle().fromXML(xml)).rootElement);
  return diffPreparedVariants(await parse(oldXml), await parse(newXml), overrides);
}

/**
 * The difference between two variants of a process, for the side-by-side view: elements matched
 * (matchSteps, with the user's overrides), every element of the new tree keyed by its old
 * counterpart, the BPMN structure compared over the keys, then the place in the flow and the step
 * data. Neither variant is changed, so a prepared variant serves any number of comparisons.
 * Changed elements and added ones come in the new diagram's order, then removed ones in the old's.
 */
export function diffPreparedVariants(old: PreparedVariant, current: PreparedVariant, overrides: readonly MatchOverride[] = []): VariantDiff {
  const matches = matchReported(old.tree, current.tree, overrides);
  const keys = keyNewTree(old.tree, current.tree, matches);
  const matchedBy = new Map(matches.map((pair) => [pair.oldId, pair.by]));
  const structural = structuralChanges(old.tree, current.tree, keys);
  const position = positionChanges(old.tree, current.tree, keys, new Set(matchedBy.keys()));
  const dataOf = (before: ModdleElement | null, after: ModdleElement | null) => diffStepData(before && (old.data.get(before) ?? null), after && (current.data.get(after) ?? null));

  const changes: ElementChange[] = [];
  for (const element of reported(current.tree)) {
    const key = keys.get(element)!;
    const counterpart = matchedBy.has(key) ? old.tree.byId.get(key) : undefined;
    if (!counterpart) {
      changes.push(withData({ kind: 'added', elementType: element.$type, newId: element.id, newName: element.name, aspects: [] }, dataOf(null, element)));
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
          newId: element.id,
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

  const newKeys = new Set(keys.values());
  const connections = {
    removed: connectionsOf(old.tree).filter((element) => !newKeys.has(element.id!)).map((element) => element.id!),
    added: connectionsOf(current.tree).filter((element) => !old.tree.byId.has(keys.get(element)!)).map((element) => element.id!),
  };
  return { changes, matches, ...summarise(changes, connections) };
}

function aspectsOf(before: ModdleElement, after: ModdleElement, found: ChangeAspect[], data: StepDataDiff | null): ChangeAspect[] {
  const aspects = new Set(found);
  if (data) aspects.add('data');
  if (before.$type !== after.$type) aspects.add('type');
  // Retyped spaces, line breaks or letter case are how names were matched, not a rename.
  if (aspects.has('name') && normaliseName(before.name) === normaliseName(after.name)) aspects.delete('name');
  return changeAspects.filter((aspect) => aspects.has(aspect));
}

function withData(change: ElementChange, data: StepDataDiff | null): ElementChange {
  if (data) change.data = data;
  return change;
}

function reported(tree: TreeIndex): ModdleElement[] {
  return tree.elements.filter((element) => tree.kindOf.get(element) === 'reported');
}

function connectionsOf(tree: TreeIndex): ModdleElement[] {
  return tree.elements.filter((element) => tree.kindOf.get(element) === 'connection');
}
