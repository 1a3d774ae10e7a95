import { calendarSettingKey, parseAdjustments, serialiseAdjustments, type CalendarAdjustment } from '../domain/plan/calendar/adjustments';
import { emptyPlan, type ActionPlan } from '../domain/plan/plan';
import { emptyRoadmap, type Roadmap } from '../domain/plan/roadmap';
import type { WorkbenchDb } from './db';
import { DamagedRecordError, validRecord, validRecords } from './records/validRecords';

/** The process's action plan, or an empty one while the team has written none. */
export async function getPlan(db: WorkbenchDb, projectId: string, processId: string): Promise<ActionPlan> {
  return validRecord('actionPlans', await db.actionPlans.get(processId)) ?? emptyPlan(projectId, processId);
}

/** The plans of a project's processes that have one, for the project's overview and roadmap. */
export async function listPlans(db: WorkbenchDb, projectId: string): Promise<ActionPlan[]> {
  return validRecords('actionPlans', await db.actionPlans.where('projectId').equals(projectId).toArray());
}

/**
 * Stores the plan as the page holds it (the page keeps the edits and their undo history; the
 * newest plan is the one that counts). A damaged stored plan is not written over: what the team
 * wrote in it may still be recovered from its export on the damaged-records page.
 */
export async function savePlan(db: WorkbenchDb, plan: ActionPlan): Promise<ActionPlan> {
  return db.transaction('rw', db.actionPlans, async () => {
    const stored: unknown = await db.actionPlans.get(plan.processId);
    if (stored !== undefined && !validRecord('actionPlans', stored)) throw new DamagedRecordError('actionPlans', plan.processId);
    const next = { ...plan, updatedAt: Date.now() };
    await db.actionPlans.put(next);
    return next;
  });
}

export async function getRoadmap(db: WorkbenchDb, projectId: string): Promise<Roadmap> {
  return validRecord('roadmaps', await db.roadmaps.get(projectId)) ?? emptyRoadmap(projectId);
}

/** Applies a change to the stored roadmap in one transaction, so quick clicks (or two tabs) never undo each other. */
export async function updateRoadmap(db: WorkbenchDb, projectId: string, change: (current: Roadmap) => Roadmap): Promise<Roadmap> {
  return db.transaction('rw', db.roadmaps, async () => {
    const stored: unknown = await db.roadmaps.get(projectId);
    const current = validRecord('roadmaps', stored);
    if (stored !== undefined && !current) throw new DamagedRecordError('roadmaps', projectId);
    const next = { ...change(current ?? emptyRoadmap(projectId)), projectId, updatedAt: Date.now() };
    await db.roadmaps.put(next);
    return next;
  });
}

/** The days the user added to the working-day calendar; `damaged` when the stored setting cannot be read (and is then left as it is). */
export async function getCalendarAdjustments(db: WorkbenchDb): Promise<{ days: CalendarAdjustment[]; damaged: boolean }> {
  const days = parseAdjustments(validRecord('settings', await db.settings.get(calendarSettingKey))?.value);
  return days ? { days, damaged: false } : { days: [], damaged: true };
}

export class DamagedSettingError extends Error {
  constructor(readonly key: string) {
    super(`The setting ${key} cannot be read`);
  }
}

export async function updateCalendarAdjustments(db: WorkbenchDb, change: (days: CalendarAdjustment[]) => CalendarAdjustment[]): Promise<CalendarAdjustment[]> {
  return db.transaction('rw', db.settings, async () => {
    const { days, damaged } = await getCalendarAdjustments(db);
    if (damaged) throw new DamagedSettingError(calendarSettingKey);
    const next = change(days);
    await db.settings.put({ key: calendarSettingKey, value: serialiseAdjustments(next) });
    return next;
  });
}
