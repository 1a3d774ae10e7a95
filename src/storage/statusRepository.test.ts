import { afterEach, describe, expect, it, vi } from 'vitest';
import { databasePerTest } from '../../test/testDb';
import { planStatus, variantStatus, lastApproval } from '../domain/lifecycle/lifecycle';
import { getPlan, savePlan } from './planRepository';
import { createProject } from './projectRepository';
import { createProcess } from './processRepository';
import { getUserName, listStatusChanges, setPlanStatus, setUserName, setVariantStatus, StatusChangeError } from './statusRepository';
import { listVariants, saveVariantXml } from './variantRepository';
import { listVersions, pruneAutoVersions, versionXml } from './versionRepository';

const db = databasePerTest();

async function processWithAsIs() {
  const project = await createProject(db(), { name: 'Статусы', owner: '', serviceName: '', serviceCode: '', status: 'inProgress', serviceConsumers: '' });
  const process = await createProcess(db(), project.id, 'Выдача справки');
  const [asIs] = await listVariants(db(), process.id);
  return { project, process, asIs: asIs! };
}

describe('statuses of variants and plans', () => {
  it('approving a variant keeps its diagram as an approved version that pruning never removes, and publication points at it', async () => {
    const { process, asIs } = await processWithAsIs();
    await setVariantStatus(db(), asIs.id, { to: 'agreed', by: 'Айгерим', reason: '' });
    const approved = await setVariantStatus(db(), asIs.id, { to: 'approved', by: 'Айгерим', reason: '' });
    const [version] = await listVersions(db(), asIs.id);
    expect(version).toMatchObject({ id: approved.versionId, reason: 'approved' });
    expect(await versionXml(db(), approved.versionId!)).toBe(asIs.xml);
    await pruneAutoVersions(db(), asIs.id, 0);
    expect(await listVersions(db(), asIs.id)).toHaveLength(1);

    const published = await setVariantStatus(db(), asIs.id, { to: 'published', by: 'Нурлан', reason: '' });
    expect(published.versionId).toBe(approved.versionId);
    expect(variantStatus(await listStatusChanges(db(), process.id), 'asIs')).toMatchObject({ status: 'published', change: { changedBy: 'Нурлан' } });
  });

  it('refuses to set back an approved variant without a reason, and records the reason when given; the approved content stays', async () => {
    const { process, asIs } = await processWithAsIs();
    await setVariantStatus(db(), asIs.id, { to: 'approved', by: 'Айгерим', reason: '' });
    await expect(setVariantStatus(db(), asIs.id, { to: 'draft', by: 'Айгерим', reason: '  ' })).rejects.toBeInstanceOf(StatusChangeError);
    await setVariantStatus(db(), asIs.id, { to: 'draft', by: 'Айгерим', reason: 'Протокол № 3: замечания МВК' });
    await saveVariantXml(db(), asIs.id, asIs.xml.replace('StartEvent_1', 'StartEvent_2'), asIs.revision);
    const changes = await listStatusChanges(db(), process.id);
    expect(variantStatus(changes, 'asIs')).toMatchObject({ status: 'draft', change: { reason: 'Протокол № 3: замечания МВК' } });
    expect(await versionXml(db(), lastApproval(changes, 'asIs')!.versionId!)).toBe(asIs.xml);
  });

  it('publishes only what is approved', async () => {
    const { asIs } = await processWithAsIs();
    await expect(setVariantStatus(db(), asIs.id, { to: 'published', by: '', reason: '' })).rejects.toBeInstanceOf(StatusChangeError);
  });

  it('approves the plan by writing the approval date into its block and keeping the plan as approved; setting it back clears the dates', async () => {
    const { project, process } = await processWithAsIs();
    const ids = { projectId: project.id, processId: process.id };
    await savePlan(db(), { ...(await getPlan(db(), project.id, process.id)), responsible: 'Отдел цифровизации' });
    const approval = await setPlanStatus(db(), ids, { to: 'approved', by: 'Айгерим', reason: '', date: '2026-03-20' });
    const approvedPlan = await getPlan(db(), project.id, process.id);
    expect(approvedPlan.approval.approvedBy.date).toBe('2026-03-20');
    expect(approval.plan).toMatchObject({ responsible: 'Отдел цифровизации', approval: { approvedBy: { date: '2026-03-20' } } });
    expect(planStatus(approvedPlan, await listStatusChanges(db(), process.id))).toMatchObject({ status: 'approved', change: { id: approval.id } });

    await setPlanStatus(db(), ids, { to: 'published', by: 'Айгерим', reason: '', date: '2026-03-25' });
    expect((await getPlan(db(), project.id, process.id)).approval.publishedOn).toBe('2026-03-25');
    await expect(setPlanStatus(db(), ids, { to: 'draft', by: 'Айгерим', reason: '', date: '2026-04-01' })).rejects.toBeInstanceOf(StatusChangeError);
    await setPlanStatus(db(), ids, { to: 'draft', by: 'Айгерим', reason: 'Новый срок интеграции', date: '2026-04-01' });
    const back = await getPlan(db(), project.id, process.id);
    expect([back.approval.approvedBy.date, back.approval.publishedOn]).toEqual([null, null]);
    expect(planStatus(back, await listStatusChanges(db(), process.id)).status).toBe('draft');
  });

  it('keeps the user’s name for this browser', async () => {
    expect(await getUserName(db())).toBe('');
    await setUserName(db(), '  Айгерим Сапарова ');
    expect(await getUserName(db())).toBe('Айгерим Сапарова');
  });
});

describe('a plan whose status changes within the millisecond of its last save', () => {
  afterEach(() => vi.useRealTimers());

  it('gets a later time, so an open plan page sees the change', async () => {
    const { project, process } = await processWithAsIs();
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-30T10:00:00') });
    const saved = await savePlan(db(), await getPlan(db(), project.id, process.id));
    await setPlanStatus(db(), { projectId: project.id, processId: process.id }, { to: 'approved', by: '', reason: '', date: '2026-03-20' });
    expect((await getPlan(db(), project.id, process.id)).updatedAt).toBeGreaterThan(saved.updatedAt);
  });
});
