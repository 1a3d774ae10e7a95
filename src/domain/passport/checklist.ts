import { isLocked, type LifecycleStatus } from '../lifecycle/lifecycle';
import type { ActionPlan } from '../plan/plan';
import type { VariantKind } from '../variant';
import type { DiagramSummary } from './diagramSummary';
import { isWritten, type ProcessPassport } from './passport';

/**
 * The completeness checklist of a process: the six parts of the description of the current variant
 * (2024 Rules §32) and the three of forming the target variant (§36), computed from the project.
 */
export const checklistItemIds = ['legalActs', 'stakeholders', 'asIsDrawn', 'stepData', 'problems', 'interviews', 'targetDrawn', 'justification', 'plan'] as const;
export type ChecklistItemId = (typeof checklistItemIds)[number];

export const checklistSection: Record<ChecklistItemId, '32' | '36'> = {
  legalActs: '32',
  stakeholders: '32',
  asIsDrawn: '32',
  stepData: '32',
  problems: '32',
  interviews: '32',
  targetDrawn: '36',
  justification: '36',
  plan: '36',
};

/**
 * What is missing for an item not done, item by item: the names (or ids) of as-is steps without
 * data; `interviews` / `journeyMap`; the variants not drawn; `rows` / `approval` of the plan.
 */
export interface ChecklistItem {
  id: ChecklistItemId;
  done: boolean;
  missing: string[];
}

export interface ChecklistInput {
  passport: ProcessPassport | null;
  /** The process's diagrams by variant; a variant not created is absent. */
  diagrams: Partial<Record<VariantKind, DiagramSummary>>;
  interviews: number;
  /** Journey maps of the as-is variant (§32.5 is about the current variant). */
  asIsJourneyMaps: number;
  plan: ActionPlan | null;
  planStatus: LifecycleStatus;
}

/** A diagram is drawn when it has a step: a new one holds only its start event. */
const drawn = (diagram: DiagramSummary | undefined) => Boolean(diagram && diagram.steps.length > 0);

const item = (id: ChecklistItemId, missing: string[]): ChecklistItem => ({ id, done: missing.length === 0, missing });
const unless = (condition: boolean, code: string) => (condition ? [] : [code]);

export function completenessChecklist(input: ChecklistInput): ChecklistItem[] {
  const { passport, diagrams, plan } = input;
  const asIs = diagrams.asIs;
  const targets: VariantKind[] = passport?.optimalRequired ? ['toBe', 'optimal'] : ['toBe'];
  return [
    item('legalActs', unless(Boolean(passport?.legalActs.some(isWritten.legalAct)), 'legalActs')),
    item('stakeholders', unless(Boolean(passport?.stakeholders.some(isWritten.stakeholder)), 'stakeholders')),
    item('asIsDrawn', unless(drawn(asIs), 'asIs')),
    // Nothing drawn is not "every step has data": the item waits for the diagram.
    item('stepData', !drawn(asIs) ? ['asIs'] : asIs!.steps.filter((step) => !step.hasData).map((step) => step.name || step.id)),
    item('problems', unless(Boolean(passport?.problems.some(isWritten.problem)), 'problems')),
    item('interviews', [...unless(input.interviews > 0, 'interviews'), ...unless(input.asIsJourneyMaps > 0, 'journeyMap')]),
    item('targetDrawn', targets.filter((kind) => !drawn(diagrams[kind]))),
    item('justification', unless(Boolean(passport?.justification.trim()), 'justification')),
    item('plan', [...unless(Boolean(plan && plan.rows.length > 0), 'rows'), ...unless(isLocked(input.planStatus), 'approval')]),
  ];
}

export function checklistDone(items: readonly ChecklistItem[]): number {
  return items.filter((entry) => entry.done).length;
}
