import { copyJourneyRecords } from '../domain/journey/records';
import { remapProcesses } from '../domain/plan/roadmap';
import { newId, type WorkbenchDb } from './db';
import type { Variant } from '../domain/variant';
import type { RecordOf } from './records/recordSchemas';
import { validRecord, validRecords } from './records/validRecords';
import { putVariants, withContents } from './variantContents';

/**
 * Every table that holds a project's work. A new kind of project record joins here, so that a
 * duplicate, a backup and its restore carry it; its test (projectRecords.test.ts) fails otherwise.
 */
export const projectTableNames = ['projects', 'processes', 'variants', 'snapshots', 'snapshotContents', 'dictionary', 'assessments', 'personas', 'journeyMaps', 'interviews', 'actionPlans', 'roadmaps', 'passports', 'statusChanges'] as const;
export type ProjectTableName = (typeof projectTableNames)[number];

/**
 * All stored records of one project, table by table, each checked as every read is. Variants carry
 * their diagrams, as records files always have: the database keeps them apart (`variantContents`).
 */
export type ProjectRecords = { [T in ProjectTableName]: T extends 'variants' ? Variant[] : RecordOf<T>[] };

/** The stores a project's records are read from and written to. */
export const projectStores = (db: WorkbenchDb) => [...projectTableNames.map((name) => db.table(name)), db.variantContents];

export async function readProjectRecords(db: WorkbenchDb, projectId: string): Promise<ProjectRecords> {
  return db.transaction('r', projectStores(db), async () => {
    const project = validRecord('projects', await db.projects.get(projectId));
    if (!project) throw new Error(`No project ${projectId}`);
    const ofProject = <T extends ProjectTableName>(table: T) =>
      db.table(table).where('projectId').equals(projectId).toArray().then((rows) => validRecords(table, rows));
    const snapshots = await ofProject('snapshots');
    return {
      projects: [project],
      processes: await ofProject('processes'),
      variants: await withContents(db, await ofProject('variants')),
      snapshots,
      snapshotContents: validRecords('snapshotContents', await db.snapshotContents.bulkGet(snapshots.map((s) => s.id))),
      dictionary: await ofProject('dictionary'),
      assessments: await ofProject('assessments'),
      personas: await ofProject('personas'),
      journeyMaps: await ofProject('journeyMaps'),
      interviews: await ofProject('interviews'),
      actionPlans: await ofProject('actionPlans'),
      roadmaps: validRecords('roadmaps', [await db.roadmaps.get(projectId)].filter(Boolean)),
      passports: await ofProject('passports'),
      statusChanges: await ofProject('statusChanges'),
    };
  });
}

/**
 * The same project under new ids (project, processes, variants, versions), every link between them
 * kept. Diagram element ids and dictionary entry ids stay: the diagrams refer to entries by id. A
 * record whose owner is not in the set (a version of a variant left out) is left out too.
 */
export function withNewIds(records: ProjectRecords): ProjectRecords {
  const ids = new Map<string, string>();
  const fresh = (old: string) => ids.get(old) ?? ids.set(old, newId()).get(old)!;
  const [project] = records.projects;
  if (!project) throw new Error('No project in the records');
  const projectId = fresh(project.id);
  const processes = records.processes.map((p) => ({ ...p, id: fresh(p.id), projectId }));
  const processIds = new Set(records.processes.map((p) => p.id));
  const variants = records.variants.filter((v) => processIds.has(v.processId)).map((v) => ({ ...v, id: fresh(v.id), projectId, processId: ids.get(v.processId)! }));
  const variantIds = new Set(records.variants.filter((v) => processIds.has(v.processId)).map((v) => v.id));
  const snapshots = records.snapshots.filter((s) => variantIds.has(s.variantId)).map((s) => ({ ...s, id: fresh(s.id), projectId, variantId: ids.get(s.variantId)! }));
  const keptSnapshots = new Set(records.snapshots.filter((s) => variantIds.has(s.variantId)).map((s) => s.id));
  const journeys = copyJourneyRecords(
    { personas: records.personas, maps: records.journeyMaps, interviews: records.interviews },
    { projectId, processId: (old) => ids.get(old), newId, now: Date.now() },
  );
  return {
    projects: [{ ...project, id: projectId }],
    processes,
    variants,
    snapshots,
    snapshotContents: records.snapshotContents.filter((c) => keptSnapshots.has(c.id)).map((c) => ({ ...c, id: ids.get(c.id)! })),
    dictionary: records.dictionary.map((entry) => ({ ...entry, projectId })),
    assessments: records.assessments.filter((a) => processIds.has(a.processId)).map((a) => ({ ...a, projectId, processId: ids.get(a.processId)! })),
    personas: journeys.personas,
    journeyMaps: journeys.maps,
    interviews: journeys.interviews,
    actionPlans: records.actionPlans.filter((plan) => processIds.has(plan.processId)).map((plan) => ({ ...plan, projectId, processId: ids.get(plan.processId)! })),
    roadmaps: records.roadmaps.map((roadmap) => remapProcesses(roadmap, projectId, ids)),
    passports: records.passports.filter((passport) => processIds.has(passport.processId)).map((passport) => ({ ...passport, projectId, processId: ids.get(passport.processId)! })),
    statusChanges: records.statusChanges
      .filter((change) => processIds.has(change.processId))
      .map((change) => {
        const processId = ids.get(change.processId)!;
        // The approved version goes with the history: without it, the change keeps no link to one.
        const versionId = change.versionId !== null && keptSnapshots.has(change.versionId) ? ids.get(change.versionId)! : null;
        return { ...change, id: fresh(change.id), projectId, processId, versionId, plan: change.plan && { ...change.plan, projectId, processId } };
      }),
  };
}

/** Writes a project's records in one transaction: all of them or, if anything fails, none. */
export async function writeProjectRecords(db: WorkbenchDb, records: ProjectRecords): Promise<void> {
  await db.transaction('rw', projectStores(db), async () => {
    for (const table of projectTableNames) {
      if (table === 'variants') await putVariants(db, records.variants);
      else await db.table(table).bulkPut(records[table]);
    }
  });
}

/** How many records of each table: what a package or a restore reports. */
export function recordCounts(records: ProjectRecords): Record<ProjectTableName, number> {
  return Object.fromEntries(projectTableNames.map((table) => [table, records[table].length])) as Record<ProjectTableName, number>;
}
