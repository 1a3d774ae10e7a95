import type { ProcessAssessment } from './assessment';
import type { Comparison } from './comparison';
import { buildProposals, type Proposals } from './proposals';
import { mergeQuestionnaire, prefillQuestionnaire, type QuestionnaireRow } from './questionnaire';

/**
 * The Appendix 1 proposals and the МВК questionnaire as the team left them: what the diagrams
 * answer, with the team's choices and typed answers over it. The comparison page shows these and
 * the publication package writes them, so both say the same.
 */
export function assessedForms(comparison: Comparison, assessment: Pick<ProcessAssessment, 'target' | 'proposals' | 'questionnaire'>): { proposals: Proposals; questionnaire: QuestionnaireRow[] } {
  return {
    proposals: buildProposals(comparison, assessment.target, assessment.proposals),
    questionnaire: mergeQuestionnaire(prefillQuestionnaire(comparison, assessment.target, assessment.proposals), assessment.questionnaire),
  };
}
