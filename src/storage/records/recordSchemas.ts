import * as v from 'valibot';
import type { ProcessAssessment, VariantPairKey } from '../../domain/compare/assessment';
import type { ChosenProposals } from '../../domain/compare/proposals';
import { accessLevels, executorSides, fieldTypes, type DictionaryEntry } from '../../domain/dictionary/dictionary';
import { actionPlanSchema, roadmapSchema } from '../../domain/plan/planSchema';
import { passportSchema } from '../../domain/passport/passportSchema';
import { statusChangeSchema } from '../../domain/lifecycle/lifecycleSchema';
import { reengineeringStatuses, type Project } from '../../domain/project';
import type { Interview, JourneyMap, Persona } from '../../domain/journey/model';
import { parseInterview, parseJourneyMap, parsePersona, type Parsed } from '../../domain/journey/validate';
import { variantKinds, type Process, type StoredVariant, type Variant } from '../../domain/variant';
import { snapshotReasons, type Setting, type Snapshot, type SnapshotContent, type SyncBlob, type SyncDoc, type SyncHead, type SyncLink } from '../db';

/** A schema whose output is the domain's type, so a schema cannot drift from the type it checks. */
type Schema<T> = v.GenericSchema<unknown, T>;

const text = v.string();
const time = v.number();
const optionalTime = v.nullable(time);

const project: Schema<Project> = v.object({
  id: text,
  name: text,
  owner: text,
  serviceName: text,
  serviceCode: text,
  // Added later: older projects read with no consumers given.
  serviceConsumers: v.optional(text, ''),
  status: v.picklist(reengineeringStatuses),
  createdAt: time,
  updatedAt: time,
  deletedAt: optionalTime,
  mutedRules: v.optional(v.array(text)),
});

const process: Schema<Process> = v.object({
  id: text,
  projectId: text,
  name: text,
  position: v.number(),
  createdAt: time,
  deletedAt: optionalTime,
});

const variantEntries = {
  id: text,
  projectId: text,
  processId: text,
  kind: v.picklist(variantKinds),
  revision: v.number(),
  updatedAt: time,
};
const storedVariant: Schema<StoredVariant> = v.object(variantEntries);

/** A variant with its diagram, as a records file and a project's records carry it (the database keeps the two apart). */
export const variantWithXml: Schema<Variant> = v.object({ ...variantEntries, xml: text });

const snapshot: Schema<Snapshot> = v.object({
  id: text,
  variantId: text,
  projectId: text,
  reason: v.picklist(snapshotReasons),
  name: text,
  size: v.number(),
  createdAt: time,
  // Added with schema v10: older versions read as kept here.
  fromTeam: v.optional(v.boolean()),
});

const snapshotContent: Schema<SnapshotContent> = v.object({ id: text, xml: text });

const setting: Schema<Setting> = v.object({ key: text, value: text });

const entryBase = { id: text, projectId: text, name: text, description: text, createdAt: time, updatedAt: time };

const dictionaryEntry: Schema<DictionaryEntry> = v.variant('kind', [
  v.object({ ...entryBase, kind: v.literal('document'), fieldIds: v.array(text) }),
  v.object({
    ...entryBase,
    kind: v.literal('field'),
    dataType: v.picklist(fieldTypes),
    holderSystemId: text,
    dataOwner: text,
    accessLevel: v.picklist(accessLevels),
    legalBasis: text,
  }),
  // developer and side came later: older records read with them empty.
  v.object({ ...entryBase, kind: v.literal('system'), ownerBody: text, developer: v.optional(text, '') }),
  v.object({ ...entryBase, kind: v.literal('role'), unit: text, side: v.optional(v.picklist(['', ...executorSides]), '') }),
]);

const yesNo = v.nullable(v.boolean());
const removeKeep = v.nullable(v.picklist(['remove', 'keep']));
const chosenProposals: Schema<ChosenProposals> = v.object({
  electronicOnly: yesNo,
  paperFormat: removeKeep,
  oneTimePassword: yesNo,
  oneApplication: yesNo,
  oneApplicationService: text,
  proactive: yesNo,
  // fullAutomation, once chosen here, now follows from the diagrams (question 7): a stored one is dropped on read.
  alternativeThroughProvider: removeKeep,
});

const pairKeys = variantKinds.flatMap((from) => variantKinds.map((to): VariantPairKey => `${from}>${to}`));

const assessment: Schema<ProcessAssessment> = v.object({
  processId: text,
  projectId: text,
  target: v.picklist(['toBe', 'optimal']),
  proposals: chosenProposals,
  questionnaire: v.array(v.object({ number: v.number(), value: text, justification: text, touched: v.boolean() })),
  matchOverrides: v.record(v.picklist(pairKeys), v.array(v.object({ oldId: text, newId: v.nullable(text) }))),
  // Added later: an older record reads with no bounds marked.
  termBounds: v.optional(v.record(v.picklist(variantKinds), v.object({ start: v.nullable(text), end: v.nullable(text) })), {}),
  updatedAt: time,
});

const syncLink: Schema<SyncLink> = v.object({
  projectId: text,
  serverUrl: text,
  token: text,
  documentName: text,
  userId: text,
  teamId: text,
  sharedAt: time,
  viewerOnly: v.optional(v.boolean()),
});
const syncDoc: Schema<SyncDoc> = v.object({ projectId: text, state: v.instance(Uint8Array), base: v.record(text, v.record(text, v.unknown())) });
const sha256 = v.pipe(text, v.regex(/^[0-9a-f]{64}$/));
const syncHead: Schema<SyncHead> = v.object({ variantId: text, projectId: text, revisionId: text, sha256, checkedAt: time });
const syncBlob: Schema<SyncBlob> = v.object({ sha256, xml: text });

/** The journey records have their own, versioned checks in the domain (they travel in packages as they are). */
const checkedBy = <T>(parse: (raw: unknown) => Parsed<T>): Schema<T> => v.custom<T>((raw) => parse(raw).ok);

/** What a record of each table must look like for the app to show it. */
export const recordSchemas = {
  projects: project,
  processes: process,
  // Its diagram is in variantContents, the XML itself under the variant's id (variantContents.ts checks it).
  variants: storedVariant,
  snapshots: snapshot,
  snapshotContents: snapshotContent,
  settings: setting,
  dictionary: dictionaryEntry,
  assessments: assessment,
  personas: checkedBy<Persona>(parsePersona),
  journeyMaps: checkedBy<JourneyMap>(parseJourneyMap),
  interviews: checkedBy<Interview>(parseInterview),
  // The plan and roadmap shapes are the domain's own checks (src/domain/plan/planSchema.ts).
  actionPlans: actionPlanSchema,
  roadmaps: roadmapSchema,
  // So are the passport's and the status changes' (src/domain/passport, src/domain/lifecycle).
  passports: passportSchema,
  statusChanges: statusChangeSchema,
  syncLinks: syncLink,
  syncDocs: syncDoc,
  syncHeads: syncHead,
  syncBlobs: syncBlob,
};

export type TableName = keyof typeof recordSchemas;
export type RecordOf<T extends TableName> = v.InferOutput<(typeof recordSchemas)[T]>;
export const tableNames = Object.keys(recordSchemas) as TableName[];
