import { describe, expect, it } from 'vitest';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';

type Tree = { [key: string]: string | Tree };

/** Keys with the plural suffix removed: languages have different plural categories. */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`] : keys(value, `${prefix}${key}.`)))
    .filter((key, index, all) => all.indexOf(key) === index)
    .sort();
}

function placeholders(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    // By name: a language may format a value its own way ({{from, ablative}} in Kazakh where Russian has {{from}}).
    if (typeof value === 'string') found.set(`${prefix}${key}`, [...value.matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((match) => match[1]).sort().join());
    else for (const [k, v] of placeholders(value, `${prefix}${key}.`)) found.set(k, v);
  }
  return found;
}

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
    const reference = placeholders(ru);
    for (const [key, value] of placeholders(language)) {
      const base = reference.get(key) ?? reference.get(key.replace(/_(one|other)$/, '_other'));
      expect({ key, value }).toEqual({ key, value: base });
    }
  });

  it('kk has the plural forms Kazakh uses', () => {
    expect(new Intl.PluralRules('kk').resolvedOptions().pluralCategories.sort()).toEqual(['one', 'other']);
    expect(kk.trash).toHaveProperty('count_one');
    expect(kk.trash).toHaveProperty('count_other');
  });
});
