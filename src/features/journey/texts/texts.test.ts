import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { keys, placeholderMismatches } from '../../../../test/translationKeys';
import { resources } from '../../../app/i18n';
import { journeyPageTexts, registerJourneyTexts } from './register';

describe('the journey screens’ texts', () => {
  it.each([
    ['kk', journeyPageTexts.kk],
    ['en', journeyPageTexts.en],
  ])('%s has every key of ru, no other, and the same placeholders', (_name, texts) => {
    expect(keys(texts)).toEqual(keys(journeyPageTexts.ru));
    expect(placeholderMismatches(journeyPageTexts.ru, texts)).toEqual([]);
  });

  it('add to the app’s journey texts without replacing any', async () => {
    const app = keys(resources.ru.translation.journey);
    expect(keys(journeyPageTexts.ru).filter((key) => app.includes(key))).toEqual([]);
    const instance = i18next.createInstance();
    await instance.init({ resources, lng: 'kk', interpolation: { escapeValue: false } });
    registerJourneyTexts(instance);
    expect(instance.t('journey.lane.touchpoints')).toBe('Байланыс нүктелері және арна');
    expect(instance.t('journey.totals.inPersonVisits')).toBe('Жеке келулер');
  });
});
