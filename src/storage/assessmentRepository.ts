import { emptyAssessment, type ProcessAssessment } from '../domain/compare/assessment';
import type { WorkbenchDb } from './db';
import { DamagedRecordError, validRecord } from './records/validRecords';

/** The process's assessment, or an empty one if the team has recorded nothing yet. */
export async function getAssessment(db: WorkbenchDb, projectId: string, processId: string): Promise<ProcessAssessment> {
  return validRecord('assessments', await db.assessments.get(processId)) ?? emptyAssessment(projectId, processId);
}

/**
 * Applies a change to the stored assessment inside one transaction, so two quick edits (or two
 * tabs) never overwrite each other's fields with a stale copy. A damaged stored assessment is not
 * written over: the team's answers in it may still be recovered from its export.
 */
export async function updateAssessment(
  db: WorkbenchDb,
  projectId: string,
  processId: string,
  change: (current: ProcessAssessment) => Omit<ProcessAssessment, 'updatedAt'>,
): Promise<ProcessAssessment> {
  return db.transaction('rw', db.assessments, async () => {
    const stored: unknown = await db.assessments.get(processId);
    const current = validRecord('assessments', stored);
    if (stored !== undefined && !current) throw new DamagedRecordError('assessments', processId);
    const next = { ...change(current ?? emptyAssessment(projectId, processId)), processId, projectId, updatedAt: Date.now() };
    await db.assessments.put(next);
    return next;
  });
}
