import { describe, expect, it } from 'vitest';
import { effectiveStatus, emptyPlan, groupRows, planProgress, type ActionPlan } from './plan';
import { addRow, dismissProposal, moveRow, moveRowTo, newRow, removeRow, restoreDismissed, updateRow } from './planEdits';
import { actionPlanSchema, isActionPlan } from './planSchema';
import * as v from 'valibot';

const plan = (...rows: ReturnType<typeof newRow>[]): ActionPlan => rows.reduce((p, row) => addRow(row)(p), emptyPlan('p1', 'pr1'));
const ids = (p: ActionPlan) => groupRows(p.rows).map((g) => g.rows.map((r) => `${r.number} ${r.row.id}`));

describe('the action plan', () => {
  it('numbers rows under the five headings of Appendix 3, empty headings kept', () => {
    const p = plan(newRow('a', 'legal'), newRow('b', 'organisational'), newRow('c', 'legal'));
    expect(groupRows(p.rows).map((g) => `${g.number} ${g.section}`)).toEqual(['1 organisational', '2 informationSystems', '3 legal', '4 introduction', '5 awareness']);
    expect(ids(p)).toEqual([['1.1 b'], [], ['3.1 a', '3.2 c'], [], []]);
  });

  it('shows a row not done after its deadline as overdue, by date or by the end of the quarter', () => {
    const byDate = newRow('a', 'legal', { deadline: { kind: 'date', date: '2026-03-31' }, status: 'inProgress' });
    expect(effectiveStatus(byDate, '2026-03-31')).toBe('inProgress');
    expect(effectiveStatus(byDate, '2026-04-01')).toBe('overdue');
    expect(effectiveStatus({ ...byDate, status: 'done' }, '2027-01-01')).toBe('done');
    const byQuarter = newRow('b', 'legal', { deadline: { kind: 'quarter', year: 2026, quarter: 4 } });
    expect(effectiveStatus(byQuarter, '2026-12-31')).toBe('planned');
    expect(effectiveStatus(byQuarter, '2027-01-01')).toBe('overdue');
    expect(planProgress([byDate, { ...byQuarter, status: 'done' }, newRow('c', 'legal')], '2026-06-01')).toEqual({ total: 3, done: 1, overdue: 1 });
  });

  it('moves a row up and down within its heading, and by drag to a place under another heading', () => {
    let p = plan(newRow('a', 'legal'), newRow('x', 'awareness'), newRow('b', 'legal'), newRow('c', 'legal'));
    p = moveRow('c', -1)(p);
    expect(ids(p)[2]).toEqual(['3.1 a', '3.2 c', '3.3 b']);
    expect(moveRow('a', -1)(p)).toBe(p);
    p = moveRowTo('b', 'awareness', 0)(p);
    expect(ids(p)[4]).toEqual(['5.1 b', '5.2 x']);
    p = moveRowTo('a', 'awareness', 9)(p);
    expect(ids(p)[4]).toEqual(['5.1 b', '5.2 x', '5.3 a']);
  });

  it('edits, moves to another heading through the row, removes', () => {
    let p = plan(newRow('a', 'legal'), newRow('b', 'legal'));
    p = updateRow('a', { action: 'Внести изменения', section: 'organisational' })(p);
    expect(ids(p)[0]).toEqual(['1.1 a']);
    expect(p.rows.find((r) => r.id === 'a')?.action).toBe('Внести изменения');
    p = removeRow('b')(p);
    expect(p.rows.map((r) => r.id)).toEqual(['a']);
  });

  it('remembers dismissed proposals with their items, and forgets them on request', () => {
    let p = dismissProposal('approvals:', ['approvalRemoved:T1'])(emptyPlan('p', 'pr'));
    p = dismissProposal('approvals:', ['approvalRemoved:T2', 'approvalRemoved:T1'])(p);
    expect(p.dismissed).toEqual([{ proposalKey: 'approvals:', items: ['approvalRemoved:T1', 'approvalRemoved:T2'] }]);
    expect(restoreDismissed(p).dismissed).toEqual([]);
  });
});

describe('the stored shape of a plan', () => {
  it('accepts a plan as the app writes it, as JSON', () => {
    const p = plan(newRow('a', 'legal', { deadline: { kind: 'quarter', year: 2026, quarter: 2 }, completionForm: 'draftLegalAct', source: { proposalKey: 'approvals:', items: [{ kind: 'approvalRemoved', key: 'T1', name: 'Согласование' }] } }));
    const stored = JSON.parse(JSON.stringify({ ...p, approval: { approvedBy: { position: 'Вице-министр', name: 'А. Б.', date: '2026-03-20' }, agreedBy: [], publishedOn: null } }));
    expect(isActionPlan(stored)).toBe(true);
  });

  it('refuses a wrong version, heading, date or status, and names the field', () => {
    const p = plan(newRow('a', 'legal'));
    expect(isActionPlan({ ...p, formatVersion: 2 })).toBe(false);
    expect(isActionPlan({ ...p, rows: [{ ...p.rows[0], section: 'finance' }] })).toBe(false);
    expect(isActionPlan({ ...p, rows: [{ ...p.rows[0], status: 'late' }] })).toBe(false);
    const badDate = v.safeParse(actionPlanSchema, { ...p, rows: [{ ...p.rows[0], deadline: { kind: 'date', date: '31.03.2026' } }] });
    expect(badDate.success).toBe(false);
    expect(badDate.issues?.[0]?.path?.map((item) => item.key)).toEqual(['rows', 0, 'deadline', 'date']);
  });
});
