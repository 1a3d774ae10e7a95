import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkbenchDb } from './db';
import { currentSchemaVersion, schemaVersions } from './schema';
import { emptyPlan } from '../domain/plan/plan';
import { emptyRoadmap } from '../domain/plan/roadmap';
import { emptyPassport } from '../domain/passport/passport';
import { validRecord } from './records/validRecords';
import { getVariant, listVariants, VariantContentError } from './variantRepository';
import { findDamagedRecords } from './records/damagedRecords';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A database exactly as the build with schema `version` wrote it. */
function databaseAtVersion(name: string, version: number): Dexie {
  const db = new Dexie(name);
  for (const step of schemaVersions.filter((s) => s.version <= version)) {
    const v = db.version(step.version).stores(step.stores);
    if ('upgrade' in step) v.upgrade(step.upgrade);
  }
  opened.push(db);
  return db;
}

describe('schema migrations', () => {
  it('has a test below for every version after the first', () => {
    const tested = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    expect(schemaVersions.slice(1).map((s) => s.version)).toEqual(tested);
  });

  it('v1 → v2: opens a v1 database, keeps its data and gives variants revision 1', async () => {
    const name = 'migration-v1';
    const v1 = databaseAtVersion(name, 1);
    await v1.table('projects').add({ id: 'p1', name: 'Старый проект', owner: '', serviceName: '', serviceCode: '', status: 'planned', createdAt: 1, updatedAt: 1, deletedAt: null });
    await v1.table('processes').add({ id: 'pr1', projectId: 'p1', name: 'Процесс', position: 0, createdAt: 1 });
    await v1.table('variants').add({ id: 'v1', projectId: 'p1', processId: 'pr1', kind: 'asIs', xml: '<x/>', updatedAt: 1 });
    v1.close();

    const current = new WorkbenchDb(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBe(currentSchemaVersion);
    expect(await current.projects.get('p1')).toMatchObject({ name: 'Старый проект' });
    expect(await getVariant(current, 'v1')).toMatchObject({ xml: '<x/>', revision: 1 });
    expect(await current.snapshots.count()).toBe(0);
  });

  it('v2 → v3: opens a v2 database with its data and adds an empty dictionary', async () => {
    const name = 'migration-v2';
    const v2 = databaseAtVersion(name, 2);
    await v2.table('projects').add({ id: 'p1', name: 'Проект v2', owner: '', serviceName: '', serviceCode: '', status: 'planned', createdAt: 1, updatedAt: 1, deletedAt: null });
    await v2.table('variants').add({ id: 'v1', projectId: 'p1', processId: 'pr1', kind: 'asIs', xml: '<x/>', revision: 4, updatedAt: 1 });
    await v2.table('snapshots').add({ id: 's1', variantId: 'v1', projectId: 'p1', reason: 'conflict', xml: '<y/>', createdAt: 1 });
    await v2.table('settings').put({ key: 'language', value: 'kk' });
    v2.close();

    const current = new WorkbenchDb(name);
    opened.push(current);
    await current.open();
    expect(await current.variants.get('v1')).toMatchObject({ revision: 4 });
    expect(await current.snapshots.count()).toBe(1);
    expect(await current.settings.get('language')).toEqual({ key: 'language', value: 'kk' });
    expect(await current.dictionary.count()).toBe(0);
  });

  it('v3 → v4: opens a v3 database with its projects and dictionary, with no assessments yet', async () => {
    const name = 'migration-v3';
    const v3 = databaseAtVersion(name, 3);
    await v3.table('projects').add({ id: 'p1', name: 'Проект v3', owner: '', serviceName: '', serviceCode: '', status: 'planned', createdAt: 1, updatedAt: 1, deletedAt: null });
    await v3.table('processes').add({ id: 'pr1', projectId: 'p1', name: 'Процесс', position: 0, createdAt: 1 });
    await v3.table('dictionary').add({ id: 'd1', projectId: 'p1', kind: 'document', name: 'Заявление', description: '', fieldIds: [], createdAt: 1, updatedAt: 1 });
    v3.close();

    const current = new WorkbenchDb(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBe(currentSchemaVersion);
    expect(await current.dictionary.get(['p1', 'd1'])).toMatchObject({ name: 'Заявление' });
    expect(await current.processes.get('pr1')).toMatchObject({ name: 'Процесс' });
    expect(await current.assessments.count()).toBe(0);
    await current.assessments.put({ processId: 'pr1', projectId: 'p1', target: 'toBe', proposals: { electronicOnly: true, paperFormat: null, oneTimePassword: null, oneApplication: null, oneApplicationService: '', proactive: null, alternativeThroughProvider: null }, questionnaire: [], matchOverrides: {}, termBounds: {}, updatedAt: 2 });
    expect(await current.assessments.where('projectId').equals('p1').count()).toBe(1);
  });

  it('v4 → v5: snapshots keep their XML apart, with their size and an empty name; processes are not in the trash', async () => {
    const name = 'migration-v4';
    const v4 = databaseAtVersion(name, 4);
    await v4.table('processes').add({ id: 'pr1', projectId: 'p1', name: 'Процесс', position: 0, createdAt: 1 });
    await v4.table('snapshots').add({ id: 's1', variantId: 'v1', projectId: 'p1', reason: 'conflict', xml: '<y>Ä</y>', createdAt: 5 });
    v4.close();

    const current = new WorkbenchDb(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBe(currentSchemaVersion);
    expect(await current.processes.get('pr1')).toMatchObject({ name: 'Процесс', deletedAt: null });
    expect(await current.snapshots.get('s1')).toEqual({ id: 's1', variantId: 'v1', projectId: 'p1', reason: 'conflict', name: '', size: 8, createdAt: 5 });
    expect(await current.snapshotContents.get('s1')).toEqual({ id: 's1', xml: '<y>Ä</y>' });
    expect(await current.snapshots.where('[variantId+createdAt]').between(['v1', 0], ['v1', Infinity]).count()).toBe(1);
  });

  it('v5 → v6: opens a v5 database with its data, and finds journey records by project and process', async () => {
    const name = 'migration-v5';
    const v5 = databaseAtVersion(name, 5);
    await v5.table('projects').add({ id: 'p1', name: 'Проект v5', owner: '', serviceName: '', serviceCode: '', status: 'planned', createdAt: 1, updatedAt: 1, deletedAt: null });
    await v5.table('processes').add({ id: 'pr1', projectId: 'p1', name: 'Процесс', position: 0, createdAt: 1, deletedAt: null });
    await v5.table('variants').add({ id: 'v1', projectId: 'p1', processId: 'pr1', kind: 'asIs', xml: '<x/>', revision: 3, updatedAt: 1 });
    await v5.table('assessments').put({ processId: 'pr1', projectId: 'p1', target: 'toBe', proposals: {}, questionnaire: [], matchOverrides: {}, updatedAt: 2 });
    v5.close();

    const current = new WorkbenchDb(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBe(currentSchemaVersion);
    expect(await getVariant(current, 'v1')).toMatchObject({ xml: '<x/>', revision: 3 });
    expect(await current.processes.get('pr1')).toMatchObject({ name: 'Процесс', deletedAt: null });
    expect(await current.assessments.get('pr1')).toMatchObject({ target: 'toBe' });
    expect([await current.personas.count(), await current.journeyMaps.count(), await current.interviews.count()]).toEqual([0, 0, 0]);
    await current.journeyMaps.add({ id: 'm1', projectId: 'p1', processId: 'pr1', variantKind: 'asIs' } as never);
    await current.interviews.add({ id: 'i1', projectId: 'p1', processId: 'pr1' } as never);
    await current.personas.add({ id: 'pe1', projectId: 'p1' } as never);
    expect(await current.journeyMaps.where('[processId+variantKind]').equals(['pr1', 'asIs']).count()).toBe(1);
    expect(await current.interviews.where('processId').equals('pr1').count()).toBe(1);
    expect(await current.personas.where('projectId').equals('p1').count()).toBe(1);
  });

  it('v6 → v7: opens a v6 database with its data, with no action plans or roadmaps yet', async () => {
    const name = 'migration-v6';
    const v5 = databaseAtVersion(name, 6);
    await v5.table('projects').add({ id: 'p1', name: 'Проект v5', owner: '', serviceName: '', serviceCode: '', status: 'planned', createdAt: 1, updatedAt: 1, deletedAt: null });
    await v5.table('processes').add({ id: 'pr1', projectId: 'p1', name: 'Процесс', position: 0, createdAt: 1, deletedAt: null });
    await v5.table('assessments').add({ processId: 'pr1', projectId: 'p1', target: 'toBe' });
    v5.close();

    const current = new WorkbenchDb(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBe(currentSchemaVersion);
    expect(await current.processes.get('pr1')).toMatchObject({ name: 'Процесс', deletedAt: null });
    expect(await current.assessments.get('pr1')).toMatchObject({ target: 'toBe' });
    expect(await current.actionPlans.count()).toBe(0);
    expect(await current.roadmaps.count()).toBe(0);
    await current.actionPlans.put({ ...emptyPlan('p1', 'pr1'), updatedAt: 2 });
    await current.roadmaps.put({ ...emptyRoadmap('p1'), updatedAt: 2 });
    expect(await current.actionPlans.where('projectId').equals('p1').count()).toBe(1);
    expect(await current.roadmaps.get('p1')).toMatchObject({ startYear: 2025, years: 5 });
  });

  it('v7 → v8: opens a v7 database with its plans, with no passports or status changes yet, and finds them by project and process', async () => {
    const name = 'migration-v7';
    const v7 = databaseAtVersion(name, 7);
    await v7.table('projects').add({ id: 'p1', name: 'Проект v7', owner: '', serviceName: '', serviceCode: '700', status: 'planned', createdAt: 1, updatedAt: 1, deletedAt: null });
    await v7.table('processes').add({ id: 'pr1', projectId: 'p1', name: 'Процесс', position: 0, createdAt: 1, deletedAt: null });
    await v7.table('actionPlans').add({ ...emptyPlan('p1', 'pr1'), updatedAt: 3 });
    v7.close();

    const current = new WorkbenchDb(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBe(currentSchemaVersion);
    expect(await current.actionPlans.get('pr1')).toMatchObject({ updatedAt: 3 });
    expect(await current.passports.count()).toBe(0);
    expect(await current.statusChanges.count()).toBe(0);
    await current.passports.put({ ...emptyPassport('p1', 'pr1'), justification: 'Обоснование' });
    await current.statusChanges.put({ formatVersion: 1, id: 'c1', projectId: 'p1', processId: 'pr1', subject: 'plan', status: 'agreed', changedAt: 4, changedBy: '', reason: '', versionId: null, plan: null });
    expect(await current.passports.where('projectId').equals('p1').count()).toBe(1);
    expect(await current.statusChanges.where('processId').equals('pr1').count()).toBe(1);
  });

  it('v8 → v9: opens a v8 database with its data, with no project shared yet', async () => {
    const name = 'migration-v8';
    const v8 = databaseAtVersion(name, 8);
    await v8.table('projects').add({ id: 'p1', name: 'Проект v8', owner: '', serviceName: '', serviceCode: '', status: 'planned', createdAt: 1, updatedAt: 1, deletedAt: null });
    await v8.table('roadmaps').put({ ...emptyRoadmap('p1'), updatedAt: 2 });
    await v8.table('passports').put({ ...emptyPassport('p1', 'pr1'), justification: 'Обоснование' });
    v8.close();

    const current = new WorkbenchDb(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBe(currentSchemaVersion);
    expect(await current.projects.get('p1')).toMatchObject({ name: 'Проект v8' });
    expect(await current.roadmaps.get('p1')).toMatchObject({ updatedAt: 2 });
    expect(await current.passports.get('pr1')).toMatchObject({ justification: 'Обоснование' });
    expect(await current.syncLinks.count()).toBe(0);
    await current.syncHeads.put({ variantId: 'v1', projectId: 'p1', revisionId: 'r1', sha256: 'a'.repeat(64), checkedAt: 1 });
    expect(await current.syncHeads.where('projectId').equals('p1').count()).toBe(1);
    await current.syncDocs.put({ projectId: 'p1', state: new Uint8Array([0, 0]), base: {} });
    expect((await current.syncDocs.get('p1'))?.state).toBeInstanceOf(Uint8Array);
  });

  it('v9 → v10: an approval and its version as a v9 build stored them read as they were: no hash yet, kept here', async () => {
    const name = 'migration-v9';
    const v9 = databaseAtVersion(name, 9);
    const approval = { formatVersion: 1, id: 'c1', projectId: 'p1', processId: 'pr1', subject: 'toBe', status: 'approved', changedAt: 5, changedBy: 'Алия', reason: '', versionId: 's1', plan: null };
    await v9.table('statusChanges').add(approval);
    await v9.table('snapshots').add({ id: 's1', variantId: 'v1', projectId: 'p1', reason: 'approved', name: '', size: 4, createdAt: 5 });
    v9.close();

    const current = new WorkbenchDb(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBe(currentSchemaVersion);
    expect(validRecord('statusChanges', await current.statusChanges.get('c1'))).toEqual(approval);
    const version = validRecord('snapshots', await current.snapshots.get('s1'));
    expect(version).toMatchObject({ reason: 'approved', createdAt: 5 });
    expect(version?.fromTeam).toBeUndefined();
    // and the new fields are stored and read
    await current.statusChanges.update('c1', { approvedSha256: 'b'.repeat(64) });
    expect(validRecord('statusChanges', await current.statusChanges.get('c1'))?.approvedSha256).toBe('b'.repeat(64));
    await current.statusChanges.update('c1', { approvedSha256: 'not a hash' });
    expect(validRecord('statusChanges', await current.statusChanges.get('c1'))).toBeUndefined();
  });

  it('v10 → v11: every variant of a v10 database opens with its diagram intact, now stored apart from its record', async () => {
    const name = 'migration-v10';
    const v10 = databaseAtVersion(name, 10);
    const large = `<bpmn:definitions>${'<bpmn:task id="T" name="Шаг «приём»" />'.repeat(20_000)}</bpmn:definitions>`;
    const variants = [
      { id: 'v1', projectId: 'p1', processId: 'pr1', kind: 'asIs', xml: '<a/>', revision: 7, updatedAt: 3 },
      { id: 'v2', projectId: 'p1', processId: 'pr1', kind: 'toBe', xml: large, revision: 2, updatedAt: 4 },
      { id: 'v3', projectId: 'p2', processId: 'pr2', kind: 'asIs', xml: '', revision: 1, updatedAt: 5, note: 'a newer build’s field' },
      // A record already damaged in v10 (no diagram): it stays, without content, and only it is named.
      { id: 'v4', projectId: 'p1', processId: 'pr3', kind: 'asIs', revision: 1, updatedAt: 6 },
    ];
    await v10.table('variants').bulkAdd(variants);
    v10.close();

    const current = new WorkbenchDb(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBe(currentSchemaVersion);
    for (const variant of variants.slice(0, 3)) {
      expect(await getVariant(current, variant.id)).toEqual(variant);
      expect(await current.variants.get(variant.id)).not.toHaveProperty('xml');
      expect(await current.variantContents.get(variant.id)).toBe(variant.xml);
    }
    expect((await listVariants(current, 'pr1')).map((v) => v.id).sort()).toEqual(['v1', 'v2']);
    await expect(getVariant(current, 'v4')).rejects.toBeInstanceOf(VariantContentError);
    expect(await current.variantContents.count()).toBe(3);
    expect(await findDamagedRecords(current)).toEqual([{ table: 'variants', key: 'v4', problems: [{ field: 'xml', kind: 'missing' }] }]);
  });
});
