import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../test/testDb';
import type { WorkbenchDb } from '../db';
import { createProject } from '../projectRepository';
import { currentSchemaVersion } from '../schema';
import { dumpDatabase } from './databaseDump';
import { deleteDamagedRecord, findDamagedRecords, readRawRecord } from './damagedRecords';
import { tableNames } from './recordSchemas';
import { createProcess } from '../processRepository';
import { recordOf } from '../variantContents';
import { deriveVariant, getVariant, listVariants } from '../variantRepository';

const database = databasePerTest();

const fields = { name: 'Проект', owner: '', serviceName: '', serviceCode: '', serviceConsumers: '', status: 'planned' as const };

/** One record per table that has its table's key but nothing else right. */
const damaged = {
  projects: { id: 'p-bad', name: 123 },
  processes: { id: 'pr-bad', projectId: 'p', name: 'Процесс', position: 0, createdAt: 1, deletedAt: 'yesterday' },
  variants: { id: 'v-bad', projectId: 'p', processId: 'pr', kind: 'asIs', xml: null, revision: 1, updatedAt: 1 },
  snapshots: { id: 's-bad', variantId: 'v', projectId: 'p', reason: 'whim', name: '', size: 0, createdAt: 1 },
  snapshotContents: { id: 'c-bad', xml: 7 },
  settings: { key: 'language', value: ['ru'] },
  dictionary: { projectId: 'p', id: 'e-bad', kind: 'field', name: 'ИИН' },
  assessments: { processId: 'pr-bad', projectId: 'p', target: 'asIs' },
  personas: { id: 'pe-bad', projectId: 'p', name: 7 },
  journeyMaps: { id: 'm-bad', projectId: 'p', processId: 'pr', variantKind: 'asIs', stages: 'none' },
  interviews: { id: 'i-bad', projectId: 'p', processId: 'pr', interviewee: null },
  actionPlans: { processId: 'pr-bad', projectId: 'p', formatVersion: 1, rows: [{ id: 'r', section: 'finance' }] },
  roadmaps: { projectId: 'p-bad', formatVersion: 1, startYear: 2025, years: 5, cells: { pr: { '2025Q5': ['R'] } } },
  passports: { processId: 'pr-bad', projectId: 'p', formatVersion: 1, legalActs: [{ id: 'a', title: 'Закон', date: '2013-02-30' }] },
  statusChanges: { id: 'st-bad', projectId: 'p', processId: 'pr', formatVersion: 1, subject: 'plan', status: 'signed' },
  syncLinks: { projectId: 'p-bad', serverUrl: 'wss://sync', token: null },
  syncDocs: { projectId: 'p-bad', state: 'not bytes' },
  syncHeads: { variantId: 'v-bad', projectId: 'p', revisionId: 'r', sha256: 'short' },
  syncBlobs: { sha256: 'b-bad', xml: '<x/>' },
};

async function putDamaged(db: WorkbenchDb) {
  for (const table of tableNames) await db.table(table).put(damaged[table]);
}

describe('damaged records', () => {
  it('finds the damaged record in each table with its key and what is wrong, and none of the good ones', async () => {
    const db = database();
    const good = await createProject(db, fields);
    await putDamaged(db);
    const found = await findDamagedRecords(db);
    expect(found.map((r) => [r.table, r.key])).toEqual([
      ['projects', 'p-bad'],
      ['processes', 'pr-bad'],
      ['variants', 'v-bad'],
      ['snapshots', 's-bad'],
      ['snapshotContents', 'c-bad'],
      ['settings', 'language'],
      ['dictionary', ['p', 'e-bad']],
      ['assessments', 'pr-bad'],
      ['personas', 'pe-bad'],
      ['journeyMaps', 'm-bad'],
      ['interviews', 'i-bad'],
      ['actionPlans', 'pr-bad'],
      ['roadmaps', 'p-bad'],
      ['passports', 'pr-bad'],
      ['statusChanges', 'st-bad'],
      ['syncLinks', 'p-bad'],
      ['syncDocs', 'p-bad'],
      ['syncHeads', 'v-bad'],
      ['syncBlobs', 'b-bad'],
    ]);
    expect(found[0]!.problems).toContainEqual({ field: 'name', kind: 'wrongType' });
    expect(found[6]!.problems).toContainEqual({ field: 'dataType', kind: 'missing' });
    expect(found.map((r) => r.key)).not.toContain(good.id);
  });

  it('exports a damaged record as stored and deletes it, but never a record that is no longer damaged', async () => {
    const db = database();
    await putDamaged(db);
    expect(await readRawRecord(db, 'dictionary', ['p', 'e-bad'])).toEqual(damaged.dictionary);
    await deleteDamagedRecord(db, 'dictionary', ['p', 'e-bad']);
    expect(await db.dictionary.count()).toBe(0);
    await db.settings.put({ key: 'language', value: 'kk' });
    await deleteDamagedRecord(db, 'settings', 'language');
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'kk' });
    expect((await findDamagedRecords(db)).map((r) => r.table)).toEqual(['projects', 'processes', 'variants', 'snapshots', 'snapshotContents', 'assessments', 'personas', 'journeyMaps', 'interviews', 'actionPlans', 'roadmaps', 'passports', 'statusChanges', 'syncLinks', 'syncDocs', 'syncHeads', 'syncBlobs']);
  });

  it('checks a variant with its diagram: a missing or damaged one names that variant only; export shows it joined, delete takes both', async () => {
    const db = database();
    const project = await createProject(db, fields);
    const process = await createProcess(db, project.id, 'Процесс');
    const [asIs] = await listVariants(db, process.id);
    const toBe = await deriveVariant(db, process.id, 'toBe', 'asIs');
    const optimal = await deriveVariant(db, process.id, 'optimal', 'asIs');
    await db.variantContents.delete(toBe.id);
    await db.variantContents.put({ not: 'xml' } as never, optimal.id);

    const found = await findDamagedRecords(db);
    expect(found).toHaveLength(2);
    expect(found).toEqual(
      expect.arrayContaining([
        { table: 'variants', key: toBe.id, problems: [{ field: 'xml', kind: 'missing' }] },
        { table: 'variants', key: optimal.id, problems: [{ field: 'xml', kind: 'wrongType' }] },
      ]),
    );
    expect((await listVariants(db, process.id)).map((v) => v.id)).toEqual([asIs!.id]);
    await expect(getVariant(db, toBe.id)).rejects.toThrow(`The diagram of variant ${toBe.id} is missing or damaged`);
    expect(await readRawRecord(db, 'variants', optimal.id)).toEqual({ ...recordOf(optimal), xml: { not: 'xml' } });

    await deleteDamagedRecord(db, 'variants', asIs!.id);
    await deleteDamagedRecord(db, 'variants', optimal.id);
    expect(await getVariant(db, asIs!.id)).toEqual(asIs);
    expect(await db.variants.get(optimal.id)).toBeUndefined();
    expect(await db.variantContents.get(optimal.id)).toBeUndefined();
  });

  it('dumps every table raw, damaged records included', async () => {
    const db = database();
    const good = await createProject(db, fields);
    await putDamaged(db);
    const dump = await dumpDatabase(db);
    expect(dump).toMatchObject({ format: 'reengineering-workbench-dump', version: 1, schemaVersion: currentSchemaVersion });
    expect(Date.parse(dump.exportedAt)).not.toBeNaN();
    expect(Object.keys(dump.tables).sort()).toEqual([...tableNames, 'variantContents'].sort());
    expect(dump.tables.projects).toEqual(expect.arrayContaining([good, damaged.projects]));
    expect(dump.tables.assessments).toEqual([damaged.assessments]);
    // A diagram is stored under its variant's id, outside the value: the dump keeps the two together.
    const process = await createProcess(db, good.id, 'Процесс');
    const [asIs] = await listVariants(db, process.id);
    expect((await dumpDatabase(db)).tables.variantContents).toEqual([{ key: asIs!.id, value: asIs!.xml }]);
  });
});
