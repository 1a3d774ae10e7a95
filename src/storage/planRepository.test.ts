import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../test/testDb';
import { addRow, newRow } from '../domain/plan/planEdits';
import { setCell } from '../domain/plan/roadmap';
import { DamagedSettingError, getCalendarAdjustments, getPlan, getRoadmap, listPlans, savePlan, updateCalendarAdjustments, updateRoadmap } from './planRepository';
import { createProject, deleteForever, duplicateProject } from './projectRepository';
import { createProcess, deleteProcessForever, listProcesses } from './processRepository';
import { DamagedRecordError } from './records/validRecords';

const database = databasePerTest();
const fields = { name: 'Проект', owner: '', serviceName: '', serviceCode: '', serviceConsumers: '', status: 'planned' as const };

async function projectWithPlan() {
  const db = database();
  const project = await createProject(db, fields);
  const process = await createProcess(db, project.id, 'Процесс');
  const plan = addRow(newRow('r1', 'legal', { action: 'Внести изменения в регламент', deadline: { kind: 'quarter', year: 2026, quarter: 2 } }))(await getPlan(db, project.id, process.id));
  await savePlan(db, { ...plan, dismissed: [{ proposalKey: 'approvals:', items: ['approvalRemoved:T1'] }] });
  await updateRoadmap(db, project.id, (map) => setCell(map, process.id, '2026Q1', ['R']));
  return { db, project, process };
}

describe('action plans and the roadmap in the workspace', () => {
  it('reads an empty plan and roadmap until something is saved, then what was saved, dismissed proposals included', async () => {
    expect(await getPlan(database(), 'p', 'pr')).toMatchObject({ processId: 'pr', rows: [], updatedAt: 0 });
    expect(await getRoadmap(database(), 'p')).toMatchObject({ projectId: 'p', startYear: 2025, cells: {} });
    const { db, project, process } = await projectWithPlan();
    const stored = await getPlan(db, project.id, process.id);
    expect(stored.rows.map((r) => r.action)).toEqual(['Внести изменения в регламент']);
    expect(stored.dismissed).toEqual([{ proposalKey: 'approvals:', items: ['approvalRemoved:T1'] }]);
    expect(stored.updatedAt).toBeGreaterThan(0);
    expect((await listPlans(db, project.id)).map((p) => p.processId)).toEqual([process.id]);
    expect((await getRoadmap(db, project.id)).cells).toEqual({ [process.id]: { '2026Q1': ['R'] } });
  });

  it('never writes over a damaged plan or roadmap, and leaves it out of lists', async () => {
    const { db, project, process } = await projectWithPlan();
    await db.actionPlans.put({ processId: process.id, projectId: project.id, formatVersion: 1, rows: 'lost' } as never);
    await db.roadmaps.put({ projectId: project.id, cells: 'lost' } as never);
    await expect(savePlan(db, await getPlan(db, project.id, process.id))).rejects.toBeInstanceOf(DamagedRecordError);
    await expect(updateRoadmap(db, project.id, (map) => map)).rejects.toBeInstanceOf(DamagedRecordError);
    expect(await listPlans(db, project.id)).toEqual([]);
    expect(await db.actionPlans.get(process.id)).toMatchObject({ rows: 'lost' });
  });

  it('copies plans and the roadmap with a duplicated project, to the copied processes', async () => {
    const { db, project, process } = await projectWithPlan();
    const copy = await duplicateProject(db, project.id, 'Копия');
    const [copied] = await listProcesses(db, copy.id);
    const plan = await getPlan(db, copy.id, copied!.id);
    expect(plan).toMatchObject({ projectId: copy.id, processId: copied!.id, rows: [{ action: 'Внести изменения в регламент' }] });
    expect((await getRoadmap(db, copy.id)).cells).toEqual({ [copied!.id]: { '2026Q1': ['R'] } });
    expect((await getRoadmap(db, project.id)).cells).toEqual({ [process.id]: { '2026Q1': ['R'] } });
  });

  it('deletes the plan and the roadmap row with the process, and everything with the project', async () => {
    const { db, project, process } = await projectWithPlan();
    const other = await createProcess(db, project.id, 'Другой');
    await updateRoadmap(db, project.id, (map) => setCell(map, other.id, '2027Q1', ['F']));
    await deleteProcessForever(db, process.id);
    expect(await db.actionPlans.count()).toBe(0);
    expect((await getRoadmap(db, project.id)).cells).toEqual({ [other.id]: { '2027Q1': ['F'] } });
    await deleteForever(db, project.id);
    expect(await db.roadmaps.count()).toBe(0);
  });

  it('keeps the user’s calendar days in the settings, and refuses to overwrite a setting it cannot read', async () => {
    const db = database();
    expect(await getCalendarAdjustments(db)).toEqual({ days: [], damaged: false });
    await updateCalendarAdjustments(db, (days) => [...days, { date: '2027-01-08', kind: 'dayOff', note: 'перенос' }]);
    expect(await getCalendarAdjustments(db)).toEqual({ days: [{ date: '2027-01-08', kind: 'dayOff', note: 'перенос' }], damaged: false });
    await db.settings.put({ key: 'workingCalendar', value: 'not json' });
    expect(await getCalendarAdjustments(db)).toEqual({ days: [], damaged: true });
    await expect(updateCalendarAdjustments(db, (days) => days)).rejects.toBeInstanceOf(DamagedSettingError);
    expect((await db.settings.get('workingCalendar'))?.value).toBe('not json');
  });
});
