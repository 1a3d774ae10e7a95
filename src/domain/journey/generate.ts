import type { FlowNodeFacts } from '../compare/facts';
import { toWorkingDays } from '../compare/workingTime';
import type { Duration, StepData } from '../stepData/stepData';
import type { JourneyDiagram } from './diagram';
import { flowOrder } from './flowOrder';
import { contactLaneKind, laneOfKind, newCard, newLanes, type JourneyCard, type JourneyChannel, type JourneyMap, type NewId } from './model';

/** Who the applicant is in the diagram: some of its lanes (their nested lanes too), or one pool. */
export type ApplicantChoice = { kind: 'lanes'; ids: readonly string[] } | { kind: 'pool'; id: string };

export interface GenerateOptions {
  newId: NewId;
  /** A document's name from its dictionary ref; the ref itself when not given. */
  documentName?(ref: string): string;
}

type Node = FlowNodeFacts & { kind: 'step' | 'event' | 'gateway' };
type Draft = { position: number; card: Partial<JourneyCard> & Pick<JourneyCard, 'text' | 'channel' | 'agency' | 'links'>; contact: boolean };

const inPersonChannels: ReadonlySet<JourneyChannel> = new Set(['serviceCentre', 'providerOffice']);
const minutesPerWorkingDay = 8 * 60;

/**
 * A draft journey from a variant's diagram, one stage per touchpoint in the order they happen, for
 * the user to group into stages. Touchpoints are:
 * - each step of the applicant, and each named event of the applicant (a wait, a trigger, the end);
 * - each message flow between the applicant and the state side;
 * - each step of the state side with a channel that is not part of an applicant's step's contact,
 *   and each message the state side sends straight to the applicant (a notification).
 * A state step on the same channel next to an applicant's step (through gateways and other such
 * steps) is the other side of that contact: the officer checking the documents at the counter. It
 * is linked to the applicant's card, whose time, waiting and documents include it, rather than
 * being a card of its own. Every card keeps the ids of the elements it stands for.
 *
 * A card's waiting is its own elements' waiting time plus the state's work since the touchpoint
 * before it: the longest path (waiting and norm time) through the steps no card stands for.
 */
export function generateJourney(diagram: JourneyDiagram, choice: ApplicantChoice, options: GenerateOptions): Pick<JourneyMap, 'stages' | 'lanes' | 'cards'> {
  const { facts } = diagram;
  const nodes = new Map<string, Node>([
    ...facts.steps.map((n) => [n.id, { ...n, kind: 'step' as const }] as const),
    ...facts.events.map((n) => [n.id, { ...n, kind: 'event' as const }] as const),
    ...facts.gateways.map((n) => [n.id, { ...n, kind: 'gateway' as const }] as const),
  ]);
  const applicant = applicantSide(diagram, choice, nodes);
  const graph = flowGraph(diagram, nodes);
  const position = new Map(flowOrder([...nodes.keys()], graph.inOrder).map((id, index) => [id, index]));
  const laneName = new Map(facts.lanes.map((lane) => [lane.id, lane.name]));
  const poolName = new Map(facts.pools.map((pool) => [pool.processId ?? pool.id, pool.name]));
  const agencyOf = (node: Node) => node.data?.unit || laneName.get(node.laneId ?? '') || poolName.get(node.processId) || '';
  const documentName = options.documentName ?? ((ref: string) => ref);

  const beyondGateways = (id: string, direction: 'before' | 'after') => neighbours(id, direction, graph, (n) => nodes.get(n)?.kind === 'gateway');
  const attachments = new Map<string, string[]>();
  const drafts: Draft[] = [];
  const crossing = diagram.messageFlows.filter((flow) => applicant.endpoints.has(flow.sourceId) !== applicant.endpoints.has(flow.targetId));
  // A state step that sends or receives one of those messages is a touchpoint through the message.
  const messaged = new Set(crossing.flatMap((flow) => [flow.sourceId, flow.targetId]));
  if (applicant.endpoints.size === 0) return layOut([], options.newId);

  for (const node of nodes.values()) {
    if (applicant.nodes.has(node.id) || node.kind === 'gateway' || messaged.has(node.id)) continue;
    const channel = node.data?.channel;
    if (channel) {
      const anchor = contactAnchor(node, channel, graph, nodes, applicant.nodes);
      if (anchor) attachments.set(anchor, [...(attachments.get(anchor) ?? []), node.id]);
      else drafts.push(stateDraft(node, channel));
    } else if (diagram.senders.has(node.id) && beyondGateways(node.id, 'after').some((n) => applicant.nodes.has(n))) {
      drafts.push(stateDraft(node, 'notification'));
    }
  }
  for (const node of nodes.values()) {
    if (!applicant.nodes.has(node.id) || node.kind === 'gateway' || (node.kind === 'event' && !node.name)) continue;
    drafts.push(applicantDraft(node, (attachments.get(node.id) ?? []).map((id) => nodes.get(id)!)));
  }
  for (const flow of crossing) {
    const fromApplicant = applicant.endpoints.has(flow.sourceId);
    const stateNode = nodes.get(fromApplicant ? flow.targetId : flow.sourceId);
    const stateParticipant = facts.pools.find((pool) => pool.id === (fromApplicant ? flow.targetId : flow.sourceId));
    const source = position.get(flow.sourceId);
    drafts.push({
      position: source !== undefined ? source + 0.5 : (position.get(flow.targetId) ?? position.size) - 0.5,
      contact: true,
      card: {
        ...describe(stateNode ? [stateNode] : [], []),
        text: flow.name || stateNode?.name || stateParticipant?.name || flow.id,
        channel: stateNode?.data?.channel ?? null,
        initiator: fromApplicant ? 'client' : 'state',
        agency: stateNode ? agencyOf(stateNode) : (stateParticipant?.name ?? ''),
        links: [flow.id, ...(stateNode ? [stateNode.id] : [])],
      },
    });
  }
  drafts.sort((a, b) => a.position - b.position);
  lendAgencies(drafts, graph);
  addWaitingBetween(drafts, nodes, graph, position);
  return layOut(drafts, options.newId);

  function applicantDraft(node: Node, attached: Node[]): Draft {
    const channel = node.data?.channel ?? null;
    const linked = [node, ...attached];
    const contact = channel !== null || linked.some((n) => n.data?.inPersonVisit);
    const served = attached[0] ?? (contact ? beyondGateways(node.id, 'after').map((id) => nodes.get(id)!).find((n) => !applicant.nodes.has(n.id)) : undefined);
    return {
      position: position.get(node.id) ?? 0,
      contact,
      card: { ...describe([node], attached), text: node.name || node.id, channel, initiator: contact ? 'client' : null, agency: served ? agencyOf(served) : '', links: linked.map((n) => n.id) },
    };
  }

  function stateDraft(node: Node, channel: JourneyChannel): Draft {
    return { position: position.get(node.id) ?? 0, contact: true, card: { ...describe([], [node]), text: node.name || node.id, channel, initiator: 'state', agency: agencyOf(node), links: [node.id] } };
  }

  /** What the client spends and carries at a touchpoint made of the applicant's own nodes and the state's nodes of the same contact. */
  function describe(own: Node[], state: Node[]) {
    const all = [...own, ...state];
    const channel = all.map((n) => n.data?.channel).find(Boolean);
    const present = own.length > 0 || (channel !== undefined && inPersonChannels.has(channel));
    const documents = all.flatMap((n) => carriedDocuments(n.data, own.includes(n)).map(documentName));
    return {
      inPersonVisit: all.some((n) => n.data?.inPersonVisit),
      documents: [...new Set(documents)],
      clientMinutes: Math.round(
        own.reduce((sum, n) => sum + minutes(n.data?.normTime), 0) + (present ? state.reduce((sum, n) => sum + minutes(n.data?.normTime), 0) : 0),
      ),
      waitingDays: all.reduce((sum, n) => sum + toWorkingDays(n.data?.waitingTime), 0),
    };
  }
}

/** Documents the applicant carries or submits: what a step takes from the applicant (no provider said counts as the applicant, as in the metrics), and what the applicant's own step produces. */
function carriedDocuments(data: StepData | null, ownStep: boolean): string[] {
  return (data?.documents ?? [])
    .filter((d) => (d.direction === 'input' ? (d.providedBy ?? 'applicant') === 'applicant' && d.form !== 'formOfInformation' : ownStep && d.providedBy === 'applicant'))
    .map((d) => d.ref);
}

function minutes(duration: Duration | undefined): number {
  return toWorkingDays(duration) * minutesPerWorkingDay;
}

function applicantSide(diagram: JourneyDiagram, choice: ApplicantChoice, nodes: ReadonlyMap<string, Node>) {
  const { lanes, pools } = diagram.facts;
  if (choice.kind === 'pool') {
    const processId = pools.find((pool) => pool.id === choice.id)?.processId;
    const ids = [...nodes.values()].filter((node) => processId && node.processId === processId).map((node) => node.id);
    return { nodes: new Set(ids), endpoints: new Set([...ids, choice.id]) };
  }
  const chosen = new Set(choice.ids);
  const within = (laneId: string | null): boolean => laneId !== null && (chosen.has(laneId) || within(lanes.find((lane) => lane.id === laneId)?.parentLaneId ?? null));
  const ids = [...nodes.values()].filter((node) => within(node.laneId)).map((node) => node.id);
  return { nodes: new Set(ids), endpoints: new Set(ids) };
}

interface FlowGraph {
  successors: Map<string, string[]>;
  predecessors: Map<string, string[]>;
  /** The successors and the messages between nodes: what happens after what, across pools. */
  inOrder: Map<string, string[]>;
}

/** Sequence flows, and a sub-process into its first nodes. */
function flowGraph({ facts, messageFlows }: JourneyDiagram, nodes: ReadonlyMap<string, Node>): FlowGraph {
  const graph: FlowGraph = { successors: new Map(), predecessors: new Map(), inOrder: new Map() };
  const append = (map: Map<string, string[]>, key: string, value: string) => map.set(key, [...(map.get(key) ?? []), value]);
  const add = (from: string, to: string, message = false) => {
    if (!nodes.has(from) || !nodes.has(to)) return;
    append(graph.inOrder, from, to);
    if (message) return;
    append(graph.successors, from, to);
    append(graph.predecessors, to, from);
  };
  facts.sequenceFlows.forEach((flow) => add(flow.sourceId, flow.targetId));
  const entered = new Set(facts.sequenceFlows.map((flow) => flow.targetId));
  for (const node of nodes.values()) if (nodes.has(node.containerId) && !entered.has(node.id)) add(node.containerId, node.id);
  messageFlows.forEach((flow) => add(flow.sourceId, flow.targetId, true));
  return graph;
}

/** The nodes reached from `id` one flow away, passing through the nodes `passable` lets through. */
function neighbours(id: string, direction: 'before' | 'after', graph: FlowGraph, passable: (id: string) => boolean): string[] {
  const edges = direction === 'before' ? graph.predecessors : graph.successors;
  const seen = new Set([id]);
  const found: string[] = [];
  const queue = [...(edges.get(id) ?? [])];
  while (queue.length) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    if (passable(next)) queue.push(...(edges.get(next) ?? []));
    else found.push(next);
  }
  return found;
}

/** The applicant's step on the same channel that a state step serves in one contact: looked for before it, then after it. */
function contactAnchor(node: Node, channel: string, graph: FlowGraph, nodes: ReadonlyMap<string, Node>, applicant: ReadonlySet<string>): string | undefined {
  const sameContact = (id: string) => {
    const other = nodes.get(id);
    return other?.kind === 'gateway' || (!applicant.has(id) && other?.data?.channel === channel);
  };
  for (const direction of ['before', 'after'] as const) {
    const anchor = neighbours(node.id, direction, graph, sameContact).find((id) => applicant.has(id) && nodes.get(id)?.kind === 'step' && nodes.get(id)?.data?.channel === channel);
    if (anchor) return anchor;
  }
  return undefined;
}

/** A contact whose agency the diagram does not say (collecting documents before a counter) takes it from the next card of the same contact. */
function lendAgencies(drafts: Draft[], graph: FlowGraph): void {
  for (let index = drafts.length - 2; index >= 0; index--) {
    const { card, contact } = drafts[index]!;
    const next = drafts[index + 1]!.card;
    const directlyBefore = (graph.successors.get(card.links[0] ?? '') ?? []).includes(next.links[0] ?? '');
    if (contact && !card.agency && next.channel === card.channel && directlyBefore) card.agency = next.agency;
  }
}

/** Adds to each card the longest run of state work (waiting and norm time) that leads to it from the touchpoint before. */
function addWaitingBetween(drafts: Draft[], nodes: ReadonlyMap<string, Node>, graph: FlowGraph, position: ReadonlyMap<string, number>): void {
  const linked = new Set(drafts.flatMap((draft) => draft.card.links));
  const weight = (node: Node) => toWorkingDays(node.data?.waitingTime) + toWorkingDays(node.data?.normTime);
  // A predecessor later in the order closes a loop: the loop is walked once, as in the term.
  const earlier = (id: string) => (graph.predecessors.get(id) ?? []).filter((p) => (position.get(p) ?? Infinity) < (position.get(id) ?? -Infinity));
  const run = new Map<string, number>();
  const before = (ids: readonly string[]) => Math.max(0, ...ids.flatMap(earlier).filter((p) => !ids.includes(p)).map((p) => (linked.has(p) ? 0 : (run.get(p) ?? 0))));
  for (const id of [...position.keys()].sort((a, b) => position.get(a)! - position.get(b)!)) {
    if (!linked.has(id)) run.set(id, weight(nodes.get(id)!) + before([id]));
  }
  for (const draft of drafts) {
    const own = draft.card.links.filter((id) => nodes.has(id));
    draft.card.waitingDays = Math.round(((draft.card.waitingDays ?? 0) + before(own)) * 100) / 100;
  }
}

function layOut(drafts: Draft[], newId: NewId): Pick<JourneyMap, 'stages' | 'lanes' | 'cards'> {
  const lanes = newLanes(newId);
  const contactLane = laneOfKind({ lanes }, contactLaneKind)!.id;
  const actionLane = laneOfKind({ lanes }, 'actions')!.id;
  const stages = drafts.map((draft) => ({ id: newId(), title: draft.card.text.slice(0, 200), links: [] }));
  const cards = drafts.map((draft, index) => newCard({ ...draft.card, id: newId(), stageId: stages[index]!.id, laneId: draft.contact ? contactLane : actionLane }));
  return { stages, lanes, cards };
}
