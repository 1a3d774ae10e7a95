import { emptyPassport, type ProcessPassport } from '../domain/passport/passport';
import type { WorkbenchDb } from './db';
import { DamagedRecordError, validRecord, validRecords } from './records/validRecords';

/** The process's passport, or an empty one while the team has written none. */
export async function getPassport(db: WorkbenchDb, projectId: string, processId: string): Promise<ProcessPassport> {
  return validRecord('passports', await db.passports.get(processId)) ?? emptyPassport(projectId, processId);
}

/** The passports of a project's processes that have one, for the project's readiness table. */
export async function listPassports(db: WorkbenchDb, projectId: string): Promise<ProcessPassport[]> {
  return validRecords('passports', await db.passports.where('projectId').equals(projectId).toArray());
}

/**
 * Stores the passport as the page holds it (the newest one counts). A damaged stored passport is
 * not written over: what the team wrote may still be recovered on the damaged-records page.
 */
export async function savePassport(db: WorkbenchDb, passport: ProcessPassport): Promise<ProcessPassport> {
  return db.transaction('rw', db.passports, async () => {
    const stored: unknown = await db.passports.get(passport.processId);
    const current = validRecord('passports', stored);
    if (stored !== undefined && !current) throw new DamagedRecordError('passports', passport.processId);
    // Each write's time differs from the last, even within one millisecond: an open page tells its own writes from others' by it.
    const next = { ...passport, updatedAt: Math.max(Date.now(), (current?.updatedAt ?? 0) + 1) };
    await db.passports.put(next);
    return next;
  });
}
