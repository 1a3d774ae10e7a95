import type { StepData } from '../../domain/stepData/stepData';

/** What the badges under a step show: counts and flags read from its step data. */
export interface BadgeCounts {
  /** Every document the step uses, incoming and outgoing. */
  documents: number;
  /** Fields the applicant or operator types by hand (entry="manual"). */
  manualFields: number;
  inPerson: boolean;
  approval: boolean;
}

export const noBadges: BadgeCounts = { documents: 0, manualFields: 0, inPerson: false, approval: false };

export function badgeCounts(data: StepData | null): BadgeCounts {
  if (!data) return noBadges;
  return {
    documents: data.documents.length,
    manualFields: data.fields.filter((field) => field.entry === 'manual').length,
    inPerson: data.inPersonVisit,
    approval: data.approval,
  };
}

/** True when at least one badge would be shown. */
export function hasBadges(counts: BadgeCounts): boolean {
  return counts.documents > 0 || counts.manualFields > 0 || counts.inPerson || counts.approval;
}
