import * as v from 'valibot';
import { actionPlanSchema } from '../plan/planSchema';
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
  plan: v.nullable(actionPlanSchema),
});
