import * as v from 'valibot';
import { isoDateSchema } from './calendar/adjustments';
import { completionForms, planFormatVersion, planSections, rowStatuses, sourceItemKinds, type ActionPlan, type Deadline, type Signatory } from './plan';
import { roadmapCodes, roadmapFormatVersion, type Roadmap } from './roadmap';
import { quarterKeyPattern } from './quarter';

/**
 * The checks of the stored shapes of plan.ts and roadmap.ts: what a record must be for the app to
 * show it (src/storage/records/recordSchemas.ts uses these for the tables), and what an imported
 * plan must be. The output types are the domain's, so a schema cannot drift from its type.
 */
type Schema<T> = v.GenericSchema<unknown, T>;

const text = v.string();
const optionalDate = v.nullable(isoDateSchema);
const quarterNumber = v.picklist([1, 2, 3, 4] as const);

const deadline: Schema<Deadline> = v.variant('kind', [
  v.object({ kind: v.literal('date'), date: isoDateSchema }),
  v.object({ kind: v.literal('quarter'), year: v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2200)), quarter: quarterNumber }),
]);

const signatory: Schema<Signatory> = v.object({ position: text, name: text, date: optionalDate });

const sourceItem = v.object({ kind: v.picklist(sourceItemKinds), key: text, name: text, mergedInto: v.optional(text) });

export const actionPlanSchema: Schema<ActionPlan> = v.object({
  formatVersion: v.literal(planFormatVersion),
  processId: text,
  projectId: text,
  responsible: text,
  rows: v.array(
    v.object({
      id: text,
      section: v.picklist(planSections),
      action: text,
      responsibleUnit: text,
      responsiblePerson: text,
      deadline: v.nullable(deadline),
      completionForm: v.nullable(v.picklist(completionForms)),
      expectedResult: text,
      status: v.picklist(rowStatuses),
      source: v.nullable(v.object({ proposalKey: text, items: v.array(sourceItem) })),
    }),
  ),
  approval: v.object({ approvedBy: signatory, agreedBy: v.array(signatory), publishedOn: optionalDate }),
  dismissed: v.array(v.object({ proposalKey: text, items: v.array(text) })),
  updatedAt: v.number(),
});

export const roadmapSchema: Schema<Roadmap> = v.object({
  formatVersion: v.literal(roadmapFormatVersion),
  projectId: text,
  startYear: v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2200)),
  years: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)),
  cells: v.record(text, v.record(v.pipe(text, v.regex(quarterKeyPattern)), v.array(v.picklist(roadmapCodes)))),
  updatedAt: v.number(),
});

export function isActionPlan(value: unknown): value is ActionPlan {
  return v.is(actionPlanSchema, value);
}

export function isRoadmap(value: unknown): value is Roadmap {
  return v.is(roadmapSchema, value);
}
