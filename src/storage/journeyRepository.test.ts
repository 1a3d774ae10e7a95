import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generatedSampleMap } from '../../test/journeySamples';
import type { JourneyMap } from '../domain/journey/model';
import type { SaveStatus } from './variantSaver';
import { WorkbenchDb } from './db';
import {
  addJourneyMap,
  createInterview,
  createPersona,
  deletePersona,
  getJourneyMap,
  journeySaver,
  listInterviews,
  listJourneyMaps,
  listPersonas,
  PersonaInUseError,
  updateInterview,
  updatePersona,
  saveJourneyMap,
  JourneyConflictError,
} from './journeyRepository';
import { createProject, deleteForever, duplicateProject } from './projectRepository';
import { createProcess, deleteProcessForever as deleteProcess, listProcesses } from './processRepository';

let db: WorkbenchDb;
let projectId: string;
let processId: string;
beforeEach(async () => {
  db = new WorkbenchDb(`journeys-${crypto.randomUUID()}`);
  projectId = (await createProject(db, { name: 'Справка', owner: '', serviceName: '', serviceCode: '', serviceConsumers: '', status: 'planned' })).id;
  processId = (await createProcess(db, projectId, 'Выдача справки')).id;
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** A generated as-is map of the criminal-record sample, stored in this test's project. */
async function storedMap(personaId: string, overrides: Partial<JourneyMap> = {}): Promise<JourneyMap> {
  // The generated record's id, revision and times are replaced by the stored one's.
  return addJourneyMap(db, { ...(await generatedSampleMap('criminal-record-certificate/as-is')), projectId, processId, personaId, ...overrides });
}

describe('personas', () => {
  it('are listed per project by name; a persona with maps cannot be deleted', async () => {
    const parent = await createPersona(db, projectId, 'Родитель');
    const pensioner = await createPersona(db, projectId, '  Пенсионер без учётной записи eGov ');
    expect((await listPersonas(db, projectId)).items.map((p) => p.name)).toEqual(['Пенсионер без учётной записи eGov', 'Родитель']);
    await storedMap(pensioner.id, { name: 'Карта пенсионера' });
    await expect(deletePersona(db, pensioner.id)).rejects.toEqual(new PersonaInUseError(['Карта пенсионера']));
    await updatePersona(db, pensioner.id, { description: 'Живёт в селе' });
    expect((await listPersonas(db, projectId)).items.find((p) => p.id === pensioner.id)).toMatchObject({ name: 'Пенсионер без учётной записи eGov', description: 'Живёт в селе' });
    await deletePersona(db, parent.id);
    expect((await listPersonas(db, projectId)).items.map((p) => p.id)).toEqual([pensioner.id]);
  });

  it('refuses an empty name', async () => {
    await expect(createPersona(db, projectId, '   ')).rejects.toThrow();
  });
});

describe('journey maps', () => {
  it('are found per process and variant, and a record that does not pass the checks is skipped and counted', async () => {
    const persona = await createPersona(db, projectId, 'Заявитель');
    const map = await storedMap(persona.id);
    await storedMap(persona.id, { variantKind: 'toBe', name: 'Как будет' });
    await db.journeyMaps.put({ ...map, id: 'broken', cards: [{ ...map.cards[0]!, emotion: 9 as never }] });
    const asIs = await listJourneyMaps(db, processId, 'asIs');
    expect(asIs.items.map((m) => m.id)).toEqual([map.id]);
    expect(asIs.skipped).toBe(1);
    expect((await listJourneyMaps(db, processId)).items).toHaveLength(2);
    expect(await getJourneyMap(db, 'broken')).toBeUndefined();
    // The damaged record is left as it was, not deleted.
    expect(await db.journeyMaps.get('broken')).toBeDefined();
  });

  it('a save from a stale copy is refused; the stored version stays', async () => {
    const map = await storedMap((await createPersona(db, projectId, 'Заявитель')).id);
    expect(await saveJourneyMap(db, { ...map, name: 'Первая вкладка' }, 1)).toBe(2);
    await expect(saveJourneyMap(db, { ...map, name: 'Вторая вкладка' }, 1)).rejects.toBeInstanceOf(JourneyConflictError);
    expect(await getJourneyMap(db, map.id)).toMatchObject({ name: 'Первая вкладка', revision: 2 });
  });
});

describe('the saver of an open map', () => {
  const recorder = () => {
    const statuses: SaveStatus[] = [];
    return { statuses, status: (s: SaveStatus) => statuses.push(s), saved: () => undefined };
  };

  it('merges a burst of edits into one write, and keeps an edit that conflicts with another tab', async () => {
    const map = await storedMap((await createPersona(db, projectId, 'Заявитель')).id);
    const log = recorder();
    const saver = journeySaver(db, 1, log, 10_000);
    for (const name of ['А', 'Б', 'В']) saver.schedule({ ...map, name });
    await saver.flush();
    expect(await getJourneyMap(db, map.id)).toMatchObject({ name: 'В', revision: 2 });
    expect(log.statuses).toEqual(['pending', 'pending', 'pending', 'saving', 'saved']);

    await saveJourneyMap(db, { ...map, name: 'Другая вкладка' }, 2);
    saver.schedule({ ...map, name: 'Моя правка' });
    await saver.flush();
    expect(log.statuses.at(-1)).toBe('conflict');
    expect(saver.unsaved?.name).toBe('Моя правка');
    expect((await getJourneyMap(db, map.id))?.name).toBe('Другая вкладка');
  });
});

describe('interviews', () => {
  it('are recorded per process, with the pains found', async () => {
    const interview = await createInterview(db, projectId, processId, 'Айгерим С.');
    await updateInterview(db, interview.id, () => ({ role: 'Мать', date: '2025-03-14', method: 'phone' }));
    // Two changes made from the same stale copy keep each other's fields.
    await Promise.all([
      updateInterview(db, interview.id, (current) => ({ pains: [...current.pains, { id: 'q1', text: 'Три визита' }] })),
      updateInterview(db, interview.id, (current) => ({ pains: [...current.pains, { id: 'q2', text: 'Очередь' }] })),
    ]);
    expect((await listInterviews(db, processId)).items).toEqual([
      expect.objectContaining({ interviewee: 'Айгерим С.', role: 'Мать', method: 'phone', pains: [{ id: 'q1', text: 'Три визита' }, { id: 'q2', text: 'Очередь' }] }),
    ]);
    await expect(updateInterview(db, interview.id, () => ({ date: 'вчера' }))).rejects.toThrow(/date/);
  });
});

describe('with the project', () => {
  async function projectWithJourneys() {
    const persona = await createPersona(db, projectId, 'Заявитель');
    const interview = await createInterview(db, projectId, processId, 'Айгерим С.');
    await updateInterview(db, interview.id, () => ({ personaId: persona.id }));
    const planned = await storedMap(persona.id);
    const painCard = { ...planned.cards[1]!, id: 'pain', pain: { quote: 'Пришлось прийти дважды', interviewId: interview.id } };
    await saveJourneyMap(db, { ...planned, cards: [...planned.cards, painCard] }, 1);
    const actual = await storedMap(persona.id, { journey: 'actual', interviewId: interview.id, plannedMapId: planned.id, name: 'Путь Айгерим' });
    return { persona, interview, planned, actual };
  }

  it('a duplicate gets copies with new ids, every link between them kept', async () => {
    const original = await projectWithJourneys();
    const copy = await duplicateProject(db, projectId, 'Копия');
    const [copiedProcess] = await listProcesses(db, copy.id);
    const [persona] = (await listPersonas(db, copy.id)).items;
    const [interview] = (await listInterviews(db, copiedProcess!.id)).items;
    const maps = (await listJourneyMaps(db, copiedProcess!.id)).items;
    expect(persona?.id).not.toBe(original.persona.id);
    expect(interview).toMatchObject({ projectId: copy.id, personaId: persona!.id });
    const planned = maps.find((m) => m.journey === 'planned')!;
    const actual = maps.find((m) => m.journey === 'actual')!;
    expect(planned.id).not.toBe(original.planned.id);
    expect(planned).toMatchObject({ projectId: copy.id, processId: copiedProcess!.id, personaId: persona!.id, revision: 1 });
    expect(planned.cards.find((c) => c.id === 'pain')?.pain).toEqual({ quote: 'Пришлось прийти дважды', interviewId: interview!.id });
    expect(actual).toMatchObject({ interviewId: interview!.id, plannedMapId: planned.id });
    // Links to BPMN elements stay: the copied diagrams keep their element ids.
    expect(planned.cards.map((c) => c.links)).toEqual(original.planned.cards.map((c) => c.links).concat([original.planned.cards[1]!.links]));
    // The original is untouched.
    expect((await listJourneyMaps(db, processId)).items.map((m) => m.id).sort()).toEqual([original.planned.id, original.actual.id].sort());
  });

  it('deleting the project forever deletes its journey records; deleting a process deletes the process’s', async () => {
    await projectWithJourneys();
    await deleteProcess(db, processId);
    expect([await db.journeyMaps.count(), await db.interviews.count(), await db.personas.count()]).toEqual([0, 0, 1]);
    await deleteForever(db, projectId);
    expect(await db.personas.count()).toBe(0);
  });
});
