import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkbenchDb } from './db';
import { addEntry } from './dictionaryRepository';
import { createPersona } from './journeyRepository';
import { createProject, listProjects, listTrash } from './projectRepository';
import { createProcess } from './processRepository';
import { readProjectRecords, recordCounts } from './projectRecords';
import { parseRecordsFile, ProjectExistsError, recordsFile, restoreProject } from './projectRestore';
import { currentSchemaVersion } from './schema';
import { recordOf } from './variantContents';
import { deriveVariant, saveVariantXml } from './variantRepository';
import { addVersion } from './versionRepository';
import { emptyPassport } from '../domain/passport/passport';
import { savePassport } from './passportRepository';
import { setPlanStatus, setVariantStatus } from './statusRepository';

const databases: WorkbenchDb[] = [];
const database = () => {
  const db = new WorkbenchDb(`restore-${crypto.randomUUID()}`);
  databases.push(db);
  return db;
};
afterEach(async () => {
  for (const db of databases.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function projectWithWork(db: WorkbenchDb) {
  const project = await createProject(db, { name: 'Резервная копия', owner: 'МЮ РК', serviceName: 'Услуга', serviceCode: '700', serviceConsumers: 'Физические лица', status: 'inProgress' });
  const process = await createProcess(db, project.id, 'Регистрация');
  const toBe = await deriveVariant(db, process.id, 'toBe', 'asIs');
  await saveVariantXml(db, toBe.id, toBe.xml.replace('Новый', 'Целевой'), 1);
  await addVersion(db, toBe, 'named', toBe.xml, { name: 'До МВК' });
  await addEntry(db, project.id, 'system', 'ГБД ФЛ');
  await createPersona(db, project.id, 'Родитель');
  await savePassport(db, { ...emptyPassport(project.id, process.id), legalActs: [{ id: 'a1', title: 'Закон «О государственных услугах»', number: '88-V', date: '2013-04-15', article: 'ст. 5' }] });
  await setVariantStatus(db, toBe.id, { to: 'approved', by: 'Айгерим', reason: '' });
  await setPlanStatus(db, { projectId: project.id, processId: process.id }, { to: 'approved', by: 'Айгерим', reason: '', date: '2026-03-20' });
  return project;
}

/** Written as a package carries it: through JSON. */
const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('restoring a project from its records file', () => {
  it('gives back exactly the records that were exported, in an empty browser', async () => {
    const here = database();
    const project = await projectWithWork(here);
    const exported = await readProjectRecords(here, project.id);
    const parsed = parseRecordsFile(throughJson(recordsFile(exported)));
    if (!parsed.ok) throw new Error(parsed.problem.code);

    const laptop = database();
    await restoreProject(laptop, parsed.records, 'asIs');
    expect(await readProjectRecords(laptop, project.id)).toEqual(exported);
  });

  it('opens a file of schema v9, written before approvals named their content, and keeps the hash and the received version of a v10 one', async () => {
    const here = database();
    const project = await projectWithWork(here);
    const exported = await readProjectRecords(here, project.id);
    // A v9 build wrote the same records with neither field (this project was never shared, so it has none)
    expect(exported.statusChanges.some((change) => 'approvedSha256' in change)).toBe(false);
    const v9 = parseRecordsFile(throughJson({ ...recordsFile(exported), schemaVersion: 9 }));
    if (!v9.ok) throw new Error(v9.problem.code);
    const older = database();
    await restoreProject(older, v9.records, 'asIs');
    expect(await readProjectRecords(older, project.id)).toEqual(exported);

    // A shared project's records: the approval names its content, its version came from the team
    const approval = exported.statusChanges.find((change) => change.status === 'approved' && change.versionId)!;
    const shared = {
      ...exported,
      statusChanges: exported.statusChanges.map((change) => (change === approval ? { ...change, approvedSha256: 'c'.repeat(64) } : change)),
      snapshots: exported.snapshots.map((version) => (version.id === approval.versionId ? { ...version, fromTeam: true } : version)),
    };
    const v10 = parseRecordsFile(throughJson(recordsFile(shared)));
    if (!v10.ok) throw new Error(v10.problem.code);
    const laptop = database();
    await restoreProject(laptop, v10.records, 'asIs');
    expect(await readProjectRecords(laptop, project.id)).toEqual(shared);
  });

  it('next to the same project: refuses to overwrite unasked, keeps both on request, or replaces it with the old one in the trash', async () => {
    const db = database();
    const project = await projectWithWork(db);
    const exported = await readProjectRecords(db, project.id);
    await expect(restoreProject(db, exported, 'asIs')).rejects.toBeInstanceOf(ProjectExistsError);

    const copy = await restoreProject(db, exported, 'keepBoth');
    expect(copy.id).not.toBe(project.id);
    expect(recordCounts(await readProjectRecords(db, copy.id))).toEqual(recordCounts(exported));

    await saveVariantXml(db, exported.variants[0]!.id, '<changed-here/>', exported.variants[0]!.revision);
    await restoreProject(db, exported, 'replace');
    expect(await readProjectRecords(db, project.id)).toEqual(exported);
    const [trashed] = await listTrash(db);
    expect(trashed?.name).toBe(project.name);
    const keptHere = await readProjectRecords(db, trashed!.id);
    expect(keptHere.variants.map((v) => v.xml)).toContain('<changed-here/>');
    // Every diagram belongs to a variant: the one replaced left none behind.
    expect(await db.variantContents.count()).toBe(await db.variants.count());
    expect((await listProjects(db)).map((p) => p.id).sort()).toEqual([project.id, copy.id].sort());
  });

  it('refuses a file that is not records, of a newer schema, with a bad record, or with a record of another project', async () => {
    const db = database();
    const project = await projectWithWork(db);
    const file = recordsFile(await readProjectRecords(db, project.id));
    const code = (raw: unknown) => {
      const result = parseRecordsFile(throughJson(raw));
      return result.ok ? 'ok' : result.problem;
    };
    expect(code({ format: 'other' })).toEqual({ code: 'notRecords' });
    expect(code({ ...file, schemaVersion: currentSchemaVersion + 1 })).toEqual({ code: 'newerRecords', schemaVersion: currentSchemaVersion + 1, supported: currentSchemaVersion });
    expect(code({ ...file, tables: { ...file.tables, processes: [{ ...file.tables.processes[0]!, name: 42 }] } })).toEqual({ code: 'badRecord', table: 'processes', index: 0, fields: ['name'] });
    expect(code({ ...file, tables: { ...file.tables, dictionary: [{ ...file.tables.dictionary[0]!, projectId: 'someone-else' }] } })).toEqual({ code: 'foreignRecord', table: 'dictionary', index: 0 });
    expect(code({ ...file, tables: { ...file.tables, variants: [{ ...file.tables.variants[0]!, processId: 'missing' }] } })).toMatchObject({ code: 'foreignRecord', table: 'variants' });
    // A file's variant carries its diagram, though the database keeps it apart.
    expect(code({ ...file, tables: { ...file.tables, variants: [recordOf(file.tables.variants[0]!)] } })).toEqual({ code: 'badRecord', table: 'variants', index: 0, fields: ['xml'] });
    expect(code({ ...file, tables: { ...file.tables, passports: [{ ...file.tables.passports[0]!, processId: 'missing' }] } })).toMatchObject({ code: 'foreignRecord', table: 'passports' });
    const approval = file.tables.statusChanges.find((change) => change.versionId !== null)!;
    expect(code({ ...file, tables: { ...file.tables, statusChanges: [{ ...approval, versionId: 'not-in-the-file' }] } })).toMatchObject({ code: 'foreignRecord', table: 'statusChanges' });
    expect(code({ ...file, tables: { ...file.tables, statusChanges: [{ ...approval, status: 'signed' }] } })).toMatchObject({ code: 'badRecord', table: 'statusChanges', fields: ['status'] });
    expect(code(file)).toBe('ok');
  });
});
