import type { ModdleElement } from 'bpmn-moddle';
import { readStepData, type StepData } from '../stepData/stepData';
import { layoutsOf } from './layout';
import { indexTree, type TreeIndex } from './moddleTree';

/** One parsed variant as the diff reads it, whatever it is compared with. Read only. */
export interface PreparedVariant {
  tree: TreeIndex;
  /** The step data of every reported element (null where it has none). */
  data: ReadonlyMap<ModdleElement, StepData | null>;
  layouts: ReadonlyMap<ModdleElement, string>;
}

export function prepareVariant(definitions: ModdleElement): PreparedVariant {
  const tree = indexTree(definitions);
  const data = new Map<ModdleElement, StepData | null>();
  for (const element of tree.elements) if (tree.kindOf.get(element) === 'reported') data.set(element, readStepData(element).data);
  return { tree, data, layouts: layoutsOf(definitions) };
}
