import type { ModdleElement } from 'bpmn-moddle';
import { flowDataType, type FlowData, type StepData } from './stepData';

export const emptyStepData: StepData = {
  approval: false,
  collegial: false,
  inPersonVisit: false,
  documents: [],
  fields: [],
  systems: [],
  integrations: [],
};

interface ModdleFactory {
  create(type: string, attrs?: Record<string, unknown>): ModdleElement;
}

/** Nothing recorded: the step carries no <rw:stepData> at all. */
export function isEmptyStepData(data: StepData): boolean {
  return JSON.stringify(withoutUndefined(data)) === JSON.stringify(withoutUndefined(emptyStepData));
}

/** The <rw:stepData> element for `data`; attributes that are unset or false are left out of the XML. */
export function createStepDataElement(moddle: ModdleFactory, data: StepData): ModdleElement {
  const attrs = withoutUndefined({
    executorRole: data.executorRole,
    unit: data.unit,
    stepKind: data.stepKind,
    approval: data.approval || undefined,
    approvalUnit: data.approvalUnit,
    collegial: data.collegial || undefined,
    inPersonVisit: data.inPersonVisit || undefined,
    channel: data.channel,
  });
  const element = moddle.create('rw:StepData', attrs);
  const child = (type: string, values: Record<string, unknown>) => {
    const created = moddle.create(type, withoutUndefined(values));
    created.$parent = element;
    return created;
  };
  if (data.normTime) element.set('normTime', child('rw:NormTime', { ...data.normTime }));
  if (data.waitingTime) element.set('waitingTime', child('rw:WaitingTime', { ...data.waitingTime }));
  element.set('documents', data.documents.map((d) => child('rw:Document', { ...d })));
  element.set('fields', data.fields.map((f) => child('rw:Field', { ...f })));
  element.set('systems', data.systems.map((s) => child('rw:System', { ...s })));
  element.set('integrations', data.integrations.map((i) => child('rw:Integration', { ...i })));
  if (data.decision) {
    const { waste, ...decision } = data.decision;
    element.set('decision', child('rw:Decision', { ...decision, waste: waste.length ? waste.join(' ') : undefined }));
  }
  return element;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}

/** The <rw:flowData> element for `data`, or null when it records nothing (the flow then carries none). */
export function createFlowDataElement(moddle: ModdleFactory, data: FlowData): ModdleElement | null {
  return data.probability === undefined ? null : moddle.create(flowDataType, { probability: data.probability });
}
