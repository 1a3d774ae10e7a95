import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkbenchDb } from './db';
import { addEntry } from './dictionaryRepository';
import { updateAssessment } from './assessmentRepository';
import { createProject } from './projectRepository';
import { createProcess, moveProcessToTrash } from './processRepository';
import { projectTableNames, readProjectRecords, recordCounts, withNewIds, writeProjectRecords } from './projectRecords';
import { schemaVersions } from './schema';
import { deriveVariant, listVariants, saveVariantXml } from './variantRepository';
import { addVersion } from './versionRepository';
import { createPersona } from './journeyRepository';
import { emptyPlan } from '../domain/plan/plan';
import { syncStateTables } from './sync/syncTables';
import { emptyRoadmap } from '../domain/plan/roadmap';
import { emptyPassport } from '../domain/passport/passport';
import { savePassport } from './passportRepository';
import { setVariantStatus } from './statusRepository';

const databases: WorkbenchDb[] = [];
const database = () => {
  const db = new WorkbenchDb(`records-${crypto.randomUUID()}`);
  databases.push(db);
  return db;
};
afterEach(async () => {
  for (const db of databases.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A project with something in every table: two processes (one in the trash), versions, dictionary, assessment. */
async function fullProject(db: WorkbenchDb) {
  const project = await createProject(db, { name: 'Полный проект', owner: 'МЮ РК', serviceName: 'Услуга', serviceCode: '700', serviceConsumers: 'Физические лица', status: 'inProgress' });
  const process = await createProcess(db, project.id, 'Регистрация');
  const trashed = await createProcess(db, project.id, 'Удалённый');
  await moveProcessToTrash(db, trashed.id);
  const toBe = await deriveVariant(db, process.id, 'toBe', 'asIs');
  await saveVariantXml(db, toBe.id, toBe.xml.replace('Новый', 'Целевой'), 1);
  await addVersion(db, toBe, 'named', toBe.xml, { name: 'До МВК' });
  await addEntry(db, project.id, 'document', 'Заявление');
  await updateAssessment(db, project.id, process.id, (a) => ({ ...a, target: 'optimal' }));
  await createPersona(db, project.id, 'Родитель');
  await db.actionPlans.put({ ...emptyPlan(project.id, process.id), updatedAt: 1 });
  await db.roadmaps.put({ ...emptyRoadmap(project.id), cells: { [process.id]: { '2025Q1': ['R'] } }, updatedAt: 1 });
  await savePassport(db, { ...emptyPassport(project.id, process.id), justification: 'Данные есть в ГБД ФЛ' });
  await setVariantStatus(db, toBe.id, { to: 'approved', by: 'Айгерим', reason: '' });
  return { project, process };
}

describe('a project’s records', () => {
  it('are every table that holds project work: a table indexed by project must be listed', () => {
    const latest = schemaVersions.at(-1)!.stores as Record<string, string>;
    const byProject = Object.entries(latest)
      .filter(([, indexes]) => indexes.split(',').some((index) => index.trim() === 'projectId'))
      .filter(([table]) => !(syncStateTables as readonly string[]).includes(table));
    for (const [table] of byProject) expect(projectTableNames).toContain(table);
  });

  it('are read whole, table by table', async () => {
    const db = database();
    const { project } = await fullProject(db);
    const records = await readProjectRecords(db, project.id);
    expect(recordCounts(records)).toEqual({ projects: 1, processes: 2, variants: 3, snapshots: 2, snapshotContents: 2, dictionary: 1, assessments: 1, personas: 1, journeyMaps: 0, interviews: 0, actionPlans: 1, roadmaps: 1, passports: 1, statusChanges: 1 });
  });

  it('under new ids keep every link, and written to another database read back the same', async () => {
    const db = database();
    const { project } = await fullProject(db);
    const original = await readProjectRecords(db, project.id);
    const copy = withNewIds(original);
    expect(copy.projects[0]!.id).not.toBe(project.id);
    const processIds = new Set(copy.processes.map((p) => p.id));
    const variantIds = new Set(copy.variants.map((v) => v.id));
    expect(copy.variants.every((v) => processIds.has(v.processId) && v.projectId === copy.projects[0]!.id)).toBe(true);
    expect(copy.snapshots.every((s) => variantIds.has(s.variantId))).toBe(true);
    expect(copy.snapshotContents.map((c) => c.id)).toEqual(copy.snapshots.map((s) => s.id));
    expect(copy.assessments.every((a) => processIds.has(a.processId))).toBe(true);
    expect(copy.dictionary.map((e) => e.id)).toEqual(original.dictionary.map((e) => e.id));
    expect(copy.actionPlans.every((plan) => processIds.has(plan.processId))).toBe(true);
    expect(Object.keys(copy.roadmaps[0]!.cells).every((id) => processIds.has(id))).toBe(true);
    expect(copy.personas[0]!.projectId).toBe(copy.projects[0]!.id);
    expect(copy.passports.every((passport) => processIds.has(passport.processId))).toBe(true);
    const [approval] = copy.statusChanges;
    expect(processIds.has(approval!.processId)).toBe(true);
    expect(copy.snapshots.find((s) => s.id === approval!.versionId)?.reason).toBe('approved');

    const other = database();
    await writeProjectRecords(other, original);
    expect(await readProjectRecords(other, project.id)).toEqual(original);
  });

  it('leave out what belongs to nothing in the set', async () => {
    const db = database();
    const { project, process } = await fullProject(db);
    const records = await readProjectRecords(db, project.id);
    const kept = withNewIds({ ...records, processes: records.processes.filter((p) => p.id === process.id) });
    expect(kept.variants).toHaveLength((await listVariants(db, process.id)).length);
    expect(kept.snapshots).toHaveLength(2);
  });

  it('without their version history keep the status changes, no longer pointing at a version', async () => {
    const db = database();
    const { project } = await fullProject(db);
    const records = await readProjectRecords(db, project.id);
    const copy = withNewIds({ ...records, snapshots: [], snapshotContents: [] });
    expect(copy.statusChanges.map((change) => [change.status, change.versionId])).toEqual([['approved', null]]);
  });
});
