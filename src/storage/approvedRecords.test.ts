import { describe, expect, it } from 'vitest';
import { generatedSampleMap } from '../../test/journeySamples';
import { databasePerTest } from '../../test/testDb';
import { processDocuments, projectDocuments } from '../domain/package/packageDocuments';
import { emptyPassport } from '../domain/passport/passport';
import { emptyPlan } from '../domain/plan/plan';
import { emptyRoadmap } from '../domain/plan/roadmap';
import { approvedRecords } from './approvedRecords';
import { addJourneyMap, createInterview, createPersona } from './journeyRepository';
import { savePassport } from './passportRepository';
import { savePlan } from './planRepository';
import { createProject } from './projectRepository';
import { createProcess, moveProcessToTrash } from './processRepository';
import { readProjectRecords } from './projectRecords';
import { parseRecordsFile, recordsFile, restoreProject } from './projectRestore';
import { setPlanStatus, setVariantStatus } from './statusRepository';
import { deriveVariant, listVariants } from './variantRepository';

const db = databasePerTest();

/** Two processes: one with its to-be and plan approved and its as-is still agreed, one all drafts; and one in the trash, approved. */
async function projectInReview() {
  const project = await createProject(db(), { name: 'Публикация', owner: 'МЮ РК', serviceName: 'Справка', serviceCode: '700', status: 'inProgress', serviceConsumers: '' });
  const ready = await createProcess(db(), project.id, 'Выдача справки');
  const drafts = await createProcess(db(), project.id, 'Черновой процесс');
  const trashed = await createProcess(db(), project.id, 'В корзине');
  const [asIs] = await listVariants(db(), ready.id);
  const toBe = await deriveVariant(db(), ready.id, 'toBe', 'asIs');
  await setVariantStatus(db(), asIs!.id, { to: 'agreed', by: 'Айгерим', reason: '' });
  await setVariantStatus(db(), toBe.id, { to: 'approved', by: 'Айгерим', reason: '' });
  await savePlan(db(), { ...emptyPlan(project.id, ready.id), responsible: 'Отдел' });
  await setPlanStatus(db(), { projectId: project.id, processId: ready.id }, { to: 'approved', by: 'Айгерим', reason: '', date: '2026-03-20' });
  await savePassport(db(), { ...emptyPassport(project.id, ready.id), justification: 'Данные из ГБД ФЛ' });
  await savePassport(db(), emptyPassport(project.id, drafts.id));
  const [trashedAsIs] = await listVariants(db(), trashed.id);
  await setVariantStatus(db(), trashedAsIs!.id, { to: 'approved', by: 'Айгерим', reason: '' });
  await moveProcessToTrash(db(), trashed.id);
  const persona = await createPersona(db(), project.id, 'Заявитель');
  const unused = await createPersona(db(), project.id, 'Не на карте');
  await addJourneyMap(db(), { ...(await generatedSampleMap('criminal-record-certificate/as-is')), projectId: project.id, processId: ready.id, variantKind: 'toBe', personaId: persona.id });
  await addJourneyMap(db(), { ...(await generatedSampleMap('criminal-record-certificate/as-is')), projectId: project.id, processId: ready.id, variantKind: 'asIs', personaId: unused.id });
  await createInterview(db(), project.id, ready.id, 'Заявитель А.');
  await db().roadmaps.put({ ...emptyRoadmap(project.id), cells: { [ready.id]: { '2026Q1': ['R'] }, [drafts.id]: { '2026Q2': ['R'] } }, updatedAt: 1 });
  return { project, ready, toBe, persona };
}

describe('the records of approved items only', () => {
  it('keep the approved and published variants and plans with what describes them, and leave out drafts, the trash, the history and the interviews', async () => {
    const { project, ready, toBe, persona } = await projectInReview();
    const approved = approvedRecords(await readProjectRecords(db(), project.id));
    expect(approved.processes.map((p) => p.name)).toEqual(['Выдача справки']);
    expect(approved.variants.map((v) => v.id)).toEqual([toBe.id]);
    expect(approved.actionPlans.map((plan) => plan.processId)).toEqual([ready.id]);
    expect(approved.passports.map((passport) => passport.processId)).toEqual([ready.id]);
    expect(approved.journeyMaps.map((map) => map.variantKind)).toEqual(['toBe']);
    expect(approved.personas.map((p) => p.id)).toEqual([persona.id]);
    expect([approved.snapshots, approved.snapshotContents, approved.interviews]).toEqual([[], [], []]);
    expect(Object.keys(approved.roadmaps[0]!.cells)).toEqual([ready.id]);
    expect(approved.statusChanges.map((change) => [change.subject, change.status, change.versionId])).toEqual(
      expect.arrayContaining([
        ['toBe', 'approved', null],
        ['plan', 'approved', null],
      ]),
    );
    expect(approved.statusChanges).toHaveLength(2);
  });

  it('still form a records file that passes its checks and restores in another browser', async () => {
    const { project } = await projectInReview();
    const approved = approvedRecords(await readProjectRecords(db(), project.id));
    const parsed = parseRecordsFile(JSON.parse(JSON.stringify(recordsFile(approved))));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await db().delete();
    await db().open();
    await restoreProject(db(), parsed.records, 'asIs');
    expect(await readProjectRecords(db(), project.id)).toEqual(approved);
  });

  it('give the package the comparison only with its to-be approved, and the plan documents only for an approved plan', async () => {
    const { project, ready } = await projectInReview();
    const approved = approvedRecords(await readProjectRecords(db(), project.id));
    expect(processDocuments(approved, ready.id)).toEqual(['comparison', 'plan']);
    expect(projectDocuments(approved)).toEqual(['roadmap']);

    // The as-is approved, the to-be and the plan drafts: nothing of the comparison or the plan goes out
    const other = await createProject(db(), { name: 'Черновики', owner: 'МЮ РК', serviceName: 'Справка', serviceCode: '701', status: 'inProgress', serviceConsumers: '' });
    const process = await createProcess(db(), other.id, 'Процесс');
    const [asIs] = await listVariants(db(), process.id);
    await deriveVariant(db(), process.id, 'toBe', 'asIs');
    await setVariantStatus(db(), asIs!.id, { to: 'approved', by: 'Айгерим', reason: '' });
    await savePlan(db(), { ...emptyPlan(other.id, process.id), responsible: 'Отдел' });
    const all = await readProjectRecords(db(), other.id);
    expect(processDocuments(all, process.id)).toEqual(['comparison', 'plan']);
    expect(processDocuments(approvedRecords(all), process.id)).toEqual([]);
  });
});
