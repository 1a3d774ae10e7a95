import type { ModdleElement } from 'bpmn-moddle';
import { newModdle } from '../bpmnFile';
import { prepareVariant, type PreparedVariant, type VariantParts } from '../diff/preparedVariant';
import { readStepData } from '../stepData/stepData';
import { parseDetachedVariant } from './detachedVariant';
import { extractFacts, type VariantFacts } from './facts';

/**
 * A variant's diagram read once for both views of the comparison page: the facts behind its
 * metrics, and the tree the diff walks. Nothing changes it afterwards, so one may be kept and
 * compared again (see cachedVariant).
 */
export interface ParsedVariant {
  facts: VariantFacts;
  prepared: PreparedVariant;
}

export async function parseVariant(xml: string): Promise<ParsedVariant> {
  const { definitions, parts } = await parseDefinitions(xml);
  return readVariant(definitions, parts);
}

/** Parsed with the step data and the drawing cut out and read apart where that is exact (detachedVariant.ts), else whole. */
export async function parseDefinitions(xml: string): Promise<{ definitions: ModdleElement; parts?: VariantParts }> {
  return (await parseDetachedVariant(xml)) ?? { definitions: (await newModdle().fromXML(xml)).rootElement };
}

/**
 * From definitions parsed with newModdle; each step's data is read once, for the facts and the diff.
 * `parts`: the step data and layouts when they were read apart from the tree.
 */
export function readVariant(definitions: ModdleElement, parts?: VariantParts): ParsedVariant {
  const prepared = prepareVariant(definitions, parts);
  const { data } = prepared;
  const stepDataOf = parts?.stepDataOf ?? ((element: ModdleElement) => readStepData(element).data);
  const facts = extractFacts(definitions, (element) => (data.has(element) ? (data.get(element) ?? null) : stepDataOf(element)));
  return { facts, prepared };
}
