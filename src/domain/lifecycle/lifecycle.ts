import type { IsoDate } from '../plan/calendar/isoDate';
import { approvalDate, type ActionPlan } from '../plan/plan';
import { variantKinds, type VariantKind } from '../variant';

/**
 * The life cycle of a variant and of the action plan (DOMAIN.md, §33–37): draft → agreed →
 * disputed (sent to the МВК) → approved → published on the architectural portal.
 *
 * Every change is kept as a record (`StatusChange`, version `statusFormatVersion`), so the status
 * of an item is its latest change and the list of changes is the team's protocol: who set what and
 * when, and why an approved item was set back (§34). An approved or published item is locked: it
 * changes only after it is set back with a reason.
 *
 * The plan's approval block already holds the approval date («УТВЕРЖДАЮ») and the date of
 * publication on the portal, and the §37 deadline counts from the first. So for the plan the block
 * is the one source of those two states: a plan with a publication date is published, one with an
 * approval date is approved, and only the earlier states (draft, agreed, disputed) come from the
 * changes. Approving the plan writes the date into the block; setting it back clears both dates.
 */
export const statusFormatVersion = 1;

export const lifecycleStatuses = ['draft', 'agreed', 'disputed', 'approved', 'published'] as const;
export type LifecycleStatus = (typeof lifecycleStatuses)[number];

/** What has a status: each variant of a process, by kind, and its plan. */
export const statusSubjects = [...variantKinds, 'plan'] as const;
export type StatusSubject = VariantKind | 'plan';

export interface StatusChange {
  formatVersion: typeof statusFormatVersion;
  id: string;
  projectId: string;
  processId: string;
  subject: StatusSubject;
  status: LifecycleStatus;
  changedAt: number;
  /** The name this browser's user gave (settings), as it was at the change. */
  changedBy: string;
  /** Why an approved or published item was set back (§34); empty for other changes. */
  reason: string;
  /** A variant's approval: the version of the diagram kept as approved, never pruned (in this browser's history). */
  versionId: string | null;
  /**
   * A variant's approval (and its publication): the SHA-256 of the approved diagram, the same on every
   * laptop of a team, where `versionId` names a version of one browser's history only. Named by the
   * team sync (approvedContent.ts) once the content is on the team's server, so a laptop that gets the
   * change without the version fetches the content by it. Absent on changes made before it existed and
   * on projects never shared.
   */
  approvedSha256?: string;
  /** The plan's approval: the plan as approved, so it stays readable after later changes. */
  plan: ActionPlan | null;
}

const rank = (status: LifecycleStatus) => lifecycleStatuses.indexOf(status);

export function isLocked(status: LifecycleStatus): boolean {
  return status === 'approved' || status === 'published';
}

/** Setting an approved or published item back needs the reason recorded. */
export function needsReason(from: LifecycleStatus, to: LifecycleStatus): boolean {
  return isLocked(from) && rank(to) < rank(from);
}

/** Only what is approved is published. */
export function canSet(from: LifecycleStatus, to: LifecycleStatus): boolean {
  return from !== to && (to !== 'published' || from === 'approved');
}

/** The subject's changes, newest first. */
export function changesOf(changes: readonly StatusChange[], subject: StatusSubject): StatusChange[] {
  return changes.filter((change) => change.subject === subject).sort((a, b) => b.changedAt - a.changedAt);
}

export interface CurrentStatus {
  status: LifecycleStatus;
  /** The change that set it; null for a draft never changed, or a plan state read from its approval block alone. */
  change: StatusChange | null;
  /** For the plan: the date in the approval block the state comes from. */
  date: IsoDate | null;
}

export function variantStatus(changes: readonly StatusChange[], kind: VariantKind): CurrentStatus {
  const latest = changesOf(changes, kind)[0];
  return { status: latest?.status ?? 'draft', change: latest ?? null, date: null };
}

export function planStatus(plan: ActionPlan | null, changes: readonly StatusChange[]): CurrentStatus {
  const latest = changesOf(changes, 'plan')[0] ?? null;
  const from = (status: LifecycleStatus, date: IsoDate | null): CurrentStatus => ({ status, change: latest?.status === status ? latest : null, date });
  const published = plan?.approval.publishedOn ?? null;
  const approved = plan ? approvalDate(plan) : null;
  if (published) return from('published', published);
  if (approved) return from('approved', approved);
  return from(latest && !isLocked(latest.status) ? latest.status : 'draft', null);
}

export function statusOf(subject: StatusSubject, plan: ActionPlan | null, changes: readonly StatusChange[]): CurrentStatus {
  return subject === 'plan' ? planStatus(plan, changes) : variantStatus(changes, subject);
}

/**
 * The plan as a status change leaves it: approval writes its date into the approval block,
 * publication the publication date, and setting it back to an earlier state clears both.
 */
export function planWithStatus(plan: ActionPlan, status: LifecycleStatus, date: IsoDate): ActionPlan {
  const approval = plan.approval;
  if (status === 'approved') return { ...plan, approval: { ...approval, approvedBy: { ...approval.approvedBy, date }, publishedOn: null } };
  if (status === 'published') return { ...plan, approval: { ...approval, publishedOn: date } };
  return { ...plan, approval: { ...approval, approvedBy: { ...approval.approvedBy, date: null }, publishedOn: null } };
}

/** The latest approval of a subject, whose version or plan is the approved content. */
export function lastApproval(changes: readonly StatusChange[], subject: StatusSubject): StatusChange | null {
  return changesOf(changes, subject).find((change) => change.status === 'approved') ?? null;
}

/** A variant or plan goes into a package of approved items when it is approved or published. */
export const isPublishable = isLocked;
