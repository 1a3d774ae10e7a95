import type { Project } from '../domain/project';
import type { WorkbenchDb } from './db';
import { validRecord } from './records/validRecords';

/** After how many days a project changed since its last backup is pointed out, unless the user sets another. */
export const defaultBackupReminderDays = 7;
const dayMs = 24 * 60 * 60 * 1000;
const reminderDaysKey = 'backupReminderDays';
const exportedKey = (projectId: string) => `backupExported:${projectId}`;
const dismissedKey = (projectId: string) => `backupDismissed:${projectId}`;

async function numberSetting(db: WorkbenchDb, key: string): Promise<number | null> {
  const value = Number(validRecord('settings', await db.settings.get(key))?.value);
  return Number.isFinite(value) ? value : null;
}

export async function getBackupReminderDays(db: WorkbenchDb): Promise<number> {
  const days = await numberSetting(db, reminderDaysKey);
  return days !== null && days >= 0 ? days : defaultBackupReminderDays;
}

/** 0 turns the reminder off. */
export async function setBackupReminderDays(db: WorkbenchDb, days: number): Promise<void> {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Not a number of days: ${days}`);
  await db.settings.put({ key: reminderDaysKey, value: String(days) });
}

export async function markBackedUp(db: WorkbenchDb, projectIds: readonly string[], at = Date.now()): Promise<void> {
  await db.settings.bulkPut(projectIds.map((id) => ({ key: exportedKey(id), value: String(at) })));
}

/** Not again for this project until it changes. */
export async function dismissBackupReminder(db: WorkbenchDb, project: Project): Promise<void> {
  await db.settings.put({ key: dismissedKey(project.id), value: String(project.updatedAt) });
}

/**
 * The projects that changed after their last backup (or were never backed up) at least `days` ago,
 * and whose reminder the user has not dismissed since the last change.
 */
export async function projectsDueForBackup(db: WorkbenchDb, projects: readonly Project[], now = Date.now()): Promise<Project[]> {
  const days = await getBackupReminderDays(db);
  if (days === 0) return [];
  const due: Project[] = [];
  for (const project of projects) {
    const exported = (await numberSetting(db, exportedKey(project.id))) ?? project.createdAt;
    const dismissed = await numberSetting(db, dismissedKey(project.id));
    if (project.updatedAt > exported && now - exported >= days * dayMs && dismissed !== project.updatedAt) due.push(project);
  }
  return due;
}
