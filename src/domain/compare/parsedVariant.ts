import type { ModdleElement } from 'bpmn-moddle';
import { newModdle } from '../bpmnFile';
import { prepareVariant, type PreparedVariant } from '../diff/preparedVariant';
import { readStepData } from '../stepData/stepData';
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
  return readVariant((await newModdle().fromXML(xml)).rootElement);
}

/** From definitions parsed with newModdle; each step's data is read once, for the facts and the diff. */
export function readVariant(definitions: ModdleElement): ParsedVariant {
  const prepared = prepareVariant(definitions);
  const { data } = prepared;
  const facts = extractFacts(definitions, (element) => (data.has(element) ? (data.get(element) ?? null) : readStepData(element).data));
  return { facts, prepared };
}
