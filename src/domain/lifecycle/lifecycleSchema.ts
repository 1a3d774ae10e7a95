import * as v from 'valibot';
import { actionPlanSchema } from '../plan/planSchema';
import { isSha256 } from '../sync/revisions';
import { lifecycleStatuses, statusFormatVersion, statusSubjects, type StatusChange } from './lifecycle';

/** The check of a stored status change (lifecycle.ts), for the table and for imported records. */
const text = v.string();

export const statusChangeSchema: v.GenericSchema<unknown, StatusChange> = v.object({
  formatVersion: v.literal(statusFormatVersion),
  id: text,
  projectId: text,
  processId: text,
  subject: v.picklist(statusSubjects),
  status: v.picklist(lifecycleStatuses),
  changedAt: v.number(),
  changedBy: text,
  reason: text,
  versionId: v.nullable(text),
  // Added with schema v10: older changes read without it.
  approvedSha256: v.optional(v.pipe(text, v.check((value: string) => isSha256(value)))),
  plan: v.nullable(actionPlanSchema),
});
