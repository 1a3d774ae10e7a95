import type { FlowNodeFacts, StepFacts, VariantFacts } from '../compare/facts';
import { computeMetrics } from '../compare/metrics';
import type { DictionaryEntry } from '../dictionary/dictionary';
import type { VariantDiff } from '../diff/types';
import type { StepData } from '../stepData/stepData';
import { itemId, planSections, type ActionPlan, type CompletionForm, type PlanRow, type PlanSection, type RowSource, type SourceItem } from './plan';

/**
 * Actions the comparison of a process's as-is and its target variant calls for, each one a row
 * the team can take into the action plan or dismiss. The rules (issue 10):
 * - documentsLegal: documents the applicant is no longer asked for → amend the legal act that
 *   requires them (the act named in the as-is step's reengineering decision), one proposal per act;
 * - integration: per information system, the documents whose data it holds (the system that
 *   holds most of the document's fields, from the dictionary) and the fields now filled from it
 *   that were typed by hand → integration with that system, named with its owner body;
 * - approvals: approvals and collegial decisions the target variant no longer has → amend the
 *   regulation of the service;
 * - modifySystem: per system, the steps that were manual and are automated or automatic in the
 *   target variant (the system the step writes to, else the first it uses) → modify the system;
 * - regulationSteps: as-is steps removed or merged into another (the step's decision says which)
 *   → change the service regulation; removed approval steps are in `approvals` already;
 * - awareness: a new channel (portal, mobile app) or a proactive service the team chose → an
 *   information campaign.
 * Every proposal lists the items it came from; an accepted row keeps them (RowSource), and
 * rowBacking tells whether they are still in the comparison once the diagrams change.
 */
export const proposalRules = ['documentsLegal', 'integration', 'approvals', 'modifySystem', 'regulationSteps', 'awareness'] as const;
export type ProposalRule = (typeof proposalRules)[number];

export interface ProposalItem extends SourceItem {
  /** The diagram elements the item is about (as-is ids for what was removed, to-be ids for what is new). */
  elementIds: string[];
}

export interface ProposedAction {
  /** `${rule}:${subject id}`: stable while the subject is, so an accepted or dismissed proposal is recognised again. */
  key: string;
  rule: ProposalRule;
  section: PlanSection;
  completionForm: CompletionForm;
  /** The legal act or information system the action is about; id and name empty when the diagrams do not say. */
  subject: { id: string; name: string; owner: string };
  items: ProposalItem[];
}

export interface ProposalInput {
  asIs: VariantFacts;
  target: VariantFacts;
  /** The diff of as-is to the target variant, with the team's corrections of the step matching. */
  diff: VariantDiff;
  dictionary: readonly DictionaryEntry[];
  /** The team answered "proactive: yes" in the comparison's Proposals block. */
  proactive: boolean;
}

const ruleSection: Record<ProposalRule, { section: PlanSection; completionForm: CompletionForm }> = {
  documentsLegal: { section: 'legal', completionForm: 'draftLegalAct' },
  integration: { section: 'informationSystems', completionForm: 'integrationAgreement' },
  approvals: { section: 'legal', completionForm: 'regulationAmendment' },
  modifySystem: { section: 'informationSystems', completionForm: 'systemRelease' },
  regulationSteps: { section: 'legal', completionForm: 'regulationAmendment' },
  awareness: { section: 'awareness', completionForm: 'informationCampaign' },
};

const newChannels = new Set(['portal', 'mobileApp']);

export function proposeActions(input: ProposalInput): ProposedAction[] {
  const context = new Context(input);
  const found = [...documentProposals(context), ...integrationProposals(context), approvalProposals(context), ...automationProposals(context), regulationProposal(context), awarenessProposal(context)];
  const order = (p: ProposedAction) => planSections.indexOf(p.section) * proposalRules.length + proposalRules.indexOf(p.rule);
  return found.filter((p): p is ProposedAction => p !== null && p.items.length > 0).sort((a, b) => order(a) - order(b));
}

type Annotated = FlowNodeFacts & { data: StepData };

class Context {
  readonly entries: Map<string, DictionaryEntry>;
  readonly asIsNodes: Annotated[];
  readonly targetNodes: Annotated[];
  readonly asIsSteps: Map<string, StepFacts>;
  readonly targetSteps: Map<string, StepFacts>;
  /** as-is id → target id, as the diff matched them. */
  readonly counterpart: Map<string, string>;
  readonly removedDocuments: { ref: string; name: string }[];

  constructor(readonly input: ProposalInput) {
    const annotated = (facts: VariantFacts) => {
      const nodes: FlowNodeFacts[] = [...facts.steps, ...facts.events, ...facts.gateways];
      return nodes.filter((node): node is Annotated => node.data !== null);
    };
    this.entries = new Map(input.dictionary.map((entry) => [entry.id, entry]));
    this.asIsNodes = annotated(input.asIs);
    this.targetNodes = annotated(input.target);
    this.asIsSteps = new Map(input.asIs.steps.map((step) => [step.id, step]));
    this.targetSteps = new Map(input.target.steps.map((step) => [step.id, step]));
    this.counterpart = new Map(input.diff.matches.map((pair) => [pair.oldId, pair.newId]));
    const asked = (facts: VariantFacts) => computeMetrics(facts, input.dictionary).values.applicantDocuments.items;
    const stillAsked = new Set(asked(input.target).map((item) => item.key));
    this.removedDocuments = asked(input.asIs)
      .filter((item) => !stillAsked.has(item.key))
      .map((item) => ({ ref: item.key, name: item.name }));
  }

  name(id: string): string {
    return this.entries.get(id)?.name || id;
  }

  subject(systemId: string): ProposedAction['subject'] {
    const entry = this.entries.get(systemId);
    return { id: systemId, name: systemId ? this.name(systemId) : '', owner: entry?.kind === 'system' ? entry.ownerBody : '' };
  }
}

function proposal(rule: ProposalRule, subject: ProposedAction['subject'], items: ProposalItem[]): ProposedAction {
  return { key: `${rule}:${subject.id}`, rule, ...ruleSection[rule], subject, items };
}

/** Groups items under a key, in the order the keys first appear. */
function grouped<T>(entries: [string, T][]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const [key, value] of entries) groups.set(key, [...(groups.get(key) ?? []), value]);
  return groups;
}

const asksApplicant = (data: StepData, ref: string) => data.documents.some((use) => use.ref === ref && use.direction === 'input' && (!use.providedBy || use.providedBy === 'applicant'));

function documentProposals(context: Context): ProposedAction[] {
  const byAct = grouped(
    context.removedDocuments.map(({ ref, name }): [string, ProposalItem] => {
      const asking = context.asIsNodes.filter((node) => asksApplicant(node.data, ref));
      const act = asking.map((node) => node.data.decision?.legalAct?.trim() ?? '').find(Boolean) ?? '';
      return [act, { kind: 'documentNotAsked', key: ref, name, elementIds: asking.map((node) => node.id) }];
    }),
  );
  return [...byAct].map(([act, items]) => proposal('documentsLegal', { id: act, name: act, owner: '' }, items));
}

function integrationProposals(context: Context): ProposedAction[] {
  const entries: [string, ProposalItem][] = [];
  for (const { ref, name } of context.removedDocuments) {
    const holder = documentHolder(context, ref);
    const using = context.targetNodes.filter((node) => node.data.documents.some((use) => use.ref === ref && use.direction === 'input'));
    if (holder) entries.push([holder, { kind: 'documentNotAsked', key: ref, name, elementIds: using.map((node) => node.id) }]);
  }
  const typedBefore = new Set(context.asIsNodes.flatMap((node) => node.data.fields.filter((use) => use.entry === 'manual').map((use) => use.ref)));
  const typedNow = new Set(context.targetNodes.flatMap((node) => node.data.fields.filter((use) => use.entry === 'manual').map((use) => use.ref)));
  const fromSystem = new Map<string, { system: string; elementIds: string[] }>();
  for (const node of context.targetNodes) {
    for (const use of node.data.fields) {
      if (use.entry !== 'system' || !use.system || !typedBefore.has(use.ref) || typedNow.has(use.ref)) continue;
      const found = fromSystem.get(use.ref);
      if (!found) fromSystem.set(use.ref, { system: use.system, elementIds: [node.id] });
      else if (found.system === use.system && !found.elementIds.includes(node.id)) found.elementIds.push(node.id);
    }
  }
  for (const [ref, { system, elementIds }] of fromSystem) entries.push([system, { kind: 'fieldFromSystem', key: ref, name: context.name(ref), elementIds }]);
  return [...grouped(entries)].map(([system, items]) => proposal('integration', context.subject(system), items));
}

/**
 * The system that holds most of the document's fields (the dictionary's holder of each field); on
 * a tie, the one named first. Without fields of known holder, the system a target step reads the
 * document from, if a step gets it from a system; else none.
 */
function documentHolder(context: Context, ref: string): string {
  const entry = context.entries.get(ref);
  const holders = entry?.kind === 'document' ? entry.fieldIds.map((id) => context.entries.get(id)).flatMap((field) => (field?.kind === 'field' && field.holderSystemId ? [field.holderSystemId] : [])) : [];
  const counts = new Map<string, number>();
  holders.forEach((id) => counts.set(id, (counts.get(id) ?? 0) + 1));
  const best = [...counts].reduce<[string, number] | null>((top, next) => (!top || next[1] > top[1] ? next : top), null);
  if (best) return best[0];
  const reader = context.targetNodes.find((node) => node.data.documents.some((use) => use.ref === ref && use.direction === 'input' && use.providedBy === 'informationSystem'));
  return reader?.data.systems[0]?.ref ?? '';
}

function approvalProposals(context: Context): ProposedAction | null {
  const items: ProposalItem[] = [];
  for (const node of context.asIsNodes) {
    const after = context.counterpart.get(node.id);
    const kept = after ? context.targetNodes.find((n) => n.id === after)?.data : undefined;
    const label = node.name || node.id;
    if (node.data.approval && !kept?.approval) items.push({ kind: 'approvalRemoved', key: node.id, name: node.data.approvalUnit ? `${label} (${node.data.approvalUnit})` : label, elementIds: [node.id] });
    if (node.data.collegial && !kept?.collegial) items.push({ kind: 'collegialRemoved', key: node.id, name: label, elementIds: [node.id] });
  }
  return proposal('approvals', { id: '', name: '', owner: '' }, items);
}

function automationProposals(context: Context): ProposedAction[] {
  const entries: [string, ProposalItem][] = [];
  for (const [oldId, newId] of context.counterpart) {
    const before = context.asIsSteps.get(oldId);
    const after = context.targetSteps.get(newId);
    if (!before || !after || before.kind !== 'manual' || after.kind === 'manual') continue;
    const systems = after.data?.systems ?? [];
    const system = (systems.find((use) => use.access === 'write' || use.access === 'readWrite') ?? systems[0])?.ref ?? '';
    entries.push([system, { kind: 'stepAutomated', key: oldId, name: after.name || before.name || oldId, elementIds: [newId] }]);
  }
  return [...grouped(entries)].map(([system, items]) => proposal('modifySystem', context.subject(system), items));
}

function regulationProposal(context: Context): ProposedAction | null {
  const items: ProposalItem[] = [];
  for (const step of context.input.asIs.steps) {
    if (context.counterpart.has(step.id) || step.data?.approval || step.data?.collegial) continue;
    const name = step.name || step.id;
    const into = step.data?.decision?.action === 'merge' ? step.data.decision.mergeWith : undefined;
    if (into) items.push({ kind: 'stepMerged', key: step.id, name, elementIds: [step.id], mergedInto: context.targetSteps.get(into)?.name || into });
    else items.push({ kind: 'stepRemoved', key: step.id, name, elementIds: [step.id] });
  }
  return proposal('regulationSteps', { id: '', name: '', owner: '' }, items);
}

function awarenessProposal(context: Context): ProposedAction | null {
  const before = new Set(context.asIsNodes.map((node) => node.data.channel));
  const items: ProposalItem[] = [];
  for (const node of context.targetNodes) {
    const channel = node.data.channel;
    if (!channel || !newChannels.has(channel) || before.has(channel)) continue;
    const found = items.find((item) => item.key === channel);
    if (found) found.elementIds.push(node.id);
    else items.push({ kind: 'channelAdded', key: channel, name: channel, elementIds: [node.id] });
  }
  if (context.input.proactive) items.push({ kind: 'proactive', key: 'proactive', name: 'proactive', elementIds: [] });
  return proposal('awareness', { id: '', name: '', owner: '' }, items);
}

/**
 * The proposals still to decide on: without the items already taken into a row from a proposal of
 * the same rule, or dismissed with one. Decisions count per rule, not per subject, so a legal act
 * retyped in the diagram does not bring back the documents already planned; an item new to the
 * rule (another document under the same act) brings the proposal back with that item alone.
 */
export function pendingProposals(proposals: readonly ProposedAction[], plan: ActionPlan): ProposedAction[] {
  const decided = new Set<string>();
  plan.rows.forEach((row) => row.source?.items.forEach((item) => decided.add(ruleItem(row.source!.proposalKey, itemId(item)))));
  plan.dismissed.forEach((d) => d.items.forEach((id) => decided.add(ruleItem(d.proposalKey, id))));
  return proposals
    .map((p) => ({ ...p, items: p.items.filter((item) => !decided.has(ruleItem(p.key, itemId(item)))) }))
    .filter((p) => p.items.length > 0);
}

/** An item as its rule sees it: the same document is one thing to a legal act and another to an integration. */
function ruleItem(proposalKey: string, id: string): string {
  return `${proposalKey.slice(0, proposalKey.indexOf(':'))}|${id}`;
}

/** What an accepted row keeps of its proposal. */
export function sourceOf(proposal: ProposedAction): RowSource {
  return { proposalKey: proposal.key, items: proposal.items.map(({ elementIds: _, ...item }) => item) };
}

export type Backing = { state: 'manual' | 'backed' } | { state: 'partly' | 'gone'; gone: SourceItem[] };

/**
 * Whether the comparison still shows what a row was accepted for, under the same rule: every item
 * (backed), some (partly) or none (gone: the to-be changed and the row may no longer be needed).
 * Rows typed by hand have no reason to check.
 */
export function rowBacking(row: PlanRow, proposals: readonly ProposedAction[]): Backing {
  if (!row.source) return { state: 'manual' };
  const { proposalKey } = row.source;
  const current = new Set(proposals.flatMap((p) => p.items.map((item) => ruleItem(p.key, itemId(item)))));
  const gone = row.source.items.filter((item) => !current.has(ruleItem(proposalKey, itemId(item))));
  if (gone.length === 0) return { state: 'backed' };
  return { state: gone.length === row.source.items.length ? 'gone' : 'partly', gone };
}
