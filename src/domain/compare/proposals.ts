import type { VariantKind } from '../variant';
import { changeBetween, comparisonRow, displayValue, type Comparison } from './comparison';
import type { MetricId } from './metrics';

/**
 * The "Proposals" block of Appendix 1 to the 2015 Rules: four answers follow from the diagrams
 * (as-is against the proposed variant), the others are the project team's choices, stored
 * elsewhere and passed in.
 */
export type ProposalTarget = Exclude<VariantKind, 'asIs'>;

/** "Reduce …: yes (from … to …) / no". Decided on displayed values, so 2.001 → 2.004 days is "no". */
export interface Reduction {
  reduce: boolean;
  from: number;
  to: number;
}

export interface DerivedProposals {
  /** Null when the as-is or the target variant is missing. */
  term: Reduction | null;
  /** Documents required from the applicant. */
  documents: Reduction | null;
  steps: Reduction | null;
  /** Fields typed by hand. */
  fields: Reduction | null;
}

/** Null while the team has not answered. */
export interface ChosenProposals {
  electronicOnly: boolean | null;
  paperFormat: 'remove' | 'keep' | null;
  oneTimePassword: boolean | null;
  oneApplication: boolean | null;
  /** The other service of the "one application", when oneApplication is true. */
  oneApplicationService: string;
  proactive: boolean | null;
  fullAutomation: boolean | null;
  alternativeThroughProvider: 'remove' | 'keep' | null;
}

export const emptyChosenProposals: ChosenProposals = {
  electronicOnly: null,
  paperFormat: null,
  oneTimePassword: null,
  oneApplication: null,
  oneApplicationService: '',
  proactive: null,
  fullAutomation: null,
  alternativeThroughProvider: null,
};

export interface Proposals {
  target: ProposalTarget;
  derived: DerivedProposals;
  chosen: ChosenProposals;
}

export function buildProposals(comparison: Comparison, target: ProposalTarget, chosen: ChosenProposals = emptyChosenProposals): Proposals {
  return {
    target,
    derived: {
      term: reduction(comparison, 'termDays', target),
      documents: reduction(comparison, 'applicantDocuments', target),
      steps: reduction(comparison, 'steps', target),
      fields: reduction(comparison, 'manualFields', target),
    },
    chosen,
  };
}

export function reduction(comparison: Comparison, id: MetricId, target: ProposalTarget): Reduction | null {
  const row = comparisonRow(comparison, id);
  const change = changeBetween(row, 'asIs', target);
  if (!change) return null;
  return { reduce: displayValue(change.to, row.unit) < displayValue(change.from, row.unit), from: change.from, to: change.to };
}
