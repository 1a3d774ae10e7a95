import { describe, expect, it } from 'vitest';
import { generatedSampleMap } from '../../../test/journeySamples';
import { isInterview, isJourneyMap, isPersona, parseInterview, parseJourneyMap, parsePersona } from './validate';

const persona = { formatVersion: 1, id: 'p1', projectId: 'pr', name: 'Пенсионер без учётной записи eGov', description: '', createdAt: 1, updatedAt: 2 };
const interview = {
  formatVersion: 1,
  id: 'i1',
  projectId: 'pr',
  processId: 'proc',
  interviewee: 'А. Сейткали',
  role: 'Мать, 29 лет',
  personaId: 'p1',
  date: '2025-03-14',
  method: 'inPerson',
  notes: 'Три визита за две недели',
  pains: [{ id: 'pain1', text: 'Очередь в ЗАГС' }],
  createdAt: 1,
  updatedAt: 1,
};

describe('journey records read back or imported', () => {
  it('a generated map is valid and comes back equal', async () => {
    const map = await generatedSampleMap('birth-registration/as-is');
    const parsed = parseJourneyMap(JSON.parse(JSON.stringify(map)));
    expect(parsed).toEqual({ ok: true, value: map });
    expect(isJourneyMap(map)).toBe(true);
  });

  it('drops fields the format does not have, keeps text with markup as text', () => {
    const parsed = parsePersona({ ...persona, name: '<img src=x onerror=alert(1)>', extra: 'x' });
    expect(parsed).toEqual({ ok: true, value: { ...persona, name: '<img src=x onerror=alert(1)>' } });
  });

  it('names every problem with its path: an emotion out of range, a card in a stage that does not exist', async () => {
    const map = await generatedSampleMap('criminal-record-certificate/as-is');
    const broken = { ...map, cards: map.cards.map((card, index) => (index === 1 ? { ...card, emotion: 5, stageId: 'nowhere' } : card)) };
    const parsed = parseJourneyMap(broken);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual(['journeyMap.cards[1].emotion: expected one of -2, -1, 0, 1, 2', 'journeyMap.cards[1].stageId: no stage nowhere']);
  });

  it('refuses a format version it does not know, and things that are not records', () => {
    expect(parseJourneyMap({ formatVersion: 2 })).toEqual({ ok: false, problems: ['journeyMap.formatVersion: expected 1, found 2'] });
    expect(isPersona(null)).toBe(false);
    expect(isPersona('persona')).toBe(false);
    expect(isJourneyMap([])).toBe(false);
  });

  it('refuses a map with two cards of one id or a missing list', async () => {
    const map = await generatedSampleMap('birth-registration/to-be');
    expect(isJourneyMap({ ...map, cards: [map.cards[0], map.cards[0]] })).toBe(false);
    const parsed = parseJourneyMap({ ...map, lanes: undefined });
    expect(!parsed.ok && parsed.problems[0]).toBe('journeyMap.lanes: expected a list');
  });

  it('interviews: valid as recorded; a date that is not a date or an unknown method is a problem', () => {
    expect(parseInterview(interview)).toEqual({ ok: true, value: interview });
    expect(isInterview({ ...interview, date: '' })).toBe(true);
    const parsed = parseInterview({ ...interview, date: '14.03.2025', method: 'telepathy' });
    expect(!parsed.ok && parsed.problems).toEqual(['interview.method: expected one of inPerson, phone, video, survey, focusGroup, observation', 'interview.date: expected YYYY-MM-DD or empty']);
  });

  it('limits text so one record stays storable', () => {
    expect(isPersona({ ...persona, name: 'я'.repeat(201) })).toBe(false);
  });
});
