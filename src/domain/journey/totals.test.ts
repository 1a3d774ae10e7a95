import { describe, expect, it } from 'vitest';
import { generatedSampleMap } from '../../../test/journeySamples';
import { newCard, newLanes, type JourneyMap } from './model';
import { compareJourneyTotals, journeyTotals, stageEmotions } from './totals';

const valuesOf = (map: Pick<JourneyMap, 'cards' | 'lanes'>) => Object.fromEntries(Object.values(journeyTotals(map)).map((total) => [total.id, total.value]));

describe('journey totals', () => {
  it('birth as-is: four visits, five contacts, six documents, three agencies', async () => {
    const totals = journeyTotals(await generatedSampleMap('birth-registration/as-is'));
    expect(totals.inPersonVisits.value).toBe(4);
    expect(totals.contacts.value).toBe(5);
    // The six documents the as-is asks of the parent (models/README.md), in the order the parent first carries them.
    expect(totals.documents.items).toEqual([
      'Медицинское свидетельство о рождении',
      'Удостоверение личности',
      'Свидетельство о браке',
      'Заявление о регистрации рождения ребенка',
      'Свидетельство о рождении',
      'Заявление о постановке в очередь в детский сад',
    ]);
    expect(totals.documents.value).toBe(6);
    expect(totals.agencies.items).toEqual(['Отдел ЗАГС', 'ЦОН (Госкорпорация «Правительство для граждан»)', 'Акимат: отдел образования']);
    expect(totals.clientMinutes.value).toBe(560);
    expect(totals.waitingWorkingDays.value).toBeGreaterThan(15);
    expect(totals.waitingCalendarDays.value).toBe(0);
  });

  it('birth: from the as-is to the to-be, "from N to M" for each figure, fewer is better', async () => {
    const changes = compareJourneyTotals(journeyTotals(await generatedSampleMap('birth-registration/as-is')), journeyTotals(await generatedSampleMap('birth-registration/to-be')));
    const visits = changes.find((change) => change.id === 'inPersonVisits')!;
    expect(visits).toMatchObject({ from: 4, to: 0, delta: -4, percent: -100, verdict: 'better' });
    expect(changes.find((change) => change.id === 'contacts')).toMatchObject({ from: 5, to: 3, verdict: 'better' });
    expect(changes.find((change) => change.id === 'agencies')).toMatchObject({ from: 3, to: 1 });
    expect(changes.find((change) => change.id === 'waitingCalendarDays')).toMatchObject({ from: 0, to: 0, percent: null, verdict: 'same' });
  });

  it('criminal record: from two visits to none', async () => {
    const asIs = valuesOf(await generatedSampleMap('criminal-record-certificate/as-is'));
    const toBe = valuesOf(await generatedSampleMap('criminal-record-certificate/to-be'));
    expect([asIs.inPersonVisits, toBe.inPersonVisits]).toEqual([2, 0]);
    expect([asIs.contacts, toBe.contacts]).toEqual([2, 2]);
    expect(toBe.clientMinutes).toBeLessThan(asIs.clientMinutes!);
  });

  it('counts hidden lanes, documents and agencies once whatever their case, and calendar days apart', () => {
    let n = 0;
    const id = () => `x${++n}`;
    const lanes = newLanes(id).map((lane) => ({ ...lane, hidden: true }));
    const touchpoints = lanes.find((lane) => lane.kind === 'touchpoints')!.id;
    const pains = lanes.find((lane) => lane.kind === 'pains')!.id;
    const cards = [
      newCard({ id: 'a', stageId: 's1', laneId: touchpoints, documents: ['Справка ', 'справка'], agency: 'ЦОН', waitingDays: 2, waitingUnit: 'working' }),
      newCard({ id: 'b', stageId: 's1', laneId: touchpoints, agency: ' цон', waitingDays: 10, waitingUnit: 'calendar', inPersonVisit: true }),
      newCard({ id: 'c', stageId: 's2', laneId: pains, pain: { quote: 'Очередь <b>три часа</b>', interviewId: null } }),
    ];
    expect(valuesOf({ lanes, cards })).toEqual({ inPersonVisits: 1, contacts: 2, documents: 1, clientMinutes: 0, waitingWorkingDays: 2, waitingCalendarDays: 10, agencies: 1, pains: 1 });
  });

  it('an empty map has zero of everything', () => {
    expect(Object.values(valuesOf({ lanes: [], cards: [] })).every((value) => value === 0)).toBe(true);
  });
});

describe('emotion per stage', () => {
  it('is the mean of the stage’s rated cards, null where none is rated', () => {
    const stages = [
      { id: 's1', title: '', links: [] },
      { id: 's2', title: '', links: [] },
    ];
    const cards = [newCard({ id: 'a', stageId: 's1', laneId: 'l', emotion: -2 }), newCard({ id: 'b', stageId: 's1', laneId: 'l', emotion: 1 }), newCard({ id: 'c', stageId: 's2', laneId: 'l' })];
    expect(stageEmotions({ stages, cards })).toEqual([-0.5, null]);
  });
});
