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

/** How a variant's step data and layouts are read when they were parsed apart from its moddle tree. */
export interface VariantParts {
  stepDataOf: (element: ModdleElement) => StepData | null;
  layouts: () => ReadonlyMap<ModdleElement, string>;
}

export function prepareVariant(definitions: ModdleElement, parts?: VariantParts): PreparedVariant {
  const tree = indexTree(definitions);
  const stepDataOf = parts?.stepDataOf ?? ((element: ModdleElement) => readStepData(element).data);
  const data = new Map<ModdleElement, StepData | null>();
  for (const element of tree.elements) if (tree.kindOf.get(element) === 'reported') data.set(element, stepDataOf(element));
  return { tree, data, layouts: parts ? parts.layouts() : layoutsOf(definitions) };
}
