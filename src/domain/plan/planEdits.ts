import type { ActionPlan, PlanRow, PlanSection } from './plan';

/**
 * Edits of a plan as pure functions from one plan to the next: the page keeps the plans it had
 * for undo, and saves the newest. Rows are one list; only the order of the rows of one heading
 * means anything (groupRows), so a row moved to another heading goes to that heading's end.
 */
export type PlanEdit = (plan: ActionPlan) => ActionPlan;

export function newRow(id: string, section: PlanSection, fields: Partial<Omit<PlanRow, 'id' | 'section'>> = {}): PlanRow {
  return {
    id,
    section,
    action: '',
    responsibleUnit: '',
    responsiblePerson: '',
    deadline: null,
    completionForm: null,
    expectedResult: '',
    status: 'planned',
    source: null,
    ...fields,
  };
}

export const addRow =
  (row: PlanRow): PlanEdit =>
  (plan) => ({ ...plan, rows: [...plan.rows, row] });

/** Puts back a removed row where it was (at `index` of the list), unless it is there already. */
export const restoreRow =
  (row: PlanRow, index: number): PlanEdit =>
  (plan) => (plan.rows.some((r) => r.id === row.id) ? plan : { ...plan, rows: [...plan.rows.slice(0, index), row, ...plan.rows.slice(index)] });

export const updateRow =
  (id: string, patch: Partial<Omit<PlanRow, 'id'>>): PlanEdit =>
  (plan) => {
    const row = plan.rows.find((r) => r.id === id);
    if (!row) return plan;
    const next = { ...row, ...patch };
    if (patch.section && patch.section !== row.section) return { ...plan, rows: [...plan.rows.filter((r) => r.id !== id), next] };
    return { ...plan, rows: plan.rows.map((r) => (r.id === id ? next : r)) };
  };

export const removeRow =
  (id: string): PlanEdit =>
  (plan) => ({ ...plan, rows: plan.rows.filter((r) => r.id !== id) });

/** One place up (-1) or down (+1) among the rows of its heading; at either end nothing moves. */
export const moveRow =
  (id: string, offset: -1 | 1): PlanEdit =>
  (plan) => {
    const row = plan.rows.find((r) => r.id === id);
    if (!row) return plan;
    const siblings = plan.rows.filter((r) => r.section === row.section);
    const target = siblings.indexOf(row) + offset;
    if (target < 0 || target >= siblings.length) return plan;
    return moveRowTo(id, row.section, target)(plan);
  };

/** To place `index` among the rows of `section` (as numbered after the move), for drag and drop. */
export const moveRowTo =
  (id: string, section: PlanSection, index: number): PlanEdit =>
  (plan) => {
    const row = plan.rows.find((r) => r.id === id);
    if (!row) return plan;
    const rest = plan.rows.filter((r) => r.id !== id);
    const siblings = rest.filter((r) => r.section === section);
    const moved = { ...row, section };
    const before = siblings[Math.max(0, index)];
    if (!before) return { ...plan, rows: [...rest, moved] };
    const at = rest.indexOf(before);
    return { ...plan, rows: [...rest.slice(0, at), moved, ...rest.slice(at)] };
  };

export const dismissProposal =
  (proposalKey: string, items: readonly string[]): PlanEdit =>
  (plan) => {
    const earlier = plan.dismissed.find((d) => d.proposalKey === proposalKey)?.items ?? [];
    const merged = [...new Set([...earlier, ...items])];
    return { ...plan, dismissed: [...plan.dismissed.filter((d) => d.proposalKey !== proposalKey), { proposalKey, items: merged }] };
  };

/** Brings every dismissed proposal back to the list. */
export const restoreDismissed: PlanEdit = (plan) => ({ ...plan, dismissed: [] });
