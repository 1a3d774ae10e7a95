import type { SequenceFlowFacts, VariantFacts } from './facts';

/** Gateways where the process chooses a way; a parallel gateway takes every way. */
const choosing = new Set(['bpmn:ExclusiveGateway', 'bpmn:InclusiveGateway', 'bpmn:ComplexGateway', 'bpmn:EventBasedGateway']);

/** Whether a gateway of this BPMN type has a typical outcome to mark. */
export function choosesAWay(gatewayType: string): boolean {
  return choosing.has(gatewayType);
}

export interface TypicalOutcomes {
  /** Flows the typical course does not take. */
  skipped: Set<string>;
  /** Choosing gateways with several outgoing flows and no typical outcome marked: the typical term takes their longest way. */
  unmarked: string[];
}

/**
 * The way each gateway usually goes. Flow probabilities (<rw:flowData probability>) win: the most
 * likely flow, or for an inclusive gateway every flow at least as likely as not (the most likely
 * one if none is); without them, the gateway's BPMN default flow; without either, every way.
 */
export function typicalOutcomes(facts: VariantFacts): TypicalOutcomes {
  const outgoing = new Map<string, SequenceFlowFacts[]>();
  facts.sequenceFlows.forEach((flow) => outgoing.set(flow.sourceId, [...(outgoing.get(flow.sourceId) ?? []), flow]));
  const skipped = new Set<string>();
  const unmarked: string[] = [];
  for (const gateway of facts.gateways) {
    const flows = outgoing.get(gateway.id) ?? [];
    if (!choosesAWay(gateway.type) || flows.length < 2) continue;
    const taken = takenFlows(flows, gateway.defaultFlowId, gateway.type === 'bpmn:InclusiveGateway');
    if (!taken) unmarked.push(gateway.id);
    else flows.filter((flow) => !taken.has(flow.id)).forEach((flow) => skipped.add(flow.id));
  }
  return { skipped, unmarked };
}

function takenFlows(flows: SequenceFlowFacts[], defaultFlowId: string | null, inclusive: boolean): Set<string> | null {
  const weighed = flows.filter((flow) => flow.probability !== null);
  if (weighed.length) {
    const most = Math.max(...weighed.map((flow) => flow.probability!));
    const likely = inclusive ? weighed.filter((flow) => flow.probability! >= 0.5) : [];
    return new Set((likely.length ? likely : weighed.filter((flow) => flow.probability === most)).map((flow) => flow.id));
  }
  return defaultFlowId && flows.some((flow) => flow.id === defaultFlowId) ? new Set([defaultFlowId]) : null;
}
