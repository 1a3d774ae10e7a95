import type { TFunction } from 'i18next';
import { typeName } from '../compare/diff/describeChange';

/** The part of a model element a label needs (a bpmn-js business object). */
export interface NamedElement {
  $type: string;
  name?: string;
  sourceRef?: NamedElement;
  targetRef?: NamedElement;
  incoming?: { sourceRef?: NamedElement }[];
  outgoing?: { targetRef?: NamedElement }[];
}

const oneLine = (name: string | undefined) => (name ?? '').replace(/\s+/g, ' ').trim();
const shortName = (t: TFunction, element: NamedElement) => oneLine(element.name) || typeName(t, element.$type);

/**
 * How the checks name an element: its name, or for an unnamed one its type and place, never a
 * technical id: "Поток управления от «A» к «B»", "Исключающий шлюз после «A»".
 */
export function problemElementLabel(t: TFunction, element: NamedElement | undefined): string {
  if (!element) return t('lint.element.diagram');
  const name = oneLine(element.name);
  if (name) return name;
  const type = typeName(t, element.$type);
  if (element.sourceRef && element.targetRef) return t('lint.element.between', { type, from: shortName(t, element.sourceRef), to: shortName(t, element.targetRef) });
  const before = element.incoming?.find((flow) => flow.sourceRef)?.sourceRef;
  if (before) return t('lint.element.after', { type, name: shortName(t, before) });
  const after = element.outgoing?.find((flow) => flow.targetRef)?.targetRef;
  if (after) return t('lint.element.before', { type, name: shortName(t, after) });
  return t('diff.unnamed', { type });
}
