import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFixture } from '../../test/corpus';
import { getAssessment, updateAssessment } from './assessmentRepository';
import { WorkbenchDb } from './db';
import { addEntry, deleteUnusedEntry, EntryInUseError, mergeDictionary, mergeEntries, usagesOf } from './dictionaryRepository';
import { createProcess, deleteProcessForever, listProcesses, listProcessTrash, moveProcessToTrash, restoreProcess } from './processRepository';
import { createProject, duplicateProject, getProject } from './projectRepository';
import { emptyPassport } from '../domain/passport/passport';
import { getPassport, savePassport } from './passportRepository';
import { listStatusChanges, setVariantStatus } from './statusRepository';
import { deriveVariant, listVariants, replaceVariantXml } from './variantRepository';

let db: WorkbenchDb;
beforeEach(() => {
  db = new WorkbenchDb(`test-${crypto.randomUUID()}`);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-03-01T09:00:00Z'));
});
afterEach(async () => {
  vi.useRealTimers();
  db.close();
  await Dexie.delete(db.name);
});

const fields = { name: 'Справка о судимости', owner: 'ГП РК', serviceName: 'Выдача справки', serviceCode: '', serviceConsumers: '', status: 'inProgress' as const };

async function projectWith(...names: string[]) {
  const project = await createProject(db, fields);
  const processes = [];
  for (const name of names) processes.push(await createProcess(db, project.id, name));
  return { project, processes };
}

const namesOf = (processes: { name: string }[]) => processes.map((p) => p.name);

describe('the process trash', () => {
  it('takes a process out of the list into the trash, keeping its variants, and restores it at its place', async () => {
    const { project, processes } = await projectWith('Приём', 'Проверка', 'Выдача');
    const middle = processes[1]!;
    await deriveVariant(db, middle.id, 'toBe', 'asIs');

    vi.setSystemTime(new Date('2025-03-02T10:00:00Z'));
    await moveProcessToTrash(db, middle.id);
    expect(namesOf(await listProcesses(db, project.id))).toEqual(['Приём', 'Выдача']);
    expect(await listProcessTrash(db, project.id)).toEqual([{ ...middle, deletedAt: Date.parse('2025-03-02T10:00:00Z') }]);
    expect((await listVariants(db, middle.id)).map((v) => v.kind).sort()).toEqual(['asIs', 'toBe']);
    expect((await getProject(db, project.id))?.updatedAt).toBe(Date.parse('2025-03-02T10:00:00Z'));

    // A process added while another is in the trash goes after it, so the restored one is back in between.
    await createProcess(db, project.id, 'Архив');
    await restoreProcess(db, middle.id);
    expect(namesOf(await listProcesses(db, project.id))).toEqual(['Приём', 'Проверка', 'Выдача', 'Архив']);
    expect(await listProcessTrash(db, project.id)).toEqual([]);
  });

  it('lists the last deleted first, and only the project\'s own', async () => {
    const { project, processes } = await projectWith('Приём', 'Проверка', 'Выдача');
    const other = await projectWith('Чужой');
    await moveProcessToTrash(db, other.processes[0]!.id);
    await moveProcessToTrash(db, processes[0]!.id);
    vi.setSystemTime(new Date('2025-03-01T09:05:00Z'));
    await moveProcessToTrash(db, processes[2]!.id);
    expect(namesOf(await listProcessTrash(db, project.id))).toEqual(['Выдача', 'Приём']);
    expect(namesOf(await listProcesses(db, project.id))).toEqual(['Проверка']);
  });

  it('deletes forever the process with its variants, their snapshots and its assessment, and nothing of the others', async () => {
    const { project, processes } = await projectWith('Приём', 'Проверка');
    const [gone, kept] = processes as [typeof processes[0], typeof processes[0]];
    for (const process of processes) {
      const [asIs] = await listVariants(db, process.id);
      await replaceVariantXml(db, asIs!.id, readFixture('step-data.bpmn'), 1);
      await updateAssessment(db, project.id, process.id, (a) => ({ ...a, target: 'optimal' }));
      await savePassport(db, { ...emptyPassport(project.id, process.id), justification: process.name });
      await setVariantStatus(db, asIs!.id, { to: 'agreed', by: '', reason: '' });
    }
    const goneVariantIds = (await listVariants(db, gone.id)).map((v) => v.id);
    await moveProcessToTrash(db, gone.id);
    await deleteProcessForever(db, gone.id);

    expect(await db.processes.get(gone.id)).toBeUndefined();
    expect(await listProcessTrash(db, project.id)).toEqual([]);
    expect(await db.variants.where('processId').equals(gone.id).count()).toBe(0);
    expect(await db.variantContents.bulkGet(goneVariantIds)).toEqual(goneVariantIds.map(() => undefined));
    expect(await db.snapshots.where('variantId').anyOf(goneVariantIds).count()).toBe(0);
    expect(await db.assessments.get(gone.id)).toBeUndefined();
    expect(await db.passports.get(gone.id)).toBeUndefined();
    expect(await db.statusChanges.where('processId').equals(gone.id).count()).toBe(0);

    expect(namesOf(await listProcesses(db, project.id))).toEqual(['Проверка']);
    expect(await listVariants(db, kept.id)).toHaveLength(1);
    expect(await db.snapshots.where('projectId').equals(project.id).count()).toBe(1);
    expect(await db.snapshotContents.count()).toBe(1);
    expect((await getAssessment(db, project.id, kept.id)).target).toBe('optimal');
    expect((await getPassport(db, project.id, kept.id)).justification).toBe('Проверка');
    expect(await listStatusChanges(db, kept.id)).toHaveLength(1);
  });

  it('a duplicated project leaves the processes in the trash behind', async () => {
    const { project, processes } = await projectWith('Приём', 'Проверка');
    await moveProcessToTrash(db, processes[0]!.id);
    const copy = await duplicateProject(db, project.id, 'Копия');
    expect(namesOf(await listProcesses(db, copy.id))).toEqual(['Проверка']);
    expect(await listProcessTrash(db, copy.id)).toEqual([]);
    const [copied] = await listVariants(db, (await listProcesses(db, copy.id))[0]!.id);
    expect(copied?.xml).toBe((await listVariants(db, processes[1]!.id))[0]!.xml);
    expect(namesOf(await listProcessTrash(db, project.id))).toEqual(['Приём']);
  });
});

describe('dictionary entries used by a process in the trash', () => {
  async function trashedProcessUsingIisCon() {
    const project = await createProject(db, fields);
    const process = await createProcess(db, project.id, 'Справка', { asIs: readFixture('step-data.bpmn') });
    await mergeDictionary(db, project.id, [{ ...(await addEntry(db, project.id, 'system', 'ИС ЦОН')), id: 'sys-iis-con' }]);
    await moveProcessToTrash(db, process.id);
    return { project, process };
  }

  it('are still in use, marked as in the trash, and cannot be deleted', async () => {
    const { project } = await trashedProcessUsingIisCon();
    const usages = (await usagesOf(db, project.id)).get('sys-iis-con') ?? [];
    expect(usages.map((u) => u.in === 'step' && [u.processName, u.processInTrash])).toEqual([['Справка', true]]);
    await expect(deleteUnusedEntry(db, project.id, 'sys-iis-con')).rejects.toBeInstanceOf(EntryInUseError);
  });

  it('follow a merge of duplicates, so the process still refers to existing entries when restored', async () => {
    const { project, process } = await trashedProcessUsingIisCon();
    const keep = await addEntry(db, project.id, 'system', 'ИИС ЦОН');
    await mergeEntries(db, project.id, 'sys-iis-con', keep.id);
    await restoreProcess(db, process.id);
    const [asIs] = await listVariants(db, process.id);
    expect(asIs!.xml).toContain(`<rw:system ref="${keep.id}"`);
    expect(asIs!.xml).not.toContain('sys-iis-con');
  });
});
