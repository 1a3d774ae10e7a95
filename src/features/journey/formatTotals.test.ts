import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { addFormatters, resources } from '../../app/i18n';
import { formatJourneyTotal, journeyChangeText } from './formatTotals';

async function tIn(language: string) {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, interpolation: { escapeValue: false } });
  addFormatters(instance);
  return instance.t;
}

describe('journey figures', () => {
  it('write days with the language’s decimal comma, Kazakh too (Chromium has no Kazakh number data)', async () => {
    expect(formatJourneyTotal(await tIn('ru'), 'ru', 'waitingWorkingDays', 19.567)).toBe('19,57');
    expect(formatJourneyTotal(await tIn('kk'), 'kk', 'waitingWorkingDays', 19.567)).toBe('19,57');
  });

  it('say "from N to M" with the case a number takes in Kazakh, and the client’s time declined in its unit', async () => {
    const [ru, kk] = [await tIn('ru'), await tIn('kk')];
    expect(journeyChangeText(ru, 'ru', 'inPersonVisits', 4, 0)).toBe('с 4 до 0');
    expect(journeyChangeText(kk, 'kk', 'inPersonVisits', 4, 0)).toBe('4-тен 0-ге дейін');
    expect(journeyChangeText(kk, 'kk', 'waitingWorkingDays', 19.57, 0.96)).toBe('19,57-ден 0,96-ға дейін');
    expect(journeyChangeText(ru, 'ru', 'clientMinutes', 560, 10)).toBe('с 9,3 часа до 10 минут');
    expect(journeyChangeText(kk, 'kk', 'clientMinutes', 560, 10)).toBe('9,3 сағаттан 10 минутқа дейін');
  });
});
