import type { ModdleElement } from 'bpmn-moddle';
import { collectProcesses, newModdle } from '../bpmnFile';
import { readFlowData, readStepData, type StepData, type stepKinds } from '../stepData/stepData';
import { listOf, refId, textOf } from '../moddleLists';

/**
 * What a variant's diagram says, as plain data: enough to count, compare and time it without
 * the moddle tree. Lists keep document order, so everything derived from them is deterministic.
 */
export type StepKind = (typeof stepKinds)[number];

export interface FlowNodeFacts {
  id: string;
  name: string;
  /** The moddle type, e.g. `bpmn:UserTask`. */
  type: string;
  processId: string;
  /** The process or sub-process whose flow elements hold this node. */
  containerId: string;
  /** The innermost lane listing the node, else the lane of its enclosing sub-process. */
  laneId: string | null;
  data: StepData | null;
}

export interface StepFacts extends FlowNodeFacts {
  /** The step data's kind, or the one its BPMN type implies when the data has none (see inferStepKind). */
  kind: StepKind;
  kindInferred: boolean;
  isSubProcess: boolean;
}

export interface EventFacts extends FlowNodeFacts {
  /** The host activity of a boundary event. */
  attachedTo: string | null;
}

export interface GatewayFacts extends FlowNodeFacts {
  /** The BPMN default flow: the gateway's typical outcome unless flow probabilities say otherwise. */
  defaultFlowId: string | null;
}

export interface SequenceFlowFacts {
  id: string;
  name: string;
  sourceId: string;
  targetId: string;
  containerId: string;
  /** How likely the flow is taken, 0–1, from <rw:flowData>; null when not recorded. */
  probability: number | null;
}

export interface PoolFacts {
  id: string;
  name: string;
  processId: string | null;
}

export interface LaneFacts {
  id: string;
  name: string;
  processId: string;
  parentLaneId: string | null;
}

export interface ProcessFacts {
  id: string;
  name: string;
}

export interface VariantFacts {
  processes: ProcessFacts[];
  pools: PoolFacts[];
  lanes: LaneFacts[];
  /** Tasks of every kind, sub-processes (including transactions and event sub-processes) and call activities. */
  steps: StepFacts[];
  events: EventFacts[];
  gateways: GatewayFacts[];
  sequenceFlows: SequenceFlowFacts[];
}

const automaticTaskTypes = ['bpmn:ServiceTask', 'bpmn:ScriptTask', 'bpmn:BusinessRuleTask'];

/**
 * A step whose data does not say how it is done: a service, script or business-rule task is run
 * by a system by definition (automatic); anything else (user, manual, send, receive, plain task,
 * sub-process, call activity) is taken as manual, the cautious reading for an as-is diagram.
 */
export function inferStepKind(type: string): StepKind {
  return automaticTaskTypes.includes(type) ? 'automatic' : 'manual';
}

export async function factsFromXml(xml: string): Promise<VariantFacts> {
  const { rootElement } = await newModdle().fromXML(xml);
  return extractFacts(rootElement);
}

/** How to read a flow node's step data: a caller that read it already for something else passes what it read. */
export type StepDataOf = (element: ModdleElement) => StepData | null;

export function extractFacts(definitions: ModdleElement, stepDataOf: StepDataOf = (element) => readStepData(element).data): VariantFacts {
  const facts: VariantFacts = { processes: [], pools: poolsOf(definitions), lanes: [], steps: [], events: [], gateways: [], sequenceFlows: [] };
  for (const process of collectProcesses(definitions)) {
    const processId = process.id ?? '';
    facts.processes.push({ id: processId, name: textOf(process.name) });
    walkContainer(process, processId, null, facts, stepDataOf);
  }
  return facts;
}

function walkContainer(container: ModdleElement, processId: string, enclosingLaneId: string | null, facts: VariantFacts, stepDataOf: StepDataOf): void {
  const laneOf = collectLanes(container, processId, facts.lanes);
  const containerId = container.id ?? '';
  for (const element of listOf(container, 'flowElements')) {
    const id = element.id ?? '';
    const kind = kindOf(element);
    if (kind === 'sequenceFlow') {
      const probability = readFlowData(element).data?.probability ?? null;
      facts.sequenceFlows.push({ id, name: textOf(element.name), sourceId: refId(element, 'sourceRef'), targetId: refId(element, 'targetRef'), containerId, probability });
      continue;
    }
    if (kind === 'other') continue;
    const name = textOf(element.name);
    const type = element.$type;
    const laneId = laneOf.get(id) ?? enclosingLaneId;
    const data = stepDataOf(element);
    // Literals, not a node spread into each: V8 spreads objects slowly enough to show here.
    if (kind === 'event') facts.events.push({ id, name, type, processId, containerId, laneId, data, attachedTo: refId(element, 'attachedToRef') || null });
    else if (kind === 'gateway') facts.gateways.push({ id, name, type, processId, containerId, laneId, data, defaultFlowId: refId(element, 'default') || null });
    else if (kind !== 'flowNode') {
      const declared = data?.stepKind;
      facts.steps.push({ id, name, type, processId, containerId, laneId, data, kind: declared ?? inferStepKind(type), kindInferred: !declared, isSubProcess: kind === 'subProcess' });
    }
    if (kind === 'subProcess') walkContainer(element, processId, laneId, facts, stepDataOf);
  }
}

type FlowElementKind = 'sequenceFlow' | 'event' | 'gateway' | 'activity' | 'subProcess' | 'flowNode' | 'other';
const kinds = new Map<string, FlowElementKind>();

/** By type name, once per type: $instanceOf walks the type hierarchy on every call. */
function kindOf(element: ModdleElement): FlowElementKind {
  let kind = kinds.get(element.$type);
  if (kind === undefined) {
    const is = (type: string) => element.$instanceOf(type);
    kind = is('bpmn:SequenceFlow') ? 'sequenceFlow' : !is('bpmn:FlowNode') ? 'other' : is('bpmn:Event') ? 'event' : is('bpmn:Gateway') ? 'gateway' : is('bpmn:SubProcess') ? 'subProcess' : is('bpmn:Activity') ? 'activity' : 'flowNode';
    kinds.set(element.$type, kind);
  }
  return kind;
}

/** Adds the container's lanes (nested ones too) to `lanes` and returns the innermost lane of each node. */
function collectLanes(container: ModdleElement, processId: string, lanes: LaneFacts[]): Map<string, string> {
  const laneOf = new Map<string, string>();
  const visit = (laneSet: ModdleElement, parentLaneId: string | null) => {
    for (const lane of listOf(laneSet, 'lanes')) {
      const id = lane.id ?? '';
      lanes.push({ id, name: textOf(lane.name), processId, parentLaneId });
      // Parents are visited before their children, so the child's entry wins.
      listOf(lane, 'flowNodeRef').forEach((node) => node?.id && laneOf.set(node.id, id));
      const child = lane.get('childLaneSet') as ModdleElement | undefined;
      if (child) visit(child, id);
    }
  };
  listOf(container, 'laneSets').forEach((laneSet) => visit(laneSet, null));
  return laneOf;
}

function poolsOf(definitions: ModdleElement): PoolFacts[] {
  return listOf(definitions, 'rootElements')
    .filter((root) => root.$instanceOf('bpmn:Collaboration'))
    .flatMap((collaboration) => listOf(collaboration, 'participants'))
    .map((participant) => ({ id: participant.id ?? '', name: textOf(participant.name), processId: refId(participant, 'processRef') || null }));
}
