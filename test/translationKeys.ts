/** A tree of UI texts, as src/app/i18n and src/features/journey/texts hold them. */
export type Tree = { [key: string]: string | Tree };

/** Keys with the plural suffix removed: languages have different plural categories. */
export function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`] : keys(value, `${prefix}${key}.`)))
    .filter((key, index, all) => all.indexOf(key) === index)
    .sort();
}

export function placeholders(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    // By name: a language may format a value its own way ({{from, ablative}} in Kazakh where Russian has {{from}}).
    if (typeof value === 'string') found.set(`${prefix}${key}`, [...value.matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((match) => match[1]).sort().join());
    else for (const [k, v] of placeholders(value, `${prefix}${key}.`)) found.set(k, v);
  }
  return found;
}

/** Each placeholder set of `language` equals the reference's for the same key (or its `_other` plural). */
export function placeholderMismatches(reference: Tree, language: Tree): { key: string; value: string; expected: string | undefined }[] {
  const expected = placeholders(reference);
  return [...placeholders(language)]
    .map(([key, value]) => ({ key, value, expected: expected.get(key) ?? expected.get(key.replace(/_(one|other)$/, '_other')) }))
    .filter((entry) => entry.value !== entry.expected);
}
