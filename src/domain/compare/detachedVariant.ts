import type { ModdleElement, ParseWarning } from 'bpmn-moddle';
import type { VariantParts } from '../diff/preparedVariant';
import { newModdle } from '../bpmnFile';
import { findStepDataElement, readStepDataRecord } from '../stepData/stepData';
import { detachedLayouts, readDetachedDiagrams } from './detachedDiagrams';
import { readDetachedStepData } from './detachedStepData';
import { detachedPartAttribute, detachXml } from './detachedXml';

/** moddle's test of an id (moddle-xml's Context.addElement): a diagram's ids must pass it as they would in a whole parse. */
const validId = /^([a-z][\w-.]*:)?[a-z_][\w-.]*$/i;

/**
 * A variant's definitions parsed for the comparison with its step data and drawing cut out and read apart
 * (detachedXml.ts): moddle builds about a third of the elements, for the same facts and diff.
 * Null whenever the parts cut out could read otherwise than in a whole parse, or moddle warns of
 * anything in the rest; the caller then parses the variant whole, so a file moddle refuses or warns
 * about is treated as before.
 */
export async function parseDetachedVariant(xml: string): Promise<{ definitions: ModdleElement; parts: VariantParts } | null> {
  const detached = detachXml(xml);
  if (!detached) return null;
  const stepData = readDetachedStepData(detached.stepData, detached.namespaces);
  const diagrams = stepData && readDetachedDiagrams(detached.diagrams, detached.namespaces);
  if (!diagrams) return null;
  const parsed = await newModdle().fromXML(detached.core).catch(() => null);
  // With step data cut out, every <rw:stepData> left is a placeholder (one namespace, one prefix); without, none is.
  const placeholders = detached.stepData.length > 0;
  if (!parsed || parsed.warnings.some((warning) => !(placeholders && isPlaceholderWarning(warning)))) return null;
  const { elementsById } = parsed;
  const diagramIds = new Set(diagrams.ids);
  if (diagramIds.size !== diagrams.ids.length || diagrams.ids.some((id) => id && (!validId.test(id) || Object.hasOwn(elementsById, id)))) return null;

  const stepDataOf = (element: ModdleElement) => {
    const raw = findStepDataElement(element);
    if (!raw) return null;
    const record = placeholders ? stepData[Number((raw.$attrs as Record<string, string>)[detachedPartAttribute])] : raw;
    return record ? readStepDataRecord(record, element.id ?? '').data : null;
  };
  return { definitions: parsed.rootElement, parts: { stepDataOf, layouts: () => detachedLayouts(diagrams, elementsById) } };
}

/** moddle warns of the attribute that numbers each empty <rw:stepData> left in place. */
function isPlaceholderWarning(warning: ParseWarning): boolean {
  return warning.property === detachedPartAttribute && (warning.element as ModdleElement | undefined)?.$type === 'rw:StepData';
}
