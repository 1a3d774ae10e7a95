import Dexie, { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyAssessment, type ProcessAssessment } from '../domain/compare/assessment';
import { getAssessment, updateAssessment } from './assessmentRepository';
import { WorkbenchDb } from './db';
import { addEntry, ApprovedVariantsError, deleteUnusedEntry, EntryInUseError, listDictionary, mergeDictionary, mergeEntries, putEntry, renameRole } from './dictionaryRepository';
import { readFixture } from '../../test/corpus';
import { createProject, deleteForever, duplicateProject, getProject, listProjects, listTrash, moveToTrash, restoreFromTrash, setRuleMuted, updateProject, InvalidProjectError } from './projectRepository';
import { createProcess, deleteProcessForever, listProcesses } from './processRepository';
import { emptyPassport } from '../domain/passport/passport';
import { savePassport } from './passportRepository';
import { setPlanStatus, setVariantStatus } from './statusRepository';
import { deriveVariant, getVariant, listVariantRefs, listVariants, projectTouchEveryMs, replaceVariantXml, RevisionConflictError, saveVariantXml, StaleRevisionError, type SaverMemory } from './variantRepository';
import { recordOf, withContents } from './variantContents';
import { listVersions, versionXml } from './versionRepository';

let db: WorkbenchDb;
beforeEach(() => {
  db = new WorkbenchDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const fields = { name: '  Регистрация рождения ', owner: 'МЮ РК', serviceName: 'Регистрация рождения', serviceCode: '703001', serviceConsumers: 'Физические лица', status: 'inProgress' as const };

describe('projects', () => {
  it('creates with trimmed fields and refuses an empty name', async () => {
    const project = await createProject(db, fields);
    expect(project.name).toBe('Регистрация рождения');
    await expect(createProject(db, { ...fields, name: '   ' })).rejects.toBeInstanceOf(InvalidProjectError);
    expect(await listProjects(db)).toHaveLength(1);
  });

  it('renames, and lists the most recently changed first', async () => {
    const a = await createProject(db, { ...fields, name: 'A' });
    await new Promise((r) => setTimeout(r, 5));
    await createProject(db, { ...fields, name: 'B' });
    await new Promise((r) => setTimeout(r, 5));
    await updateProject(db, a.id, { ...fields, name: 'A2' });
    expect((await listProjects(db)).map((p) => p.name)).toEqual(['A2', 'B']);
  });

  it('keeps the checks switched off for a project, which editing its fields leaves alone', async () => {
    const project = await createProject(db, fields);
    expect((await getProject(db, project.id))?.mutedRules).toBeUndefined();
    await setRuleMuted(db, project.id, 'label-required', true);
    await setRuleMuted(db, project.id, 'rw/executor-required', true);
    await setRuleMuted(db, project.id, 'label-required', false);
    await updateProject(db, project.id, { ...fields, name: 'Другое название' });
    expect((await getProject(db, project.id))?.mutedRules).toEqual(['rw/executor-required']);
  });

  it('moves to the trash, restores, and deletes forever with everything inside', async () => {
    const project = await createProject(db, fields);
    const process = await createProcess(db, project.id, 'Процесс');
    await savePassport(db, emptyPassport(project.id, process.id));
    await setPlanStatus(db, { projectId: project.id, processId: process.id }, { to: 'agreed', by: '', reason: '', date: '2026-01-05' });
    await moveToTrash(db, project.id);
    expect(await listProjects(db)).toEqual([]);
    expect((await listTrash(db)).map((p) => p.id)).toEqual([project.id]);
    await restoreFromTrash(db, project.id);
    expect((await listProjects(db)).map((p) => p.id)).toEqual([project.id]);
    await deleteForever(db, project.id);
    expect(await db.processes.count()).toBe(0);
    expect(await db.variants.count()).toBe(0);
    expect(await db.variantContents.count()).toBe(0);
    expect(await db.passports.count()).toBe(0);
    expect(await db.statusChanges.count()).toBe(0);
  });

  it('duplicates processes and variants with new record ids but the same diagrams', async () => {
    const project = await createProject(db, fields);
    const process = await createProcess(db, project.id, 'Процесс');
    await deriveVariant(db, process.id, 'toBe', 'asIs');
    const copy = await duplicateProject(db, project.id, 'Копия');
    const [copiedProcess] = await listProcesses(db, copy.id);
    expect(copiedProcess?.id).not.toBe(process.id);
    const original = await listVariants(db, process.id);
    const copied = await listVariants(db, copiedProcess!.id);
    expect(copied.map((v) => v.kind).sort()).toEqual(['asIs', 'toBe']);
    expect(copied.map((v) => v.xml).sort()).toEqual(original.map((v) => v.xml).sort());
    expect(copied.every((v) => v.projectId === copy.id)).toBe(true);
  });
});

describe('variants', () => {
  it('a new process has an as-is diagram; a derived to-be keeps its element ids', async () => {
    const project = await createProject(db, fields);
    const process = await createProcess(db, project.id, 'Процесс');
    const toBe = await deriveVariant(db, process.id, 'toBe', 'asIs');
    const [asIs] = (await listVariants(db, process.id)).filter((v) => v.kind === 'asIs');
    expect(asIs?.xml).toContain('StartEvent_1');
    expect(toBe.xml).toBe(asIs?.xml);
  });

  it('lists a process’s variants from the index alone, without their diagrams', async () => {
    const project = await createProject(db, fields);
    const process = await createProcess(db, project.id, 'Процесс');
    const other = await createProcess(db, project.id, 'Другой');
    const toBe = await deriveVariant(db, process.id, 'toBe', 'asIs');
    const asIs = (await listVariants(db, process.id)).find((v) => v.kind === 'asIs');
    const refs = await listVariantRefs(db, process);
    expect(refs).toEqual([
      { id: asIs!.id, projectId: project.id, processId: process.id, kind: 'asIs' },
      { id: toBe.id, projectId: project.id, processId: process.id, kind: 'toBe' },
    ]);
    expect((await listVariantRefs(db, other)).map((r) => r.kind)).toEqual(['asIs']);
  });

  it('a save reads only the small record, updates it and puts the diagram once each, and keeps what it does not change', async () => {
    const calls: string[] = [];
    db.use({
      stack: 'dbcore',
      name: 'count-variant-calls',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'variants' && name !== 'variantContents') return table;
          return {
            ...table,
            get: (req) => (calls.push(`${name}.get`), table.get(req)),
            getMany: (req) => (calls.push(`${name}.getMany`), table.getMany(req)),
            query: (req) => (calls.push(`${name}.query`), table.query(req)),
            mutate: (req) => (calls.push(`${name}.${req.type}`), table.mutate(req)),
          };
        },
      }),
    });
    const project = await createProject(db, fields);
    const process = await createProcess(db, project.id, 'Процесс');
    const [asIs] = await listVariants(db, process.id);
    await db.variants.put({ ...recordOf(asIs!), note: 'written by a newer build' } as never);
    calls.length = 0;
    await saveVariantXml(db, asIs!.id, '<saved/>', 1);
    // The range delete clears the parts a longer diagram was stored in (variantContents.test.ts).
    expect(calls).toEqual(['variants.get', 'variants.getMany', 'variants.put', 'variantContents.put', 'variantContents.deleteRange']);
    expect(await db.variants.get(asIs!.id)).not.toHaveProperty('xml');
    expect(await db.variantContents.get(asIs!.id)).toBe('<saved/>');
    expect(await getVariant(db, asIs!.id)).toMatchObject({ xml: '<saved/>', revision: 2, note: 'written by a newer build', kind: 'asIs', processId: process.id });
  });

  it("a save runs again the queries that read the variant's record, not those that list the process's variants", async () => {
    const project = await createProject(db, fields);
    const process = await createProcess(db, project.id, 'Процесс');
    const [asIs] = await listVariants(db, process.id);
    const runs = { refs: 0, records: 0 };
    const refs = liveQuery(() => (runs.refs++, listVariantRefs(db, process))).subscribe(() => undefined);
    const records = liveQuery(() => (runs.records++, db.variants.get(asIs!.id))).subscribe(() => undefined);
    const settled = () => new Promise((resolve) => setTimeout(resolve, 100));
    await settled();
    const before = { ...runs };
    await saveVariantXml(db, asIs!.id, '<saved/>', 1);
    await settled();
    expect(runs.records).toBeGreaterThan(before.records);
    expect(runs.refs).toBe(before.refs);
    // A new variant is listed.
    await deriveVariant(db, process.id, 'toBe', 'asIs');
    await settled();
    expect(runs.refs).toBeGreaterThan(before.refs);
    refs.unsubscribe();
    records.unsubscribe();
  });

  it('a second to-be for the same process is refused', async () => {
    const project = await createProject(db, fields);
    const process = await createProcess(db, project.id, 'Процесс');
    await deriveVariant(db, process.id, 'toBe', 'asIs');
    await expect(deriveVariant(db, process.id, 'toBe', 'asIs')).rejects.toThrow();
  });

  it('a save from a stale revision is refused and kept as a conflict snapshot', async () => {
    const project = await createProject(db, fields);
    const process = await createProcess(db, project.id, 'Процесс');
    const [asIs] = await listVariants(db, process.id);
    const revision = await saveVariantXml(db, asIs!.id, '<first/>', 1);
    expect(revision).toBe(2);
    await expect(saveVariantXml(db, asIs!.id, '<stale/>', 1)).rejects.toBeInstanceOf(RevisionConflictError);
    expect((await getVariant(db, asIs!.id))?.xml).toBe('<first/>');
    const [kept] = await db.snapshots.toArray();
    expect(kept).toMatchObject({ reason: 'conflict', size: '<stale/>'.length });
    expect(await versionXml(db, kept!.id)).toBe('<stale/>');
  });

  it('an aborted save leaves the variant and its project as they were, whether aborted before or during it', async () => {
    const project = await createProject(db, fields);
    const process = await createProcess(db, project.id, 'Процесс');
    const [asIs] = await listVariants(db, process.id);
    const before = { variant: await getVariant(db, asIs!.id), project: await db.projects.get(project.id) };
    const during = new AbortController();
    const saving = saveVariantXml(db, asIs!.id, '<aborted/>', 1, during.signal);
    for (let i = 0; i < 3; i++) await Promise.resolve();
    during.abort();
    await expect(saving).rejects.toThrow();
    const already = new AbortController();
    already.abort();
    await expect(saveVariantXml(db, asIs!.id, '<aborted/>', 1, already.signal)).rejects.toThrow();
    expect(await getVariant(db, asIs!.id)).toEqual(before.variant);
    expect(await db.projects.get(project.id)).toEqual(before.project);
  });

  it("a saver moves its project's time at its first write, then at most once a minute", async () => {
    const project = await createProject(db, fields);
    const process = await createProcess(db, project.id, 'Процесс');
    const [asIs] = await listVariants(db, process.id);
    const projectTime = async () => (await db.projects.get(project.id))!.updatedAt;
    const memory: SaverMemory = {};
    const clock = vi.spyOn(Date, 'now');
    try {
      clock.mockReturnValue(project.updatedAt + 1_000);
      await saveVariantXml(db, asIs!.id, '<first/>', 1, undefined, memory);
      expect(await projectTime()).toBe(project.updatedAt + 1_000);
      clock.mockReturnValue(project.updatedAt + 1_000 + projectTouchEveryMs - 1);
      await saveVariantXml(db, asIs!.id, '<second/>', 2, undefined, memory);
      expect(await projectTime()).toBe(project.updatedAt + 1_000);
      expect(await db.variants.get(asIs!.id)).toMatchObject({ revision: 3, updatedAt: project.updatedAt + 1_000 + projectTouchEveryMs - 1 });
      clock.mockReturnValue(project.updatedAt + 1_000 + projectTouchEveryMs);
      await saveVariantXml(db, asIs!.id, '<third/>', 3, undefined, memory);
      expect(await projectTime()).toBe(project.updatedAt + 1_000 + projectTouchEveryMs);
      // A write without a saver's memory (another tab's sync, say) always moves it.
      clock.mockReturnValue(project.updatedAt + 1_000 + projectTouchEveryMs + 5);
      await saveVariantXml(db, asIs!.id, '<fourth/>', 4);
      expect(await projectTime()).toBe(project.updatedAt + 1_000 + projectTouchEveryMs + 5);
    } finally {
      clock.mockRestore();
    }
  });

  it('replacing by import keeps the previous diagram as a version; deleting the process removes it', async () => {
    const project = await createProject(db, fields);
    const process = await createProcess(db, project.id, 'Процесс');
    const [asIs] = await listVariants(db, process.id);
    await replaceVariantXml(db, asIs!.id, '<imported/>', 1);
    const [kept] = await listVersions(db, asIs!.id);
    expect(kept?.reason).toBe('replacedByImport');
    expect(await versionXml(db, kept!.id)).toBe(asIs!.xml);
    await deleteProcessForever(db, process.id);
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.snapshotContents.count()).toBe(0);
    expect(await db.variants.count()).toBe(0);
    expect(await db.variantContents.count()).toBe(0);
  });

  it('replacing from a stale revision writes nothing', async () => {
    const project = await createProject(db, fields);
    const process = await createProcess(db, project.id, 'Процесс');
    const [asIs] = await listVariants(db, process.id);
    await saveVariantXml(db, asIs!.id, '<other-tab/>', 1);
    await expect(replaceVariantXml(db, asIs!.id, '<imported/>', 1)).rejects.toBeInstanceOf(StaleRevisionError);
    expect((await getVariant(db, asIs!.id))?.xml).toBe('<other-tab/>');
    expect(await db.snapshots.count()).toBe(0);
  });
});

describe('dictionary', () => {
  it('merging a file\'s entries adds the missing ones and keeps the project\'s own version', async () => {
    const project = await createProject(db, fields);
    const own = await addEntry(db, project.id, 'document', 'Справка');
    await putEntry(db, { ...own, name: 'Справка (наша)' });
    const added = await mergeDictionary(db, project.id, [
      { ...own, projectId: 'other', name: 'Справка (из файла)' },
      { ...own, id: 'new-id', projectId: 'other', name: 'Новый документ' },
    ]);
    expect(added).toBe(1);
    expect(await mergeDictionary(db, project.id, [])).toBe(0);
    expect((await listDictionary(db, project.id)).map((e) => [e.name, e.projectId])).toEqual([
      ['Новый документ', project.id],
      ['Справка (наша)', project.id],
    ]);
  });

  it('a duplicated project keeps the entry ids its diagrams refer to', async () => {
    const project = await createProject(db, fields);
    const entry = await addEntry(db, project.id, 'field', 'ИИН');
    const copy = await duplicateProject(db, project.id, 'Копия');
    expect((await listDictionary(db, copy.id)).map((e) => e.id)).toEqual([entry.id]);
    await deleteForever(db, project.id);
    expect((await listDictionary(db, copy.id)).map((e) => e.id)).toEqual([entry.id]);
  });
});

describe('dictionary usages, delete and merge', () => {
  async function projectUsing(xml: string) {
    const project = await createProject(db, fields);
    await createProcess(db, project.id, 'Справка', { asIs: xml });
    const process = (await listProcesses(db, project.id))[0]!;
    await deriveVariant(db, process.id, 'toBe', 'asIs');
    return project;
  }

  it('refuses to delete an entry in use, listing its uses; deletes an unused one', async () => {
    const project = await projectUsing(readFixture('step-data.bpmn'));
    await mergeDictionary(db, project.id, [{ ...(await addEntry(db, project.id, 'system', 'ИС ЦОН')), id: 'sys-iis-con' }]);
    const spare = await addEntry(db, project.id, 'role', 'Никто');
    const refused = await deleteUnusedEntry(db, project.id, 'sys-iis-con').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(EntryInUseError);
    expect((refused as EntryInUseError).usages.map((u) => (u.in === 'step' ? u.kind : u.in))).toEqual(['asIs', 'toBe']);
    await deleteUnusedEntry(db, project.id, spare.id);
    expect((await listDictionary(db, project.id)).map((e) => e.id)).not.toContain(spare.id);
  });

  it('merging a duplicate rewrites both variants and the entries that referred to it', async () => {
    const project = await projectUsing(readFixture('step-data.bpmn'));
    const keep = await addEntry(db, project.id, 'system', 'ИИС ЦОН');
    const field = await addEntry(db, project.id, 'field', 'Адрес');
    if (field.kind !== 'field') throw new Error('expected a field');
    await putEntry(db, { ...field, dataType: 'address', holderSystemId: 'sys-iis-con' });
    await mergeDictionary(db, project.id, [{ ...keep, id: 'sys-iis-con', name: 'ИС ЦОН (дубль)' }]);
    const written = await mergeEntries(db, project.id, 'sys-iis-con', keep.id);
    expect(written).toHaveLength(2);
    const variants = await withContents(db, await db.variants.where('projectId').equals(project.id).toArray());
    expect(variants.every((v) => v.xml.includes(`<rw:system ref="${keep.id}"`) && !v.xml.includes('sys-iis-con'))).toBe(true);
    expect(variants.every((v) => v.revision === 2)).toBe(true);
    const entries = await listDictionary(db, project.id);
    expect(entries.map((e) => e.id)).not.toContain('sys-iis-con');
    expect(entries.find((e) => e.id === field.id)).toMatchObject({ holderSystemId: keep.id });
  });

  it('renames a role in the steps that name it, in every variant; an approved variant refuses it and nothing changes', async () => {
    const project = await projectUsing(readFixture('step-data.bpmn'));
    const role = await addEntry(db, project.id, 'role', 'оператор  ЦОН');
    if (role.kind !== 'role') throw new Error('expected a role');
    const written = await renameRole(db, role, 'Специалист ЦОН');
    expect(written).toHaveLength(2);
    const variants = await withContents(db, await db.variants.where('projectId').equals(project.id).toArray());
    expect(variants.every((v) => v.xml.includes('executorRole="Специалист ЦОН"') && !v.xml.includes('Оператор ЦОН'))).toBe(true);
    expect((await listDictionary(db, project.id)).find((e) => e.id === role.id)?.name).toBe('Специалист ЦОН');

    await setVariantStatus(db, variants[0]!.id, { to: 'approved', by: 'Руководитель', reason: '' });
    const renamed = { ...role, name: 'Специалист ЦОН' };
    await expect(renameRole(db, renamed, 'Оператор')).rejects.toBeInstanceOf(ApprovedVariantsError);
    expect((await listDictionary(db, project.id)).find((e) => e.id === role.id)?.name).toBe('Специалист ЦОН');
    expect((await getVariant(db, variants[1]!.id))?.xml).toContain('executorRole="Специалист ЦОН"');
  });

  it('refuses a merge that would rewrite an approved variant, and changes nothing', async () => {
    const project = await projectUsing(readFixture('step-data.bpmn'));
    const keep = await addEntry(db, project.id, 'system', 'ИИС ЦОН');
    await mergeDictionary(db, project.id, [{ ...keep, id: 'sys-iis-con', name: 'ИС ЦОН (дубль)' }]);
    const [approved] = await db.variants.where('projectId').equals(project.id).toArray();
    await setVariantStatus(db, approved!.id, { to: 'approved', by: 'Руководитель', reason: '' });
    const before = await db.variants.where('projectId').equals(project.id).toArray();

    const refused = await mergeEntries(db, project.id, 'sys-iis-con', keep.id).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApprovedVariantsError);
    expect((refused as ApprovedVariantsError).variantIds).toEqual([approved!.id]);
    expect(await db.variants.where('projectId').equals(project.id).toArray()).toEqual(before);
    expect((await listDictionary(db, project.id)).map((e) => e.id)).toContain('sys-iis-con');
  });
});

describe('process assessments', () => {
  const answers = (assessment: ProcessAssessment) => ({ target: assessment.target, proposals: assessment.proposals, questionnaire: assessment.questionnaire, matchOverrides: assessment.matchOverrides });

  it('start empty, keep every edit, and travel with a duplicated project; deleting the process or the project removes them', async () => {
    const project = await createProject(db, { name: 'Оценка', owner: '', serviceName: '', serviceCode: '', serviceConsumers: '', status: 'planned' });
    const process = await createProcess(db, project.id, 'Процесс');
    expect(await getAssessment(db, project.id, process.id)).toEqual(emptyAssessment(project.id, process.id));

    await updateAssessment(db, project.id, process.id, (a) => ({ ...a, target: 'optimal', proposals: { ...a.proposals, proactive: true } }));
    await updateAssessment(db, project.id, process.id, (a) => ({ ...a, questionnaire: [{ number: 1, value: '12 000 в год', justification: 'Статистика ЦОН', touched: true }] }));
    await updateAssessment(db, project.id, process.id, (a) => ({ ...a, matchOverrides: { 'asIs>toBe': [{ oldId: 'Task_A', newId: null }] } }));
    const saved = await getAssessment(db, project.id, process.id);
    // Each edit kept the earlier ones.
    expect(saved.target).toBe('optimal');
    expect(saved.proposals.proactive).toBe(true);
    expect(saved.questionnaire).toEqual([{ number: 1, value: '12 000 в год', justification: 'Статистика ЦОН', touched: true }]);
    expect(saved.matchOverrides).toEqual({ 'asIs>toBe': [{ oldId: 'Task_A', newId: null }] });

    const copy = await duplicateProject(db, project.id, 'Копия');
    const [copiedProcess] = await listProcesses(db, copy.id);
    expect(answers(await getAssessment(db, copy.id, copiedProcess!.id))).toEqual(answers(saved));

    await deleteProcessForever(db, process.id);
    expect(await db.assessments.get(process.id)).toBeUndefined();
    await deleteForever(db, copy.id);
    expect(await db.assessments.count()).toBe(0);
  });
});
