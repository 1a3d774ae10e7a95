import type { ModdleElement } from 'bpmn-moddle';
import descriptor from './rw.json';

/**
 * What a step uses and how it is done (2024 Rules §32.3: the kinds of data at every step), kept
 * in the BPMN XML as <rw:stepData> inside extensionElements, so an exported file carries it.
 * rw.json is the published moddle descriptor of that namespace.
 */
export const stepDataDescriptor = descriptor;

export const stepKinds = ['manual', 'automated', 'automatic'] as const;
export const channels = ['serviceCentre', 'portal', 'mobileApp', 'providerOffice', 'post', 'other'] as const;
export const durationUnits = ['minutes', 'hours', 'workingDays'] as const;
export const documentDirections = ['input', 'output'] as const;
export const documentForms = ['paperOriginal', 'paperCopy', 'scan', 'electronic', 'formOfInformation'] as const;
export const documentProviders = ['applicant', 'stateBody', 'informationSystem'] as const;
export const fieldEntries = ['manual', 'system'] as const;
export const systemAccess = ['read', 'write', 'readWrite'] as const;
export const decisionActions = ['eliminate', 'automate', 'merge', 'simplify', 'keep'] as const;
export const wasteKinds = ['waiting', 'transport', 'rework', 'overProcessing', 'approvals'] as const;

type Of<T extends readonly string[]> = T[number];

export interface Duration {
  value: number;
  unit: Of<typeof durationUnits>;
}

export interface DocumentUse {
  ref: string;
  direction: Of<typeof documentDirections>;
  form?: Of<typeof documentForms>;
  providedBy?: Of<typeof documentProviders>;
}

export interface FieldUse {
  ref: string;
  entry: Of<typeof fieldEntries>;
  system?: string;
}

export interface SystemUse {
  ref: string;
  access?: Of<typeof systemAccess>;
}

export interface Decision {
  action: Of<typeof decisionActions>;
  waste: Of<typeof wasteKinds>[];
  rationale: string;
  legalAct?: string;
  mergeWith?: string;
}

export interface StepData {
  executorRole?: string;
  unit?: string;
  stepKind?: Of<typeof stepKinds>;
  approval: boolean;
  approvalUnit?: string;
  collegial: boolean;
  inPersonVisit: boolean;
  channel?: Of<typeof channels>;
  normTime?: Duration;
  waitingTime?: Duration;
  documents: DocumentUse[];
  fields: FieldUse[];
  systems: SystemUse[];
  integrations: { from: string; to: string }[];
  decision?: Decision;
}

/** A value in an imported file that the workbench does not know; it is left out of the step data. */
export interface StepDataProblem {
  elementId: string;
  attribute: string;
  value: string;
}

export const stepDataType = 'rw:StepData';

export function findStepDataElement(element: ModdleElement): ModdleElement | undefined {
  const extensions = element.get('extensionElements') as ModdleElement | undefined;
  const values = (extensions?.get('values') ?? []) as ModdleElement[];
  return values.find((value) => value.$type === stepDataType);
}

/** Reads and checks a step's data; unknown values are reported, never thrown. */
export function readStepData(element: ModdleElement): { data: StepData | null; problems: StepDataProblem[] } {
  const raw = findStepDataElement(element);
  return raw ? readStepDataRecord(raw, element.id ?? '') : { data: null, problems: [] };
}

/**
 * A <rw:stepData> as moddle gives it: `get(name)` for its properties; durations, list items and the
 * decision as objects with their attributes as properties. Also what the comparison's own reader of
 * detached step data gives (see detachedStepData.ts).
 */
export interface StepDataRecord {
  get(name: string): unknown;
}

/** Reads and checks the step data of the element `elementId`. */
export function readStepDataRecord(raw: StepDataRecord, elementId: string): { data: StepData; problems: StepDataProblem[] } {
  const problems: StepDataProblem[] = [];
  const pick = <T extends readonly string[]>(allowed: T, attribute: string, value: unknown): T[number] | undefined => {
    if (value === undefined || value === null || value === '') return undefined;
    if (allowed.includes(String(value))) return String(value) as T[number];
    problems.push({ elementId, attribute, value: String(value) });
    return undefined;
  };
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);
  const duration = (value: unknown, attribute: string): Duration | undefined => {
    if (!value) return undefined;
    const d = value as { value?: unknown; unit?: unknown };
    const unit = pick(durationUnits, `${attribute}.unit`, d.unit);
    const amount = Number(d.value);
    if (!unit) return undefined;
    if (!Number.isFinite(amount) || amount < 0) {
      problems.push({ elementId, attribute: `${attribute}.value`, value: String(d.value) });
      return undefined;
    }
    return { value: amount, unit };
  };
  const list = (name: string) => (raw.get(name) ?? []) as Record<string, unknown>[];
  const withRef = <T>(items: (T | undefined)[]) => items.filter((item): item is T => item !== undefined);
  const decisionRaw = raw.get('decision') as Record<string, unknown> | undefined;
  const action = decisionRaw && pick(decisionActions, 'decision.action', decisionRaw.action);

  const data: StepData = {
    executorRole: text(raw.get('executorRole')),
    unit: text(raw.get('unit')),
    stepKind: pick(stepKinds, 'stepKind', raw.get('stepKind')),
    approval: raw.get('approval') === true,
    approvalUnit: text(raw.get('approvalUnit')),
    collegial: raw.get('collegial') === true,
    inPersonVisit: raw.get('inPersonVisit') === true,
    channel: pick(channels, 'channel', raw.get('channel')),
    normTime: duration(raw.get('normTime'), 'normTime'),
    waitingTime: duration(raw.get('waitingTime'), 'waitingTime'),
    documents: withRef(
      list('documents').map((d) => {
        const direction = pick(documentDirections, 'document.direction', d.direction);
        if (!text(d.ref) || !direction) return undefined;
        return { ref: String(d.ref), direction, form: pick(documentForms, 'document.form', d.form), providedBy: pick(documentProviders, 'document.providedBy', d.providedBy) };
      }),
    ),
    fields: withRef(
      list('fields').map((f) => {
        const entry = pick(fieldEntries, 'field.entry', f.entry);
        if (!text(f.ref) || !entry) return undefined;
        return { ref: String(f.ref), entry, system: text(f.system) };
      }),
    ),
    systems: withRef(list('systems').map((s) => (text(s.ref) ? { ref: String(s.ref), access: pick(systemAccess, 'system.access', s.access) } : undefined))),
    integrations: withRef(list('integrations').map((i) => (text(i.from) && text(i.to) ? { from: String(i.from), to: String(i.to) } : undefined))),
    decision: action
      ? {
          action,
          waste: String(decisionRaw?.waste ?? '')
            .split(/\s+/)
            .filter(Boolean)
            .map((w) => pick(wasteKinds, 'decision.waste', w))
            .filter((w): w is Of<typeof wasteKinds> => w !== undefined),
          rationale: String(decisionRaw?.rationale ?? ''),
          legalAct: text(decisionRaw?.legalAct),
          mergeWith: text(decisionRaw?.mergeWith),
        }
      : undefined,
  };
  return { data, problems };
}

/**
 * What a sequence flow records (<rw:flowData> in its extensionElements): how likely the flow is
 * taken when it leaves a gateway, from 0 to 1. It marks a gateway's typical outcome, with the
 * gateway's BPMN default flow, for the typical term.
 */
export interface FlowData {
  probability?: number;
}

export const flowDataType = 'rw:FlowData';

export function readFlowData(element: ModdleElement): { data: FlowData | null; problems: StepDataProblem[] } {
  const values = ((element.get('extensionElements') as ModdleElement | undefined)?.get('values') ?? []) as ModdleElement[];
  const raw = values.find((value) => value.$type === flowDataType);
  if (!raw) return { data: null, problems: [] };
  const value = raw.get('probability') as unknown;
  if (value === undefined || value === null || value === '') return { data: {}, problems: [] };
  const probability = Number(value);
  if (Number.isFinite(probability) && probability >= 0 && probability <= 1) return { data: { probability }, problems: [] };
  return { data: {}, problems: [{ elementId: element.id ?? '', attribute: 'flowData.probability', value: String(value) }] };
}
