import type { MatchOverride } from '../diff/matchSteps';
import type { VariantKind } from '../variant';
import { emptyChosenProposals, type ChosenProposals, type ProposalTarget } from './proposals';
import type { SavedQuestionnaireRow } from './questionnaire';
import type { TermBounds } from './serviceTerm';

/** A pair of variants the diff compares, old first: "asIs>toBe". */
export type VariantPairKey = `${VariantKind}>${VariantKind}`;

export const pairKey = (oldKind: VariantKind, newKind: VariantKind): VariantPairKey => `${oldKind}>${newKind}`;

/**
 * What the team decides about a process's comparison, saved with the project: the proposed variant
 * the Proposals block and the questionnaire compare against, the yes/no proposals no diagram can
 * answer, the questionnaire's typed answers, and corrections to how the diff matched steps.
 */
export interface ProcessAssessment {
  processId: string;
  projectId: string;
  target: ProposalTarget;
  proposals: ChosenProposals;
  questionnaire: SavedQuestionnaireRow[];
  matchOverrides: Partial<Record<VariantPairKey, MatchOverride[]>>;
  /** The steps each variant's service term runs between, where the team marked them. */
  termBounds: Partial<Record<VariantKind, TermBounds>>;
  updatedAt: number;
}

export function emptyAssessment(projectId: string, processId: string): ProcessAssessment {
  return { processId, projectId, target: 'toBe', proposals: emptyChosenProposals, questionnaire: [], matchOverrides: {}, termBounds: {}, updatedAt: 0 };
}
