import type { VariantKind } from '../variant';
import { changeBetween, comparisonRow, displayValue, type Comparison } from './comparison';
import type { MetricId, MetricUnit } from './metrics';

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

/** The items of the block in the order of the form (Appendix 1), for the page and the exported report alike. */
export const proposalItems = [
  'electronicOnly',
  'paperFormat',
  'oneTimePassword',
  'oneApplication',
  'proactive',
  'fullAutomation',
  'term',
  'documents',
  'steps',
  'fields',
  'alternativeThroughProvider',
] as const;
export type ProposalItem = (typeof proposalItems)[number];
export type ChoiceItem = Exclude<ProposalItem, keyof DerivedProposals>;

export function isDerivedItem(item: ProposalItem): item is keyof DerivedProposals {
  return item in reductionUnits;
}

export const reductionUnits: Record<keyof DerivedProposals, MetricUnit> = { term: 'workingDays', documents: 'count', steps: 'count', fields: 'count' };

/** The answers a choice offers, as translation keys under `compare.proposals`. */
export function choiceOptions(item: ChoiceItem): ('yes' | 'no' | 'remove' | 'keep')[] {
  return item === 'paperFormat' || item === 'alternativeThroughProvider' ? ['remove', 'keep'] : ['yes', 'no'];
}

/** The translation key of an answer in the form's words: the alternative is "исключить / не исключать", paper "исключить / оставить". */
export function answerKey(item: ChoiceItem, answer: 'yes' | 'no' | 'remove' | 'keep' | null): string {
  if (answer === null) return 'notChosen';
  return item === 'alternativeThroughProvider' && answer === 'keep' ? 'keepAlternative' : answer;
}

/** A choice's stored value as an answer. */
export function chosenAnswer(chosen: ChosenProposals, item: ChoiceItem): 'yes' | 'no' | 'remove' | 'keep' | null {
  const value = chosen[item];
  return value === null ? null : typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
}

/** The translation key (under `compare.proposals`) of a reduction's answer; "yes" takes `from` and `to`. */
export function reductionAnswerKey(item: keyof DerivedProposals, found: Reduction | null): string {
  if (!found) return 'unknown';
  if (!found.reduce) return 'reduceNo';
  return reductionUnits[item] === 'workingDays' ? 'reduceYesDays' : 'reduceYes';
}
