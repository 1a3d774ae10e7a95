/**
 * Two variants of one process for the comparison benchmark: an "as-is" (the generated diagram of
 * generateDiagram.ts, every activity annotated with <rw:stepData>) and a "to-be" derived from it
 * the way a project team edits a copy: the same ids, some steps removed (their neighbours joined
 * by a new flow), as many new steps added, some renamed, some re-wired to another place in the
 * flow, some with their step data changed. Both have exactly `flowNodes` flow nodes.
 *
 * Each kind of change touches its own steps, chosen so that no two changes explain each other,
 * and shapes that stay keep their place on the canvas: the diff of the pair finds exactly
 * `intent.removed` removed, `intent.added` added and, as changed, `intent.renamed` with the
 * aspect 'name' only, `intent.rewired` with 'flow' only and `intent.dataChanged` with 'data' only.
 *
 * Deterministic: a seeded generator (mulberry32) makes every choice, so a size and a seed always
 * give the same XML. No runtime imports: bench/run.mjs loads it with Vite's runnerImport.
 */
import type { DictionaryEntry } from '../src/domain/dictionary/dictionary';
import { buildDiagram, escapeXml, half, toXml, type DiagramModel, type FlowNode, type NodeKind, type SequenceFlow } from './generateDiagram';

export const stepDataNamespace = 'https://reengineering-workbench.kz/schema/step-data/1.0';

/** Shares of the as-is activities each change touches (added = removed keeps the node count). */
export const changeShares = { removed: 0.075, renamed: 0.1, rewired: 0.025, dataChanged: 0.15 } as const;

/** Metric values the generator expects, computed from what it wrote (not by src/domain). */
export interface ExpectedMetrics {
  steps: number;
  stepsManual: number;
  stepsAutomated: number;
  stepsAutomatic: number;
  events: number;
  gateways: number;
  approvals: number;
  inPersonVisits: number;
  applicantDocuments: number;
  manualFields: number;
  systemFields: number;
  /** Sum of the steps' norm times in 8-hour working days; compare with a tolerance. */
  effortDays: number;
}

export interface ComparisonIntent {
  flowNodes: number;
  seed: number;
  removed: number;
  added: number;
  renamed: number;
  rewired: number;
  dataChanged: number;
  /** Flow nodes in both variants, matched by id. */
  matched: number;
  metrics: { asIs: ExpectedMetrics; toBe: ExpectedMetrics };
}

export interface VariantPair {
  asIs: string;
  toBe: string;
  /** The documents, fields, systems and roles the step data refers to, as a project dictionary. */
  dictionary: DictionaryEntry[];
  intent: ComparisonIntent;
}

// ---------------------------------------------------------------------------------------------
// Step data, mirroring rw.json (src/domain/stepData): written by toStepDataXml below.

type StepKind = 'manual' | 'automated' | 'automatic';
type DurationUnit = 'minutes' | 'hours' | 'workingDays';
type DocumentForm = 'paperOriginal' | 'paperCopy' | 'scan' | 'electronic' | 'formOfInformation';
type DocumentProvider = 'applicant' | 'stateBody' | 'informationSystem';

interface Duration {
  value: number;
  unit: DurationUnit;
}

interface StepDataSpec {
  executorRole: string;
  unit: string;
  stepKind: StepKind;
  approval: boolean;
  approvalUnit?: string;
  collegial: boolean;
  inPersonVisit: boolean;
  channel?: string;
  normTime: Duration;
  waitingTime?: Duration;
  documents: { ref: string; direction: 'input' | 'output'; form?: DocumentForm; providedBy?: DocumentProvider }[];
  fields: { ref: string; entry: 'manual' | 'system'; system?: string }[];
  systems: { ref: string; access: 'read' | 'write' | 'readWrite' }[];
  integrations: { from: string; to: string }[];
  decision?: { action: string; waste: string; rationale: string };
}

const DOCUMENTS = 40;
const FIELDS = 300;
const SYSTEMS = 14;
const ROLES = ['Оператор ЦОН', 'Специалист отдела', 'Главный специалист', 'Руководитель отдела', 'Юрист', 'Архивариус', 'Инспектор', 'Бухгалтер'];
const UNITS = ['ЦОН', 'Отдел регистрации', 'Юридический отдел', 'Архив', 'Бухгалтерия', 'Канцелярия'];
const CHANNELS = ['serviceCentre', 'portal', 'mobileApp', 'providerOffice', 'post'];
const INPUT_FORMS: DocumentForm[] = ['paperOriginal', 'paperCopy', 'scan', 'electronic', 'formOfInformation'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const documentRef = (n: number) => `doc-${pad(n, 3)}`;
const fieldRef = (n: number) => `field-${pad(n, 3)}`;
const systemRef = (n: number) => `sys-${pad(n, 2)}`;

/** mulberry32: a small, fast, seeded generator of floats in [0, 1). */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return {
    next,
    int,
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[int(items.length)]!,
    shuffled: <T>(items: readonly T[]): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
    /** `count` distinct numbers in [1, max], in drawing order. */
    distinct: (count: number, max: number): number[] => {
      const seen = new Set<number>();
      while (seen.size < Math.min(count, max)) seen.add(1 + int(max));
      return [...seen];
    },
  };
}
type Random = ReturnType<typeof seededRandom>;

/** A step's annotations: what an analyst records for a public-service step. */
function stepDataFor(kind: NodeKind, random: Random): StepDataSpec {
  const stepKind: StepKind = kind === 'serviceTask' ? 'automatic' : kind === 'userTask' && random.chance(0.35) ? 'automated' : 'manual';
  const byHand = stepKind === 'manual';
  const approval = stepKind !== 'automatic' && random.chance(0.12);
  const data: StepDataSpec = {
    executorRole: random.pick(ROLES),
    unit: random.pick(UNITS),
    stepKind,
    approval,
    approvalUnit: approval && random.chance(0.5) ? random.pick(UNITS) : undefined,
    collegial: approval && random.chance(0.2),
    inPersonVisit: byHand && random.chance(0.1),
    channel: random.chance(0.3) ? random.pick(CHANNELS) : undefined,
    normTime:
      stepKind === 'automatic'
        ? { value: 1 + random.int(5), unit: 'minutes' }
        : random.chance(0.2)
          ? { value: 1 + random.int(4), unit: 'hours' }
          : { value: 5 * (1 + random.int(stepKind === 'manual' ? 24 : 4)), unit: 'minutes' },
    waitingTime: random.chance(0.3) ? (random.chance(0.5) ? { value: 0.5 * (1 + random.int(6)), unit: 'workingDays' } : { value: 1 + random.int(6), unit: 'hours' }) : undefined,
    documents: [],
    fields: [],
    systems: [],
    integrations: [],
  };
  for (const n of random.distinct(1 + random.int(3), DOCUMENTS)) {
    // Inputs come from the applicant or another state body, never yet from a system: the to-be moves them there.
    data.documents.push({ ref: documentRef(n), direction: 'input', form: random.pick(INPUT_FORMS), providedBy: random.chance(0.75) ? 'applicant' : random.chance(0.5) ? 'stateBody' : undefined });
  }
  if (random.chance(0.3)) data.documents.push({ ref: documentRef(1 + random.int(DOCUMENTS)), direction: 'output', form: 'electronic' });
  // The applicant's own data (the first half of the fields) is typed in by hand at manual steps;
  // registry data (from the fifth of the fields on) comes from systems.
  const fieldRefs = new Set<string>();
  for (let i = (byHand ? 2 : 1) + random.int(4); i > 0; i--) {
    const manual = byHand && random.chance(0.7);
    const ref = manual ? fieldRef(1 + random.int(FIELDS / 2)) : fieldRef(1 + FIELDS / 5 + random.int((FIELDS * 4) / 5));
    if (fieldRefs.has(ref)) continue;
    fieldRefs.add(ref);
    data.fields.push(manual ? { ref, entry: 'manual' } : { ref, entry: 'system', system: systemRef(1 + random.int(SYSTEMS)) });
  }
  for (const n of random.distinct(byHand ? random.int(2) : 1 + random.int(2), SYSTEMS)) data.systems.push({ ref: systemRef(n), access: random.pick(['read', 'write', 'readWrite'] as const) });
  if (stepKind === 'automatic' && random.chance(0.3)) {
    const [from, to] = random.distinct(2, SYSTEMS);
    data.integrations.push({ from: systemRef(from!), to: systemRef(to!) });
  }
  return data;
}

/**
 * The to-be's version of a changed step. Every kind of edit makes the step data differ: the first
 * one that applies of (by turn) a shorter norm time, an input document now obtained from a system,
 * a hand-typed field now filled from a system, an approval dropped or waiting removed; a shorter
 * norm time otherwise. The reengineering decision added with it is not part of the data diff.
 */
function changedStepData(before: StepDataSpec, turn: number): StepDataSpec {
  const data: StepDataSpec = structuredClone(before);
  const document = data.documents.find((use) => use.direction === 'input');
  const field = data.fields.find((use) => use.entry === 'manual');
  const edits = [
    () => ((data.normTime = { ...data.normTime, value: data.normTime.value / 2 }), true),
    () => !!document && ((document.form = 'formOfInformation'), (document.providedBy = 'informationSystem'), true),
    () => !!field && ((field.entry = 'system'), (field.system = systemRef(1)), true),
    () => (data.approval ? ((data.approval = false), (data.approvalUnit = undefined), (data.collegial = false), true) : !!data.waitingTime && ((data.waitingTime = undefined), true)),
  ];
  if (!edits[turn % edits.length]!()) edits[0]!();
  data.decision = { action: 'automate', waste: turn % 2 ? 'waiting' : 'overProcessing approvals', rationale: 'Данные получаются из информационной системы' };
  return data;
}

function toStepDataXml(data: StepDataSpec): string[] {
  const attr = (name: string, value: string | number | boolean | undefined) => (value === undefined || value === false || value === '' ? '' : ` ${name}="${escapeXml(String(value))}"`);
  const lines = [
    `<rw:stepData${attr('executorRole', data.executorRole)}${attr('unit', data.unit)}${attr('stepKind', data.stepKind)}${attr('approval', data.approval)}${attr('approvalUnit', data.approvalUnit)}` +
      `${attr('collegial', data.collegial)}${attr('inPersonVisit', data.inPersonVisit)}${attr('channel', data.channel)}>`,
    `  <rw:normTime value="${data.normTime.value}" unit="${data.normTime.unit}" />`,
  ];
  if (data.waitingTime) lines.push(`  <rw:waitingTime value="${data.waitingTime.value}" unit="${data.waitingTime.unit}" />`);
  for (const d of data.documents) lines.push(`  <rw:document ref="${d.ref}" direction="${d.direction}"${attr('form', d.form)}${attr('providedBy', d.providedBy)} />`);
  for (const f of data.fields) lines.push(`  <rw:field ref="${f.ref}" entry="${f.entry}"${attr('system', f.system)} />`);
  for (const s of data.systems) lines.push(`  <rw:system ref="${s.ref}" access="${s.access}" />`);
  for (const i of data.integrations) lines.push(`  <rw:integration from="${i.from}" to="${i.to}" />`);
  if (data.decision) lines.push(`  <rw:decision action="${data.decision.action}" waste="${data.decision.waste}">${escapeXml(data.decision.rationale)}</rw:decision>`);
  lines.push('</rw:stepData>');
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Editing a model the way the editor does: flows removed with their ends, new ones drawn.

const ACTIVITY_KINDS: readonly NodeKind[] = ['task', 'userTask', 'serviceTask'];
const isActivity = (node: FlowNode) => ACTIVITY_KINDS.includes(node.kind);

class ModelEditor {
  private readonly usedIds: Set<string>;

  constructor(
    readonly model: DiagramModel,
    private readonly random: Random,
  ) {
    this.usedIds = new Set([...model.nodes, ...model.flows].map((element) => element.id));
  }

  /** An id as bpmn-js makes them (`Activity_0k3x9vq`), unused on both sides. */
  freshId(prefix: string): string {
    for (;;) {
      const id = `${prefix}_${Array.from({ length: 7 }, () => '0123456789abcdefghijklmnopqrstuvwxyz'[this.random.int(36)]).join('')}`;
      if (!this.usedIds.has(id)) {
        this.usedIds.add(id);
        return id;
      }
    }
  }

  only(ids: string[]): SequenceFlow {
    if (ids.length !== 1) throw new Error(`expected one flow, got ${ids.length}`);
    const flow = this.model.flows.find((candidate) => candidate.id === ids[0]);
    if (!flow) throw new Error(`no flow ${ids[0]}`);
    return flow;
  }

  disconnect(flow: SequenceFlow): void {
    this.model.flows.splice(this.model.flows.indexOf(flow), 1);
    flow.source.outgoing.splice(flow.source.outgoing.indexOf(flow.id), 1);
    flow.target.incoming.splice(flow.target.incoming.indexOf(flow.id), 1);
  }

  connect(source: FlowNode, target: FlowNode): void {
    const from: [number, number] = [source.cx + half(source.kind).w, source.cy];
    const to: [number, number] = [target.cx - half(target.kind).w, target.cy];
    const middle = (from[0] + to[0]) / 2;
    const waypoints: Array<[number, number]> = from[1] === to[1] ? [from, to] : [from, [middle, from[1]], [middle, to[1]], to];
    const flow: SequenceFlow = { id: this.freshId('Flow'), source, target, waypoints };
    source.outgoing.push(flow.id);
    target.incoming.push(flow.id);
    this.model.flows.push(flow);
  }

  /** Takes `node` out of the flow (it has one flow in and one out) and joins its neighbours. */
  cutOut(node: FlowNode): { before: FlowNode; after: FlowNode } {
    const incoming = this.only(node.incoming);
    const outgoing = this.only(node.outgoing);
    this.disconnect(incoming);
    this.disconnect(outgoing);
    this.connect(incoming.source, outgoing.target);
    return { before: incoming.source, after: outgoing.target };
  }

  /** Puts `node` on the single flow from `source` in place of that flow. */
  insertAfter(source: FlowNode, node: FlowNode): void {
    const flow = this.only(source.outgoing);
    this.disconnect(flow);
    this.connect(source, node);
    this.connect(node, flow.target);
  }

  remove(node: FlowNode): void {
    this.cutOut(node);
    this.model.nodes.splice(this.model.nodes.indexOf(node), 1);
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * Where each kind of change may go, so that no two changes touch the same flow: removed and
 * re-wired steps are the second and fourth plain activity of a cycle (never neighbours), a
 * re-wired step goes between the two upper-branch activities of another cycle, a new step goes
 * after the fifth plain activity of a cycle; renames and data changes take other activities.
 */
export function generateVariantPair(flowNodes = 1000, seed = 20_261_123): VariantPair {
  const random = seededRandom(seed);
  const asIsModel = buildDiagram(flowNodes);
  const activities = asIsModel.nodes.filter(isActivity);
  const cycles = asIsModel.nodes.filter((node) => node.role === 'split').length;
  const count = (share: number) => Math.round(activities.length * share);
  const intended = { removed: count(changeShares.removed), renamed: count(changeShares.renamed), rewired: count(changeShares.rewired), dataChanged: count(changeShares.dataChanged) };

  const data = new Map(activities.map((node) => [node.id, stepDataFor(node.kind, random)]));

  const inCycle = (node: FlowNode) => node.cycle < cycles;
  const cutSlots = random.shuffled(asIsModel.nodes.filter((node) => node.role === 'plain' && inCycle(node) && (node.index === 1 || node.index === 3)));
  const addSlots = random.shuffled(asIsModel.nodes.filter((node) => node.role === 'plain' && inCycle(node) && node.index === 4));
  const moveTargets = random.shuffled(asIsModel.nodes.filter((node) => node.role === 'upper' && node.index === 0));
  if (cutSlots.length < intended.removed + intended.rewired || addSlots.length < intended.removed || moveTargets.length < intended.rewired + Math.sign(intended.rewired)) {
    throw new RangeError(`${flowNodes} flow nodes leave too few places for the changes: ${intended.removed} removals, ${intended.rewired} moves`);
  }
  const removedIds = cutSlots.slice(0, intended.removed).map((node) => node.id);
  const moves = cutSlots.slice(intended.removed, intended.removed + intended.rewired).map((node) => {
    const target = moveTargets.find((candidate) => candidate.cycle !== node.cycle);
    if (!target) throw new RangeError(`${flowNodes} flow nodes leave no other cycle to move ${node.id} to`);
    moveTargets.splice(moveTargets.indexOf(target), 1);
    return { id: node.id, afterId: target.id };
  });
  const addAfterIds = addSlots.slice(0, intended.removed).map((node) => node.id);
  const touched = new Set([...removedIds, ...moves.map((move) => move.id)]);
  const others = random.shuffled(activities.filter((node) => !touched.has(node.id)));
  const renamedIds = others.slice(0, intended.renamed).map((node) => node.id);
  const dataChangedIds = others.slice(intended.renamed, intended.renamed + intended.dataChanged).map((node) => node.id);

  // The to-be: the same diagram, edited.
  const toBeModel = buildDiagram(flowNodes);
  const editor = new ModelEditor(toBeModel, random);
  const toBeNode = new Map(toBeModel.nodes.map((node) => [node.id, node]));
  const node = (id: string) => toBeNode.get(id)!;
  const toBeData = new Map(data);

  for (const id of removedIds) {
    editor.remove(node(id));
    toBeData.delete(id);
  }
  for (const { id, afterId } of moves) {
    editor.cutOut(node(id));
    editor.insertAfter(node(afterId), node(id));
  }
  addAfterIds.forEach((afterId, i) => {
    const after = node(afterId);
    const kind = ACTIVITY_KINDS[i % ACTIVITY_KINDS.length]!;
    // Drawn under the step it follows: the lower-branch row is free below plain activities.
    const added: FlowNode = { id: editor.freshId('Activity'), kind, name: `New step ${i + 1}`, role: 'plain', cycle: after.cycle, index: 5, cx: after.cx, cy: after.cy + 130, incoming: [], outgoing: [] };
    toBeModel.nodes.push(added);
    editor.insertAfter(after, added);
    toBeData.set(added.id, stepDataFor(kind, random));
  });
  for (const id of renamedIds) node(id).name = `${node(id).name} (online)`;
  dataChangedIds.forEach((id, i) => toBeData.set(id, changedStepData(data.get(id)!, i)));

  const write = (model: DiagramModel, stepData: Map<string, StepDataSpec>, name: string) => {
    for (const each of model.nodes) {
      const spec = stepData.get(each.id);
      each.extension = spec && toStepDataXml(spec);
    }
    return toXml(model, { namespaces: { rw: stepDataNamespace }, processName: name });
  };

  return {
    asIs: write(asIsModel, data, `Benchmark ${flowNodes}: as-is`),
    toBe: write(toBeModel, toBeData, `Benchmark ${flowNodes}: to-be`),
    dictionary: dictionary(),
    intent: {
      flowNodes,
      seed,
      removed: intended.removed,
      added: intended.removed,
      renamed: intended.renamed,
      rewired: intended.rewired,
      dataChanged: intended.dataChanged,
      matched: flowNodes - intended.removed,
      metrics: { asIs: expectedMetrics(asIsModel, data), toBe: expectedMetrics(toBeModel, toBeData) },
    },
  };
}

function expectedMetrics(model: DiagramModel, data: Map<string, StepDataSpec>): ExpectedMetrics {
  const steps = model.nodes.filter(isActivity).map((node) => data.get(node.id)!);
  const applicantDocuments = new Set<string>();
  const manualFields = new Set<string>();
  const systemFields = new Set<string>();
  for (const step of steps) {
    for (const use of step.documents) if (use.direction === 'input' && (!use.providedBy || use.providedBy === 'applicant')) applicantDocuments.add(use.ref);
    for (const use of step.fields) (use.entry === 'manual' ? manualFields : systemFields).add(use.ref);
  }
  const perDay = { minutes: 8 * 60, hours: 8, workingDays: 1 };
  return {
    steps: steps.length,
    stepsManual: steps.filter((step) => step.stepKind === 'manual').length,
    stepsAutomated: steps.filter((step) => step.stepKind === 'automated').length,
    stepsAutomatic: steps.filter((step) => step.stepKind === 'automatic').length,
    events: model.nodes.filter((node) => node.kind === 'startEvent' || node.kind === 'endEvent').length,
    gateways: model.nodes.filter((node) => node.kind === 'exclusiveGateway').length,
    approvals: steps.filter((step) => step.approval).length,
    inPersonVisits: steps.filter((step) => step.inPersonVisit).length,
    applicantDocuments: applicantDocuments.size,
    manualFields: manualFields.size,
    systemFields: [...systemFields].filter((ref) => !manualFields.has(ref)).length,
    effortDays: steps.reduce((days, step) => days + step.normTime.value / perDay[step.normTime.unit], 0),
  };
}

function dictionary(): DictionaryEntry[] {
  const base = (id: string, name: string) => ({ id, projectId: 'bench', name, description: '', createdAt: 0, updatedAt: 0 });
  const entries: DictionaryEntry[] = [];
  for (let n = 1; n <= SYSTEMS; n++) entries.push({ ...base(systemRef(n), `Информационная система ${n}`), kind: 'system', ownerBody: `Министерство ${1 + (n % 5)}`, developer: '' });
  for (let n = 1; n <= FIELDS; n++) {
    entries.push({ ...base(fieldRef(n), `Поле ${n}`), kind: 'field', dataType: 'text', holderSystemId: n % 3 ? systemRef(1 + (n % SYSTEMS)) : '', dataOwner: '', accessLevel: 'open', legalBasis: '' });
  }
  for (let n = 1; n <= DOCUMENTS; n++) entries.push({ ...base(documentRef(n), `Документ ${n}`), kind: 'document', fieldIds: [fieldRef(n), fieldRef(n + DOCUMENTS)] });
  ROLES.forEach((role, i) => entries.push({ ...base(`role-${i + 1}`, role), kind: 'role', unit: UNITS[i % UNITS.length]!, side: '' }));
  return entries;
}
