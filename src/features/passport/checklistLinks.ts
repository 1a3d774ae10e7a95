import type { ChecklistItem, ChecklistItemId } from '../../domain/passport/checklist';

/** Where an item of the checklist is fixed: a section of the passport, or another view of the process. */
export type ChecklistTarget = { section: string } | { view: string };

const targets: Record<Exclude<ChecklistItemId, 'targetDrawn'>, ChecklistTarget> = {
  legalActs: { section: 'passport-legal' },
  stakeholders: { section: 'passport-stakeholders' },
  asIsDrawn: { view: 'asIs' },
  stepData: { view: 'asIs' },
  problems: { section: 'passport-problems' },
  interviews: { view: 'journey/asIs' },
  justification: { section: 'passport-justification' },
  plan: { view: 'plan' },
};

export function checklistTarget(item: ChecklistItem): ChecklistTarget {
  if (item.id === 'targetDrawn') return { view: item.missing[0] === 'optimal' ? 'optimal' : 'toBe' };
  return targets[item.id];
}

/** The address of a process's view; a passport section is on the passport's tab. */
export function targetPath(processPath: string, target: ChecklistTarget): string {
  return `${processPath}/${'view' in target ? target.view : 'passport'}`;
}
