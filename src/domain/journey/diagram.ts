import type { ModdleElement } from 'bpmn-moddle';
import { newModdle } from '../bpmnFile';
import { extractFacts, type VariantFacts } from '../compare/facts';
import { flowElementsDeep, listOf, refId, rootProcesses, textOf } from '../moddleLists';

/** What a journey needs of a variant's diagram: the facts the comparison reads, plus its messages. */
export interface JourneyDiagram {
  facts: VariantFacts;
  messageFlows: MessageFlowFacts[];
  /** Nodes that send a message: send tasks, and intermediate or end events that throw one. */
  senders: ReadonlySet<string>;
}

export interface MessageFlowFacts {
  id: string;
  name: string;
  /** A flow node, or a pool drawn as a black box. */
  sourceId: string;
  targetId: string;
}

/** A lane or a pool that may stand for the applicant when a map is generated. */
export interface ApplicantCandidate {
  kind: 'lane' | 'pool';
  id: string;
  name: string;
  /** Nesting depth of a lane (0 for a top lane); 0 for a pool. */
  depth: number;
  /** Its name says it is the applicant (заявитель, услугополучатель, клиент, …). */
  suggested: boolean;
}

/** An element a stage or card may be linked to by hand. */
export interface LinkableElement {
  id: string;
  name: string;
  kind: 'step' | 'event' | 'gateway' | 'messageFlow';
}

export async function journeyDiagramFromXml(xml: string): Promise<JourneyDiagram> {
  return readJourneyDiagram((await newModdle().fromXML(xml)).rootElement);
}

export function readJourneyDiagram(definitions: ModdleElement): JourneyDiagram {
  const collaborations = listOf(definitions, 'rootElements').filter((root) => root.$instanceOf('bpmn:Collaboration'));
  const messageFlows = collaborations
    .flatMap((collaboration) => listOf(collaboration, 'messageFlows'))
    .map((flow) => ({ id: flow.id ?? '', name: textOf(flow.name), sourceId: refId(flow, 'sourceRef'), targetId: refId(flow, 'targetRef') }));
  const senders = new Set(
    rootProcesses(definitions)
      .flatMap(flowElementsDeep)
      .filter((element) => element.$instanceOf('bpmn:SendTask') || (element.$instanceOf('bpmn:ThrowEvent') && listOf(element, 'eventDefinitions').some((d) => d.$instanceOf('bpmn:MessageEventDefinition'))))
      .map((element) => element.id ?? ''),
  );
  return { facts: extractFacts(definitions), messageFlows, senders };
}

const applicantName = /заявител|услугополучател|получател|клиент|гражданин|родител|өтініш|алушы|азамат|applicant|client|citizen|customer/i;

/** The pools first, then the lanes in document order (nested lanes after their parent). */
export function applicantCandidates({ facts }: JourneyDiagram): ApplicantCandidate[] {
  const depthOf = (laneId: string | null): number => {
    const parent = facts.lanes.find((lane) => lane.id === laneId)?.parentLaneId ?? null;
    return parent ? 1 + depthOf(parent) : 0;
  };
  return [
    ...facts.pools.map((pool) => ({ kind: 'pool' as const, id: pool.id, name: pool.name, depth: 0, suggested: applicantName.test(pool.name) })),
    ...facts.lanes.map((lane) => ({ kind: 'lane' as const, id: lane.id, name: lane.name, depth: depthOf(lane.id), suggested: applicantName.test(lane.name) })),
  ];
}

/** Every id a link may point at: flow nodes, sequence and message flows, pools and lanes. */
export function elementIdsOf({ facts, messageFlows }: JourneyDiagram): Set<string> {
  return new Set(
    [...facts.steps, ...facts.events, ...facts.gateways, ...facts.sequenceFlows, ...messageFlows, ...facts.pools, ...facts.lanes, ...facts.processes].map((element) => element.id),
  );
}

export function linkableElements({ facts, messageFlows }: JourneyDiagram): LinkableElement[] {
  return [
    ...facts.steps.map((step) => ({ id: step.id, name: step.name, kind: 'step' as const })),
    ...facts.events.map((event) => ({ id: event.id, name: event.name, kind: 'event' as const })),
    ...facts.gateways.map((gateway) => ({ id: gateway.id, name: gateway.name, kind: 'gateway' as const })),
    ...messageFlows.map((flow) => ({ id: flow.id, name: flow.name, kind: 'messageFlow' as const })),
  ];
}
