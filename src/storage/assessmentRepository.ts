import { emptyAssessment, type ProcessAssessment } from '../domain/compare/assessment';
import type { WorkbenchDb } from './db';

/** The process's assessment, or an empty one if the team has recorded nothing yet. */
export async function getAssessment(db: WorkbenchDb, projectId: string, processId: string): Promise<ProcessAssessment> {
  return (await db.assessments.get(processId)) ?? emptyAssessment(projectId, processId);
}

/**
 * Applies a change to the stored assessment inside one transaction, so two quick edits (or two
 * tabs) never overwrite each other's fields with a stale copy.
 */
export async function updateAssessment(
  db: WorkbenchDb,
  projectId: string,
  processId: string,
  change: (current: ProcessAssessment) => Omit<ProcessAssessment, 'updatedAt'>,
): Promise<ProcessAssessment> {
  return db.transaction('rw', db.assessments, async () => {
    const next = { ...change(await getAssessment(db, projectId, processId)), processId, projectId, updatedAt: Date.now() };
    await db.assessments.put(next);
    return next;
  });
}
