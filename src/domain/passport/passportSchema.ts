import * as v from 'valibot';
import { isoDateSchema } from '../plan/calendar/adjustments';
import { passportFormatVersion, teamRoles, type ProcessPassport } from './passport';

/**
 * The check of the stored passport (passport.ts): what a record must be for the app to show it
 * (src/storage/records/recordSchemas.ts uses it for the table) and what an imported one must be.
 * The output type is the domain's, so the schema cannot drift from it.
 */
const text = v.string();

export const passportSchema: v.GenericSchema<unknown, ProcessPassport> = v.object({
  formatVersion: v.literal(passportFormatVersion),
  processId: text,
  projectId: text,
  serviceCode: text,
  legalActs: v.array(v.object({ id: text, title: text, number: text, date: v.nullable(isoDateSchema), article: text })),
  stakeholders: v.array(v.object({ id: text, name: text, touchpoints: text })),
  problems: v.array(v.object({ id: text, text, stepIds: v.array(text) })),
  team: v.array(v.object({ id: text, name: text, role: v.picklist(teamRoles), position: text })),
  optimalRequired: v.boolean(),
  justification: text,
  updatedAt: v.number(),
});
