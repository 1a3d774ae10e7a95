import { canSet, isLocked, lastApproval, needsReason, planStatus, planWithStatus, statusFormatVersion, variantStatus, type LifecycleStatus, type StatusChange, type StatusSubject } from '../domain/lifecycle/lifecycle';
import type { IsoDate } from '../domain/plan/calendar/isoDate';
import { emptyPlan, type ActionPlan } from '../domain/plan/plan';
import { newId, type WorkbenchDb } from './db';
import { DamagedRecordError, validRecord, validRecords } from './records/validRecords';
import { VariantMissingError } from './variantErrors';
import { addVersion, versionTables } from './versionRepository';
import { variantTables, withContent } from './variantContents';

/** The status changes of a process's variants and plan, in no particular order (lifecycle.ts orders them). */
export async function listStatusChanges(db: WorkbenchDb, processId: string): Promise<StatusChange[]> {
  return validRecords('statusChanges', await db.statusChanges.where('processId').equals(processId).toArray());
}

export async function listProjectStatusChanges(db: WorkbenchDb, projectId: string): Promise<StatusChange[]> {
  return validRecords('statusChanges', await db.statusChanges.where('projectId').equals(projectId).toArray());
}

/** A change refused: not a move the life cycle allows, or a setting back without its reason. */
export class StatusChangeError extends Error {
  constructor(
    readonly from: LifecycleStatus,
    readonly to: LifecycleStatus,
  ) {
    super(`A status cannot go from ${from} to ${to} this way`);
  }
}

interface ChangeRequest {
  to: LifecycleStatus;
  by: string;
  /** Required to set back an approved or published item (§34). */
  reason: string;
}

function checkMove(from: LifecycleStatus, { to, reason }: ChangeRequest): void {
  if (!canSet(from, to) || (needsReason(from, to) && !reason.trim())) throw new StatusChangeError(from, to);
}

/** Every change later than the last of its process, so the newest is never ambiguous, even two in one millisecond. */
function changeTime(changes: readonly StatusChange[]): number {
  return Math.max(Date.now(), ...changes.map((change) => change.changedAt + 1));
}

function newChange(base: { projectId: string; processId: string; subject: StatusSubject }, request: ChangeRequest, changes: readonly StatusChange[], extra: Pick<StatusChange, 'versionId' | 'plan' | 'approvedSha256'>): StatusChange {
  return { formatVersion: statusFormatVersion, id: newId(), ...base, status: request.to, changedAt: changeTime(changes), changedBy: request.by.trim(), reason: request.reason.trim(), ...extra };
}

/**
 * Sets a variant's status. Approval keeps the diagram as stored as an `approved` version (never
 * pruned), so the approved content stays retrievable whatever happens to the variant later; the
 * publication of an approved variant refers to that same version and content. (The team sync names
 * the content by its hash, sync/approvedContent.ts, so other laptops keep it too.)
 */
export async function setVariantStatus(db: WorkbenchDb, variantId: string, request: ChangeRequest): Promise<StatusChange> {
  return db.transaction('rw', [...variantTables(db), db.statusChanges, db.projects, ...versionTables(db)], async () => {
    const variant = validRecord('variants', await db.variants.get(variantId));
    if (!variant) throw new VariantMissingError(variantId);
    const changes = await listStatusChanges(db, variant.processId);
    checkMove(variantStatus(changes, variant.kind).status, request);
    const kept = request.to === 'approved' ? (await addVersion(db, variant, 'approved', (await withContent(db, variant)).xml)).id : null;
    const approval = request.to === 'published' ? lastApproval(changes, variant.kind) : undefined;
    const published = approval && { versionId: approval.versionId, ...(approval.approvedSha256 && { approvedSha256: approval.approvedSha256 }) };
    const change = newChange({ projectId: variant.projectId, processId: variant.processId, subject: variant.kind }, request, changes, { versionId: kept, plan: null, ...published });
    await db.statusChanges.add(change);
    await db.projects.update(variant.projectId, { updatedAt: change.changedAt });
    return change;
  });
}

/**
 * Sets the plan's status together with its approval block, in one transaction: approval writes the
 * approval date (`date`), publication the publication date, setting back clears both (planWithStatus).
 * The approved plan is kept in the change.
 */
export async function setPlanStatus(db: WorkbenchDb, ids: { projectId: string; processId: string }, request: ChangeRequest & { date: IsoDate }): Promise<StatusChange> {
  return db.transaction('rw', [db.actionPlans, db.statusChanges, db.projects], async () => {
    const stored: unknown = await db.actionPlans.get(ids.processId);
    const plan = validRecord('actionPlans', stored) ?? (stored === undefined ? emptyPlan(ids.projectId, ids.processId) : null);
    if (!plan) throw new DamagedRecordError('actionPlans', ids.processId);
    const changes = await listStatusChanges(db, ids.processId);
    const from = planStatus(plan, changes).status;
    checkMove(from, request);
    // Later than the stored plan even within one millisecond: an open plan page takes over a plan whose time changed.
    const next = { ...planWithStatus(plan, request.to, request.date), updatedAt: Math.max(Date.now(), plan.updatedAt + 1) };
    if (isLocked(from) || isLocked(request.to)) await db.actionPlans.put(next);
    const change = newChange({ ...ids, subject: 'plan' }, request, changes, { versionId: null, plan: request.to === 'approved' ? next : null });
    await db.statusChanges.add(change);
    await db.projects.update(ids.projectId, { updatedAt: change.changedAt });
    return change;
  });
}

const userNameKey = 'userName';

/** The name this browser's user gave, recorded with each status change; empty until asked. */
export async function getUserName(db: WorkbenchDb): Promise<string> {
  return validRecord('settings', await db.settings.get(userNameKey))?.value ?? '';
}

export async function setUserName(db: WorkbenchDb, name: string): Promise<void> {
  await db.settings.put({ key: userNameKey, value: name.trim() });
}

/** What the statuses of a process's variants and plan are read from (lifecycle.ts statusOf). */
export async function processStatusSources(db: WorkbenchDb, processId: string): Promise<{ plan: ActionPlan | null; changes: StatusChange[] }> {
  return db.transaction('r', [db.actionPlans, db.statusChanges], async () => ({
    plan: validRecord('actionPlans', await db.actionPlans.get(processId)) ?? null,
    changes: await listStatusChanges(db, processId),
  }));
}
