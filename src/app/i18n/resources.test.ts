import { describe, expect, it } from 'vitest';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';
import { keys, placeholderMismatches } from '../../../test/translationKeys';

describe('UI translations', () => {
  it.each([
    ['kk', kk],
    ['en', en],
  ])('%s has every key of ru and no other', (_name, language) => {
    expect(keys(language)).toEqual(keys(ru));
  });

  it.each([
    ['kk', kk],
    ['en', en],
  ])('%s keeps every placeholder of ru', (_name, language) => {
    expect(placeholderMismatches(ru, language)).toEqual([]);
  });

  it('kk has the plural forms Kazakh uses', () => {
    expect(new Intl.PluralRules('kk').resolvedOptions().pluralCategories.sort()).toEqual(['one', 'other']);
    expect(kk.trash).toHaveProperty('count_one');
    expect(kk.trash).toHaveProperty('count_other');
  });
});
