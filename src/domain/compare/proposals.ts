import type { VariantKind } from '../variant';
import { changeBetween, comparisonRow, type Comparison } from './comparison';
import { minutesPerWorkingDay } from './workingTime';
import type { MetricId, MetricUnit } from './metrics';

/**
 * The "Proposals" block of Appendix 1 to the 2015 Rules: five answers follow from the diagrams
 * (as-is against the proposed variant), the others are the project team's choices, stored
 * elsewhere and passed in. Each choice is also the answer to a question of the МВК questionnaire
 * (see `sharedQuestions`): one answer per fact, shown in both forms.
 */
export type ProposalTarget = Exclude<VariantKind, 'asIs'>;

/** "Reduce …: yes (from … to …) / no". Decided on displayed values (a term to the minute), so 2.001 → 2.004 steps is "no". */
export interface Reduction {
  reduce: boolean;
  from: number;
  to: number;
}

export interface DerivedProposals {
  /** Null when the as-is or the target variant is missing, or its service term has no path. The typical term. */
  term: Reduction | null;
  /** Documents required from the applicant. */
  documents: Reduction | null;
  steps: Reduction | null;
  /** Fields typed by hand. */
  fields: Reduction | null;
  /** No step of the provider's or another state body's staff, and none of unknown side, is left in the target (question 7). */
  fullAutomation: boolean | null;
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
  alternativeThroughProvider: 'remove' | 'keep' | null;
}

export const emptyChosenProposals: ChosenProposals = {
  electronicOnly: null,
  paperFormat: null,
  oneTimePassword: null,
  oneApplication: null,
  oneApplicationService: '',
  proactive: null,
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
      term: reduction(comparison, 'termTypical', target),
      documents: reduction(comparison, 'applicantDocuments', target),
      steps: reduction(comparison, 'steps', target),
      fields: reduction(comparison, 'manualFields', target),
      fullAutomation: fullyAutomated(comparison, target),
    },
    chosen,
  };
}

export function reduction(comparison: Comparison, id: MetricId, target: ProposalTarget): Reduction | null {
  const row = comparisonRow(comparison, id);
  const change = changeBetween(row, 'asIs', target);
  if (!change) return null;
  const shown = (value: number) => (row.unit === 'workingDays' ? Math.round(value * minutesPerWorkingDay) : value);
  return { reduce: shown(change.to) < shown(change.from), from: change.from, to: change.to };
}

function fullyAutomated(comparison: Comparison, target: ProposalTarget): boolean | null {
  const staff = comparisonRow(comparison, 'staffSteps').values[target];
  const unknown = comparison.unclassifiedSteps[target];
  if (!staff || !unknown || !comparison.variants.includes('asIs')) return null;
  return staff.value === 0 && unknown.length === 0;
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

export type ReductionItem = Exclude<keyof DerivedProposals, 'fullAutomation'>;

export function isDerivedItem(item: ProposalItem): item is keyof DerivedProposals {
  return item === 'fullAutomation' || item in reductionUnits;
}

export const reductionUnits: Record<ReductionItem, MetricUnit> = { term: 'workingDays', documents: 'count', steps: 'count', fields: 'count' };

/**
 * The question of the МВК questionnaire each choice answers: "yes" (or "исключить") there is "Да"
 * here. Paper format "исключить" is the result in electronic form only; the alternative
 * "исключить" is removing the filing through the provider and the State Corporation.
 */
export const sharedQuestions: Record<ChoiceItem, number> = {
  electronicOnly: 2,
  paperFormat: 3,
  oneTimePassword: 8,
  proactive: 9,
  oneApplication: 10,
  alternativeThroughProvider: 12,
};

/** The choices with one answered from the questionnaire's side: "yes" is "исключить" for paper and the alternative. */
export function withSharedAnswer(chosen: ChosenProposals, item: ChoiceItem, answer: 'yes' | 'no' | null): ChosenProposals {
  const removeKeep = item === 'paperFormat' || item === 'alternativeThroughProvider';
  const value = answer === null ? null : removeKeep ? (answer === 'yes' ? 'remove' : 'keep') : answer === 'yes';
  return { ...chosen, [item]: value };
}

/** A choice as the questionnaire's yes or no; null while unanswered. */
export function sharedAnswer(chosen: ChosenProposals, item: ChoiceItem): 'yes' | 'no' | null {
  const answer = chosenAnswer(chosen, item);
  return answer === null ? null : answer === 'yes' || answer === 'remove' ? 'yes' : 'no';
}

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

/** The translation key (under `compare.proposals`) of a reduction's answer; "yes" takes `from` and `to`, the term's as durations. */
export function reductionAnswerKey(item: ReductionItem, found: Reduction | null): string {
  if (!found) return 'unknown';
  if (!found.reduce) return 'reduceNo';
  return item === 'term' ? 'reduceYesTerm' : 'reduceYes';
}
