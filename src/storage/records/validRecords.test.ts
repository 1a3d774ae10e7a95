import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../test/testDb';
import { patchRow } from '../../domain/compare/questionnaire';
import { dictionaryKinds } from '../../domain/dictionary/dictionary';
import { getAssessment, updateAssessment } from '../assessmentRepository';
import type { WorkbenchDb } from '../db';
import { addEntry, listDictionary, mergeDictionary, putEntry } from '../dictionaryRepository';
import { createProject, duplicateProject, getProject, listProjects, listTrash, moveToTrash } from '../projectRepository';
import { createProcess, listProcesses } from '../processRepository';
import { deriveVariant, getVariant, listVariants, replaceVariantXml, RevisionConflictError, saveVariantXml } from '../variantRepository';
import { findDamagedRecords } from './damagedRecords';
import { DamagedRecordError, recordProblems, validRecord } from './validRecords';

const database = databasePerTest();

const fields = { name: 'Регистрация рождения', owner: 'МЮ РК', serviceName: 'Регистрация рождения', serviceCode: '703001', serviceConsumers: '', status: 'inProgress' as const };

/** A project with a process, two variants, snapshots, every kind of dictionary entry and a filled-in assessment, all written by the repositories. */
async function workspaceAsTheAppWritesIt(db: WorkbenchDb) {
  const project = await createProject(db, fields);
  const process = await createProcess(db, project.id, 'Процесс');
  const toBe = await deriveVariant(db, process.id, 'toBe', 'asIs');
  await replaceVariantXml(db, toBe.id, toBe.xml, 1);
  await expect(saveVariantXml(db, toBe.id, toBe.xml, 1)).rejects.toBeInstanceOf(RevisionConflictError);
  for (const kind of dictionaryKinds) await addEntry(db, project.id, kind, `Запись ${kind}`);
  const [document] = (await listDictionary(db, project.id)).filter((e) => e.kind === 'document');
  await putEntry(db, { ...document!, fieldIds: ['field-1'], description: 'Описание' });
  await mergeDictionary(db, project.id, [{ id: 'sys-1', projectId: '', kind: 'system', name: 'ГБД ФЛ', description: '', ownerBody: 'МЦРИАП', developer: '', createdAt: 0, updatedAt: 0 }]);
  await updateAssessment(db, project.id, process.id, (a) => ({
    ...a,
    target: 'optimal',
    proposals: { ...a.proposals, proactive: true, paperFormat: 'remove', oneApplicationService: 'Услуга' },
    questionnaire: patchRow(a.questionnaire, 3, { value: 'да', touched: true }),
    matchOverrides: { 'asIs>toBe': [{ oldId: 'Task_A', newId: null }], 'toBe>optimal': [{ oldId: 'Task_B', newId: 'Task_C' }] },
  }));
  await db.settings.put({ key: 'language', value: 'kk' });
  const trashed = await duplicateProject(db, project.id, 'Копия');
  await moveToTrash(db, trashed.id);
  return { project, process, toBe };
}

describe('record checks', () => {
  it('accept every record the repositories write, in every table', async () => {
    const db = database();
    await workspaceAsTheAppWritesIt(db);
    expect(await db.snapshots.count()).toBe(2);
    expect(await findDamagedRecords(db)).toEqual([]);
  });

  it('say what is wrong: a wrong type, a missing field, a value out of its list, not an object', () => {
    const project = { id: 'p', name: 123, owner: '', serviceName: '', serviceCode: '', status: 'done', createdAt: 1, updatedAt: 1 };
    expect(recordProblems('projects', project)).toEqual([
      { field: 'name', kind: 'wrongType' },
      { field: 'status', kind: 'badValue' },
      { field: 'deletedAt', kind: 'missing' },
    ]);
    expect(recordProblems('settings', 'ru')).toEqual([{ field: '', kind: 'notAnObject' }]);
    expect(recordProblems('dictionary', { id: 'e', projectId: 'p', kind: 'place', name: 'x', description: '', createdAt: 1, updatedAt: 1 })).toEqual([{ field: 'kind', kind: 'badValue' }]);
    expect(recordProblems('assessments', { processId: 'x', projectId: 'p', target: 'toBe', proposals: {}, questionnaire: [{ number: '1' }], matchOverrides: { 'asIs>nowhere': [] }, updatedAt: 0 })).toEqual(
      expect.arrayContaining([
        { field: 'proposals.electronicOnly', kind: 'missing' },
        { field: 'questionnaire.0.number', kind: 'wrongType' },
        { field: 'matchOverrides.asIs>nowhere', kind: 'badValue' },
      ]),
    );
  });
});

describe('records written before a field existed', () => {
  it('read with the field’s default: no consumers, no developer, no side, no term bounds, and a dropped full-automation choice', () => {
    const times = { createdAt: 1, updatedAt: 1 };
    expect(validRecord('projects', { id: 'p', name: 'P', owner: '', serviceName: '', serviceCode: '', status: 'planned', deletedAt: null, ...times })?.serviceConsumers).toBe('');
    const entry = { id: 'e', projectId: 'p', name: 'ГБД ФЛ', description: '', ...times };
    expect(validRecord('dictionary', { ...entry, kind: 'system', ownerBody: 'МЦРИАП' })).toMatchObject({ ownerBody: 'МЦРИАП', developer: '' });
    expect(validRecord('dictionary', { ...entry, kind: 'role', unit: 'ЦОН' })).toMatchObject({ unit: 'ЦОН', side: '' });
    const proposals = { electronicOnly: true, paperFormat: null, oneTimePassword: null, oneApplication: null, oneApplicationService: '', proactive: null, fullAutomation: true, alternativeThroughProvider: null };
    const assessment = validRecord('assessments', { processId: 'x', projectId: 'p', target: 'toBe', proposals, questionnaire: [], matchOverrides: {}, updatedAt: 0 });
    expect(assessment?.termBounds).toEqual({});
    expect(assessment?.proposals).not.toHaveProperty('fullAutomation');
    expect(recordProblems('dictionary', { ...entry, kind: 'role', unit: '', side: 'neighbour' })).toEqual([{ field: 'side', kind: 'badValue' }]);
  });
});

describe('reads with a damaged record', () => {
  it('lists the good records and treats a damaged one as absent, in each table the app reads', async () => {
    const db = database();
    const { project, process, toBe } = await workspaceAsTheAppWritesIt(db);
    await db.projects.bulkPut([
      { ...project, id: 'bad-project', name: 123 as unknown as string },
      { ...project, id: 'bad-trashed', name: 123 as unknown as string, deletedAt: 5 },
    ]);
    await db.processes.put({ ...process, id: 'bad-process', position: 'first' as unknown as number });
    await db.variants.put({ ...toBe, id: 'bad-variant', kind: 'future' as 'toBe' });
    await db.dictionary.put({ id: 'bad-entry', projectId: project.id, kind: 'role', name: null as unknown as string, description: '', unit: '', side: '', createdAt: 0, updatedAt: 0 });
    await db.settings.put({ key: 'broken', value: 5 as unknown as string });

    expect((await listProjects(db)).map((p) => p.id)).toEqual([project.id]);
    expect((await listTrash(db)).map((p) => p.name)).toEqual(['Копия']);
    expect(await getProject(db, 'bad-project')).toBeUndefined();
    expect((await listProcesses(db, project.id)).map((p) => p.id)).toEqual([process.id]);
    expect((await listVariants(db, process.id)).map((v) => v.kind).sort()).toEqual(['asIs', 'toBe']);
    expect(await getVariant(db, 'bad-variant')).toBeUndefined();
    expect((await listDictionary(db, project.id)).map((e) => e.id)).not.toContain('bad-entry');
    expect(await listDictionary(db, project.id)).toHaveLength(5);
  });

  it('shows a damaged assessment as empty and refuses to write over it', async () => {
    const db = database();
    const { project, process } = await workspaceAsTheAppWritesIt(db);
    await db.assessments.update(process.id, { questionnaire: 'lost' as unknown as [] });
    expect((await getAssessment(db, project.id, process.id)).updatedAt).toBe(0);
    await expect(updateAssessment(db, project.id, process.id, (a) => ({ ...a, target: 'toBe' }))).rejects.toBeInstanceOf(DamagedRecordError);
    expect(((await db.assessments.get(process.id)) as unknown as { questionnaire: unknown }).questionnaire).toBe('lost');
  });
});
