import type { DictionaryEntry } from '../dictionary/dictionary';
import type { DocumentUse } from '../stepData/stepData';
import { stepSides } from './executorSide';
import type { FlowNodeFacts, StepFacts, StepKind, VariantFacts } from './facts';
import { computeServiceTerm, type ServiceTerm, type TermBounds } from './serviceTerm';
import { computeTerm, type TermSpan } from './term';
import { toWorkingDays } from './workingTime';

/**
 * The numbers that compare variants (DOMAIN.md, "Metrics named by the sources"). Counting rules,
 * each also stated to users by the metric's hint (compare.metric.<id>.hint in src/app/i18n):
 * - step data is read from every flow node that has it (the editor lets events and gateways
 *   carry it too); effort alone is about steps;
 * - "distinct" counts dictionary refs once however many steps use them, in order of first use;
 * - a document input without `providedBy` counts as required from the applicant: the burden is
 *   on the model to say the state obtains it, so an unfinished to-be never shows a false gain;
 * - a document's form is its heaviest at any step that asks the applicant for it: paper (original,
 *   copy, or scan — a scan is still a paper document the applicant must have) over electronic over
 *   form of information; a document with no form given is in the total but in none of the three;
 * - a field typed by hand at any step is a hand-typed field; a field counts as filled from a
 *   system only if no step has it typed by hand, so the two never overlap;
 * - information systems are those steps use, those fields are filled from, and both ends of
 *   integrations; integrations are ordered pairs (A→B and B→A are two interfaces to build);
 * - an approval with no approving unit is named after the lane of its step, else the step itself;
 *   units are the same when their names match ignoring case and surrounding spaces;
 * - participants are the pools of the collaboration; a diagram without pools counts each process
 *   that has flow nodes as one participant;
 * - lanes count every lane, nested ones included; gateways count every gateway, split or join;
 * - effort is the sum of steps' norm times; the steps inside a sub-process that has its own norm
 *   time are not added again;
 * - staff steps are the steps a person does (not automatic) whose executor is the provider's or
 *   another state body's staff (see stepSides); a person's step of unknown side is not counted
 *   and is listed apart, so the team can say whose it is;
 * - the service term runs between the marked steps (see computeServiceTerm), typical and longest;
 *   the client's time runs from a start to an end of the process along the typical outcomes.
 */
export const metricIds = [
  'steps',
  'stepsManual',
  'stepsAutomated',
  'stepsAutomatic',
  'staffSteps',
  'events',
  'gateways',
  'participants',
  'lanes',
  'approvingUnits',
  'approvals',
  'collegialDecisions',
  'applicantDocuments',
  'applicantDocumentsPaper',
  'applicantDocumentsElectronic',
  'applicantDocumentsFormOfInformation',
  'outputDocuments',
  'manualFields',
  'systemFields',
  'inPersonVisits',
  'channels',
  'informationSystems',
  'integrations',
  'termTypical',
  'termLongest',
  'clientTime',
  'effortDays',
] as const;
export type MetricId = (typeof metricIds)[number];

export type MetricUnit = 'count' | 'workingDays';

/**
 * What a metric counted, for listing ("documents removed, by name"). `key` identifies the item
 * across variants (element id, dictionary id, channel code, unit name, "from→to"); `name` is what
 * to show (a channel's name is its code, for the UI to translate). `developer` is a system's developer,
 * empty when the dictionary does not record it, and absent for anything but a system.
 */
export interface MetricItem {
  kind: 'element' | 'entry' | 'channel' | 'unit' | 'integration';
  key: string;
  name: string;
  developer?: string;
}

export interface MetricValue {
  value: number;
  items: MetricItem[];
}

/** Which way a change is an improvement: fewer visits, more fields filled from systems; more pools is neither. */
export type Improvement = 'lower' | 'higher' | 'neutral';

export interface MetricDefinition {
  id: MetricId;
  unit: MetricUnit;
  better: Improvement;
  labelKey: string;
  hintKey: string;
}

const higherIsBetter: ReadonlySet<MetricId> = new Set([
  'stepsAutomated',
  'stepsAutomatic',
  'applicantDocumentsElectronic',
  'applicantDocumentsFormOfInformation',
  'systemFields',
  'integrations',
]);
/** Structure and reach: more or fewer says nothing by itself about the service. */
const neutral: ReadonlySet<MetricId> = new Set(['events', 'gateways', 'participants', 'lanes', 'channels', 'informationSystems', 'outputDocuments']);

const durations: ReadonlySet<MetricId> = new Set(['termTypical', 'termLongest', 'clientTime', 'effortDays']);

export const metricDefinitions: MetricDefinition[] = metricIds.map((id) => ({
  id,
  unit: durations.has(id) ? 'workingDays' : 'count',
  better: higherIsBetter.has(id) ? 'higher' : neutral.has(id) ? 'neutral' : 'lower',
  labelKey: `compare.metric.${id}.label`,
  hintKey: `compare.metric.${id}.hint`,
}));

type DocumentForm = NonNullable<DocumentUse['form']>;
const formWeight: Record<DocumentForm, { group: 'paper' | 'electronic' | 'formOfInformation'; weight: number }> = {
  paperOriginal: { group: 'paper', weight: 3 },
  paperCopy: { group: 'paper', weight: 3 },
  scan: { group: 'paper', weight: 3 },
  electronic: { group: 'electronic', weight: 2 },
  formOfInformation: { group: 'formOfInformation', weight: 1 },
};

function heavier(form: DocumentForm | undefined, than: DocumentForm | undefined): boolean {
  return form !== undefined && (than === undefined || formWeight[form].weight > formWeight[than].weight);
}

type SpanMetric = 'termTypical' | 'termLongest' | 'clientTime';
/** A term is missing when its end cannot be reached from its start. */
export type MetricValues = Record<Exclude<MetricId, SpanMetric>, MetricValue> & Partial<Record<SpanMetric, MetricValue>>;

export interface VariantMetrics {
  values: MetricValues;
  term: ServiceTerm;
  /** Steps a person does whose side nobody has given. */
  unclassifiedSteps: MetricItem[];
}

export function computeMetrics(facts: VariantFacts, dictionary: readonly DictionaryEntry[], bounds?: TermBounds): VariantMetrics {
  const entries = new Map(dictionary.map((entry) => [entry.id, entry]));
  const laneNames = new Map(facts.lanes.map((lane) => [lane.id, lane.name]));
  const nodes: FlowNodeFacts[] = [...facts.steps, ...facts.events, ...facts.gateways];
  const nodesById = new Map(nodes.map((node) => [node.id, node]));
  const annotated = nodes.flatMap((node) => (node.data ? [{ node, data: node.data }] : []));
  const sides = stepSides(facts, dictionary);
  const term = computeServiceTerm(facts, sides, bounds);
  const clientTime = computeTerm(facts, 'typical');
  const span = (found: TermSpan | null): MetricValue | undefined =>
    found ? { value: found.workingDays, items: found.path.flatMap((id) => nodesById.get(id) ?? []).map(elementItem) } : undefined;
  const staff = facts.steps.filter((step) => step.kind !== 'automatic');
  const staffSide = (step: StepFacts) => sides.get(step.id);

  const entryItem = (ref: string): MetricItem => {
    const entry = entries.get(ref);
    const item: MetricItem = { kind: 'entry', key: ref, name: entry?.name || ref };
    if (entry?.kind === 'system') item.developer = entry.developer;
    return item;
  };
  const count = (items: MetricItem[]): MetricValue => ({ value: items.length, items });
  const stepsOf = (kind: StepKind) => count(facts.steps.filter((step) => step.kind === kind).map(elementItem));
  const flagged = (flag: 'approval' | 'collegial' | 'inPersonVisit') => count(annotated.filter(({ data }) => data[flag]).map(({ node }) => elementItem(node)));

  const applicantDocuments = new Map<string, DocumentForm | undefined>();
  for (const { data } of annotated) {
    for (const use of data.documents) {
      if (use.direction !== 'input' || (use.providedBy && use.providedBy !== 'applicant')) continue;
      if (!applicantDocuments.has(use.ref) || heavier(use.form, applicantDocuments.get(use.ref))) applicantDocuments.set(use.ref, use.form);
    }
  }
  const applicantDocumentsIn = (group?: string) =>
    count([...applicantDocuments].filter(([, form]) => !group || (form && formWeight[form].group === group)).map(([ref]) => entryItem(ref)));

  const fieldUses = annotated.flatMap(({ data }) => data.fields);
  const handTyped = new Set(fieldUses.filter((use) => use.entry === 'manual').map((use) => use.ref));

  const values: MetricValues = {
    steps: count(facts.steps.map(elementItem)),
    stepsManual: stepsOf('manual'),
    stepsAutomated: stepsOf('automated'),
    stepsAutomatic: stepsOf('automatic'),
    staffSteps: count(staff.filter((step) => ['provider', 'stateBody'].includes(staffSide(step) ?? '')).map(elementItem)),
    events: count(facts.events.map(elementItem)),
    gateways: count(facts.gateways.map(elementItem)),
    participants: count(participants(facts)),
    lanes: count(facts.lanes.map((lane): MetricItem => ({ kind: 'element', key: lane.id, name: lane.name || lane.id }))),
    approvingUnits: count(
      distinct(
        annotated
          .filter(({ data }) => data.approval)
          .map(({ node, data }): MetricItem => {
            const name = data.approvalUnit?.trim() || (node.laneId && laneNames.get(node.laneId)) || node.name || node.id;
            return { kind: 'unit', key: name.toLocaleLowerCase(), name };
          }),
      ),
    ),
    approvals: flagged('approval'),
    collegialDecisions: flagged('collegial'),
    applicantDocuments: applicantDocumentsIn(),
    applicantDocumentsPaper: applicantDocumentsIn('paper'),
    applicantDocumentsElectronic: applicantDocumentsIn('electronic'),
    applicantDocumentsFormOfInformation: applicantDocumentsIn('formOfInformation'),
    outputDocuments: count(distinct(annotated.flatMap(({ data }) => data.documents.filter((use) => use.direction === 'output').map((use) => entryItem(use.ref))))),
    manualFields: count([...handTyped].map(entryItem)),
    systemFields: count(distinct(fieldUses.filter((use) => use.entry === 'system' && !handTyped.has(use.ref)).map((use) => entryItem(use.ref)))),
    inPersonVisits: flagged('inPersonVisit'),
    channels: count(distinct(annotated.flatMap(({ data }) => (data.channel ? [{ kind: 'channel' as const, key: data.channel, name: data.channel }] : [])))),
    informationSystems: count(
      distinct(
        annotated.flatMap(({ data }) => [
          ...data.systems.map((use) => use.ref),
          ...data.fields.flatMap((use) => (use.system ? [use.system] : [])),
          ...data.integrations.flatMap((link) => [link.from, link.to]),
        ]).map(entryItem),
      ),
    ),
    integrations: count(
      distinct(
        annotated.flatMap(({ data }) => data.integrations).map((link): MetricItem => ({ kind: 'integration', key: `${link.from}→${link.to}`, name: `${entryItem(link.from).name} → ${entryItem(link.to).name}` })),
      ),
    ),
    termTypical: span(term.typical),
    termLongest: span(term.longest),
    clientTime: span(clientTime),
    effortDays: effort(facts),
  };
  return { values, term, unclassifiedSteps: staff.filter((step) => !staffSide(step)).map(elementItem) };
}

function elementItem(node: { id: string; name: string }): MetricItem {
  return { kind: 'element', key: node.id, name: node.name || node.id };
}

function distinct(items: MetricItem[]): MetricItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.key)) return false;
    seen.add(item.key);
    return true;
  });
}

function participants(facts: VariantFacts): MetricItem[] {
  if (facts.pools.length) return facts.pools.map((pool) => elementItem(pool));
  const withNodes = new Set([...facts.steps, ...facts.events, ...facts.gateways].map((node) => node.processId));
  return facts.processes.filter((process) => withNodes.has(process.id)).map(elementItem);
}

function effort(facts: VariantFacts): MetricValue {
  const timedSubProcesses = new Set(facts.steps.filter((step) => step.isSubProcess && step.data?.normTime).map((step) => step.id));
  const parentOf = new Map(facts.steps.map((step) => [step.id, step.containerId]));
  const insideTimed = (containerId: string): boolean => {
    for (let id: string | undefined = containerId; id !== undefined; id = parentOf.get(id)) if (timedSubProcesses.has(id)) return true;
    return false;
  };
  const counted = facts.steps.filter((step) => step.data?.normTime && !insideTimed(step.containerId));
  return { value: counted.reduce((days, step) => days + toWorkingDays(step.data?.normTime), 0), items: counted.map(elementItem) };
}
