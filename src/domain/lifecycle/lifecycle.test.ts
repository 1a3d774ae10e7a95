import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../plan/plan';
import { canSet, needsReason, planStatus, planWithStatus, statusFormatVersion, variantStatus, lastApproval, type StatusChange } from './lifecycle';

let at = 0;
const change = (fields: Partial<StatusChange>): StatusChange => ({
  formatVersion: statusFormatVersion,
  id: `c${++at}`,
  projectId: 'p',
  processId: 'pr',
  subject: 'asIs',
  status: 'draft',
  changedAt: at,
  changedBy: 'Айгерим',
  reason: '',
  versionId: null,
  plan: null,
  ...fields,
});

describe('the life cycle of variants and plans', () => {
  it('gives a variant its latest change, and draft before any', () => {
    expect(variantStatus([], 'toBe')).toEqual({ status: 'draft', change: null, date: null });
    const agreed = change({ subject: 'toBe', status: 'agreed' });
    const approved = change({ subject: 'toBe', status: 'approved', versionId: 'v1' });
    const changes = [approved, change({ subject: 'asIs', status: 'disputed' }), agreed];
    expect(variantStatus(changes, 'toBe')).toEqual({ status: 'approved', change: approved, date: null });
    expect(lastApproval(changes, 'toBe')?.versionId).toBe('v1');
  });

  it('asks a reason only to set back what is approved or published', () => {
    expect(needsReason('approved', 'draft')).toBe(true);
    expect(needsReason('published', 'approved')).toBe(true);
    expect(needsReason('disputed', 'draft')).toBe(false);
    expect(needsReason('agreed', 'approved')).toBe(false);
  });

  it('publishes only what is approved', () => {
    expect(canSet('agreed', 'published')).toBe(false);
    expect(canSet('approved', 'published')).toBe(true);
    expect(canSet('draft', 'draft')).toBe(false);
  });

  it('reads the plan’s approved and published states from its approval block, the earlier ones from its changes', () => {
    const plan = emptyPlan('p', 'pr');
    const agreed = change({ subject: 'plan', status: 'agreed' });
    expect(planStatus(plan, [agreed]).status).toBe('agreed');
    const approvedChange = change({ subject: 'plan', status: 'approved' });
    const approved = planWithStatus(plan, 'approved', '2026-03-20');
    expect(planStatus(approved, [agreed, approvedChange])).toEqual({ status: 'approved', change: approvedChange, date: '2026-03-20' });
    // A date typed in the block approves the plan too, with no change to say who.
    expect(planStatus(approved, [agreed])).toEqual({ status: 'approved', change: null, date: '2026-03-20' });
    const published = planWithStatus(approved, 'published', '2026-03-25');
    expect(planStatus(published, [])).toMatchObject({ status: 'published', date: '2026-03-25' });
    expect(published.approval.approvedBy.date).toBe('2026-03-20');
  });

  it('clears both dates of the plan when it is set back, and a change left approved without a date reads as draft', () => {
    const published = planWithStatus(planWithStatus(emptyPlan('p', 'pr'), 'approved', '2026-03-20'), 'published', '2026-03-25');
    const back = planWithStatus(published, 'draft', '2026-04-01');
    expect(back.approval.approvedBy.date).toBeNull();
    expect(back.approval.publishedOn).toBeNull();
    expect(planStatus(back, [change({ subject: 'plan', status: 'approved' })]).status).toBe('draft');
  });
});
