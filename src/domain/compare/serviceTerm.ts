import type { ExecutorSide } from '../dictionary/dictionary';
import type { StepFacts, VariantFacts } from './facts';
import { computeTerm, flowOrder, termBetween, type TermSpan } from './term';
import { typicalOutcomes } from './typicalOutcome';

/** The steps the team marked as where the service term starts and ends; null keeps the default. */
export interface TermBounds {
  start: string | null;
  end: string | null;
}

export const defaultBounds: TermBounds = { start: null, end: null };

/**
 * The term of the service as a service standard states it: from the step that accepts the
 * application to the step that issues the result, both included. Unless the team marks them,
 * these are, in flow order, the provider's first step after the applicant's first step (the
 * application; in a proactive process the provider may act before it) and the provider's last
 * step (see stepSides for whose a step is); with no provider step known, the term runs over the
 * whole process (`basis: 'process'`).
 */
export interface ServiceTerm {
  startId: string | null;
  endId: string | null;
  basis: 'marked' | 'provider' | 'process';
  /** Where it would start and end unmarked: the provider's first and last steps; null when none is known. */
  defaults: TermBounds;
  /** Each gateway following its typical outcome; null when the end cannot be reached from the start. */
  typical: TermSpan | null;
  longest: TermSpan | null;
  /** Steps that may bound the term (those directly in a process), in flow order. */
  candidates: { id: string; name: string }[];
  /** Gateways with no typical outcome marked: the typical term takes their longest way. */
  unmarkedGateways: string[];
}

export function computeServiceTerm(facts: VariantFacts, sides: ReadonlyMap<string, ExecutorSide>, bounds: TermBounds = defaultBounds): ServiceTerm {
  const candidates = boundCandidates(facts);
  const known = new Set(candidates.map((step) => step.id));
  const marked = (id: string | null) => (id !== null && known.has(id) ? id : null);
  const provider = candidates.filter((step) => sides.get(step.id) === 'provider');
  const application = candidates.findIndex((step) => sides.get(step.id) === 'applicant');
  const defaults = { start: (provider.find((step) => candidates.indexOf(step) > application) ?? provider[0])?.id ?? null, end: provider.at(-1)?.id ?? null };
  const startId = marked(bounds.start) ?? defaults.start;
  const endId = marked(bounds.end) ?? defaults.end;
  const basis = marked(bounds.start) || marked(bounds.end) ? 'marked' : provider.length ? 'provider' : 'process';
  const span = (mode: 'typical' | 'longest') => (basis === 'process' ? computeTerm(facts, mode) : termBetween(facts, startId, endId, mode));
  return {
    startId: basis === 'process' ? null : startId,
    endId: basis === 'process' ? null : endId,
    basis,
    defaults,
    typical: span('typical'),
    longest: span('longest'),
    candidates: candidates.map(({ id, name }) => ({ id, name: name || id })),
    unmarkedGateways: typicalOutcomes(facts).unmarked,
  };
}

function boundCandidates(facts: VariantFacts): StepFacts[] {
  const steps = new Map(facts.steps.filter((step) => step.containerId === step.processId).map((step) => [step.id, step]));
  return facts.processes.flatMap((process) => flowOrder(facts, process.id).flatMap((id) => steps.get(id) ?? []));
}
