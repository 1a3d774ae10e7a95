import type { FlowNodeFacts, VariantFacts } from './facts';
import { typicalOutcomes } from './typicalOutcome';
import { toWorkingDays } from './workingTime';

/**
 * The time along a variant's flow, in working days, each node on a path adding its waiting time
 * and norm time: from a start to an end (the client's time, `computeTerm`), or from one step to
 * another (the service term, `termBetween`). Rules, so the number is finite and repeatable:
 * - a loop is walked once: the edges that close a cycle in a depth-first search from the start
 *   (in document order, following flows in document order) are left out;
 * - parallel branches count their longest branch; so do the other gateways' branches for the
 *   longest term, while the typical term follows each gateway's typical outcome only (see
 *   `typicalOutcomes`) and no boundary event (an exception, not the usual course);
 * - a path starts at a start event of its process (or, when there is none, at any node without
 *   incoming flows) and ends at a node without outgoing sequence flows (end events, and BPMN's
 *   implicit ends); when a loop leaves no such node reachable, at the furthest reached node;
 * - a sub-process counts its own norm time if set, else the path inside it (plus its own
 *   waiting time either way); event sub-processes, which nothing flows into, are not on any path;
 * - a boundary event continues from its host: the path runs through the host, then the event;
 * - nodes no start reaches are ignored;
 * - each path stays in one process (message flows between pools are not followed, the waiting
 *   they cause is the receiving step's waiting time); the term is the longest over the processes.
 */
export type TermMode = 'typical' | 'longest';

export interface TermSpan {
  workingDays: number;
  /** Flow nodes along the path, in order; a timed-through sub-process is followed by its inner path. */
  path: string[];
  sequenceFlows: string[];
}

export interface TermResult extends TermSpan {
  /** The process the path runs in; null when the variant has no process. */
  processId: string | null;
}

type Weighed = TermSpan;

interface Edge {
  targetId: string;
  /** Null for the link from a host to its boundary event. */
  flowId: string | null;
}

/** The longest way found to a node: its length including the node, and the edge it came by. */
interface Reach {
  days: number;
  previous: { nodeId: string; edge: Edge } | null;
}

interface ContainerGraph {
  nodes: FlowNodeFacts[];
  edges: Map<string, Edge[]>;
  /** Nodes with no outgoing sequence flow: where a path may end. */
  ends: Set<string>;
  starts: string[];
}

/** From a start to an end: the client's time when typical, the longest course of the process otherwise. */
export function computeTerm(facts: VariantFacts, mode: TermMode = 'longest'): TermResult {
  const walker = termWalker(facts, mode);
  let best: TermResult = { workingDays: 0, path: [], sequenceFlows: [], processId: null };
  for (const process of facts.processes) {
    const result = walker.inside(process.id);
    if (best.processId === null || result.workingDays > best.workingDays) best = { ...result, processId: process.id };
  }
  return best;
}

/**
 * From the start of one node to the end of another, both included, in the container (process or
 * sub-process) that holds them; without a start, from the container's starts; without an end, to
 * any of its ends. Null when no flow leads from the one to the other.
 */
export function termBetween(facts: VariantFacts, startId: string | null, endId: string | null, mode: TermMode): TermSpan | null {
  return termWalker(facts, mode).between(startId, endId);
}

/** The nodes of a process or sub-process in the order the flow reaches them from its starts; nodes no start reaches follow in document order. */
export function flowOrder(facts: VariantFacts, containerId: string): string[] {
  const graph = buildGraphs(facts, 'longest').get(containerId);
  if (!graph) return [];
  const { order } = depthFirst(graph, graph.starts);
  const reached = new Set(order);
  return [...order, ...graph.nodes.map((node) => node.id).filter((id) => !reached.has(id))];
}

function termWalker(facts: VariantFacts, mode: TermMode) {
  const graphs = buildGraphs(facts, mode);
  const subProcesses = new Set(facts.steps.filter((step) => step.isSubProcess).map((step) => step.id));
  const memo = new Map<string, Weighed>();

  const inside = (containerId: string): Weighed => {
    const known = memo.get(containerId);
    if (known) return known;
    // Duplicate ids can make a sub-process look as if it contained itself: that must not recurse forever.
    memo.set(containerId, { workingDays: 0, path: [], sequenceFlows: [] });
    const graph = graphs.get(containerId);
    const result = (graph && longestPath(graph, weigh, graph.starts)) ?? { workingDays: 0, path: [], sequenceFlows: [] };
    memo.set(containerId, result);
    return result;
  };

  const weigh = (node: FlowNodeFacts): Weighed => {
    const waiting = toWorkingDays(node.data?.waitingTime);
    if (node.data?.normTime || !subProcesses.has(node.id)) return { workingDays: waiting + toWorkingDays(node.data?.normTime), path: [node.id], sequenceFlows: [] };
    const inner = inside(node.id);
    return { workingDays: waiting + inner.workingDays, path: [node.id, ...inner.path], sequenceFlows: inner.sequenceFlows };
  };

  const between = (startId: string | null, endId: string | null): Weighed | null => {
    const holds = (graph: ContainerGraph, id: string | null) => id === null || graph.nodes.some((node) => node.id === id);
    const graph = [...graphs.values()].find((candidate) => (startId ?? endId) !== null && holds(candidate, startId) && holds(candidate, endId));
    if (!graph) return null;
    return longestPath(graph, weigh, startId === null ? graph.starts : [startId], endId ?? undefined);
  };

  return { inside, between };
}

/**
 * The graphs of a variant's facts, built once per mode: the metrics ask for the flow order, the
 * service term and the client's time of the same facts, which are never changed once extracted.
 */
const builtGraphs = new WeakMap<VariantFacts, Partial<Record<TermMode, Map<string, ContainerGraph>>>>();

function buildGraphs(facts: VariantFacts, mode: TermMode): Map<string, ContainerGraph> {
  const built = builtGraphs.get(facts) ?? {};
  builtGraphs.set(facts, built);
  return (built[mode] ??= graphsOf(facts, mode));
}

function graphsOf(facts: VariantFacts, mode: TermMode): Map<string, ContainerGraph> {
  const graphs = new Map<string, ContainerGraph>();
  const graphOf = (containerId: string) => {
    let graph = graphs.get(containerId);
    if (!graph) graphs.set(containerId, (graph = { nodes: [], edges: new Map(), ends: new Set(), starts: [] }));
    return graph;
  };
  const nodes = [...facts.steps, ...facts.events, ...facts.gateways];
  const containerOf = new Map(nodes.map((node) => [node.id, node.containerId]));
  // A flow that crosses a sub-process border is invalid BPMN; it is not followed.
  const addEdge = (sourceId: string, edge: Edge) => {
    const containerId = containerOf.get(sourceId);
    if (containerId === undefined || containerOf.get(edge.targetId) !== containerId) return;
    const graph = graphOf(containerId);
    graph.edges.set(sourceId, [...(graph.edges.get(sourceId) ?? []), edge]);
  };

  nodes.forEach((node) => graphOf(node.containerId).nodes.push(node));
  const typical = mode === 'typical' ? typicalOutcomes(facts) : null;
  facts.sequenceFlows.forEach((flow) => !typical?.skipped.has(flow.id) && addEdge(flow.sourceId, { targetId: flow.targetId, flowId: flow.id }));
  if (!typical) facts.events.forEach((event) => event.attachedTo && addEdge(event.attachedTo, { targetId: event.id, flowId: null }));
  for (const graph of graphs.values()) {
    const hasIncoming = new Set([...graph.edges.values()].flat().map((edge) => edge.targetId));
    const hasOutgoingFlow = (id: string) => (graph.edges.get(id) ?? []).some((edge) => edge.flowId !== null);
    graph.nodes.filter((node) => !hasOutgoingFlow(node.id)).forEach((node) => graph.ends.add(node.id));
    const startEvents = graph.nodes.filter((node) => node.type === 'bpmn:StartEvent');
    graph.starts = (startEvents.length ? startEvents : graph.nodes.filter((node) => !hasIncoming.has(node.id))).map((node) => node.id);
  }
  return graphs;
}

/** The longest way from `starts` to `endId`, or to any end of the graph; null when `endId` is not reached. */
function longestPath(graph: ContainerGraph, weigh: (node: FlowNodeFacts) => Weighed, starts: string[], endId?: string): Weighed | null {
  const { order, backEdges } = depthFirst(graph, starts);
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const weights = new Map<string, Weighed>();
  const weightOf = (id: string) => {
    let weight = weights.get(id);
    if (!weight) weights.set(id, (weight = weigh(byId.get(id)!)));
    return weight;
  };
  const reached = new Map<string, Reach>();
  starts.forEach((id) => reached.set(id, { days: weightOf(id).workingDays, previous: null }));
  for (const nodeId of order) {
    const here = reached.get(nodeId);
    if (!here) continue;
    for (const edge of graph.edges.get(nodeId) ?? []) {
      if (backEdges.has(edge)) continue;
      const days = here.days + weightOf(edge.targetId).workingDays;
      const there = reached.get(edge.targetId);
      if (!there || days > there.days) reached.set(edge.targetId, { days, previous: { nodeId, edge } });
    }
  }
  const candidates = order.filter((id) => reached.has(id));
  const ending = candidates.filter((id) => graph.ends.has(id));
  const furthest = () => (ending.length ? ending : candidates).reduce<string | undefined>((best, id) => (best === undefined || reached.get(id)!.days > reached.get(best)!.days ? id : best), undefined);
  const lastId = endId === undefined ? furthest() : reached.has(endId) ? endId : undefined;
  if (lastId === undefined) return endId === undefined ? { workingDays: 0, path: [], sequenceFlows: [] } : null;

  // Collected from the end backwards, then reversed: unshift would make a long path quadratic.
  const path: string[][] = [];
  const flows: string[][] = [];
  for (let id: string | undefined = lastId; id !== undefined; ) {
    const step: Reach = reached.get(id)!;
    path.push(weightOf(id).path);
    flows.push([...(step.previous?.edge.flowId ? [step.previous.edge.flowId] : []), ...weightOf(id).sequenceFlows]);
    id = step.previous?.nodeId;
  }
  return { workingDays: reached.get(lastId)!.days, path: path.reverse().flat(), sequenceFlows: flows.reverse().flat() };
}

/** Topological order of what the starts reach, and the edges that close cycles (iterative: large diagrams). */
function depthFirst(graph: ContainerGraph, starts: string[]): { order: string[]; backEdges: Set<Edge> } {
  const state = new Map<string, 'open' | 'done'>();
  const finished: string[] = [];
  const backEdges = new Set<Edge>();
  for (const startId of starts) {
    if (state.has(startId)) continue;
    state.set(startId, 'open');
    const stack = [{ id: startId, next: 0 }];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const edge = (graph.edges.get(top.id) ?? [])[top.next++];
      if (!edge) {
        state.set(top.id, 'done');
        finished.push(top.id);
        stack.pop();
      } else if (state.get(edge.targetId) === 'open') {
        backEdges.add(edge);
      } else if (!state.has(edge.targetId)) {
        state.set(edge.targetId, 'open');
        stack.push({ id: edge.targetId, next: 0 });
      }
    }
  }
  return { order: finished.reverse(), backEdges };
}
