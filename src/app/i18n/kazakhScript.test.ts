import { describe, expect, it } from 'vitest';
import { kk as bpmnKk } from '../../bpmn/translate/kk';
import { kk } from './kk';

type Tree = { [key: string]: string | Tree };

function texts(tree: Tree | Record<string, string>, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : texts(value, `${prefix}${key}.`)));
}

/** Words that mix the scripts: a Latin «i» typed for Kazakh «і» (U+0456) reads right and sorts, searches and speaks wrong. */
function mixedWords(text: string): string[] {
  return (text.replace(/\{\{[^}]*\}\}/g, ' ').match(/\p{L}+/gu) ?? []).filter((word) => /\p{Script=Cyrillic}/u.test(word) && /\p{Script=Latin}/u.test(word));
}

describe('Kazakh texts', () => {
  it.each([
    ['src/app/i18n/kk.ts', texts(kk)],
    ['src/bpmn/translate/kk.ts', texts(bpmnKk)],
  ])('%s has no word that mixes Latin letters into Cyrillic', (_file, entries) => {
    expect(entries.length).toBeGreaterThan(100);
    expect(entries.flatMap(([key, value]) => mixedWords(value).map((word) => `${key}: ${word}`))).toEqual([]);
  });

  it('finds the mix it is there to find', () => {
    expect(mixedWords('Көрсетілетін қызметті берушi')).toEqual(['берушi']);
    expect(mixedWords('eGov Mobile арқылы, {{count}} OTP')).toEqual([]);
  });

  it('says "one-time password" one way throughout', () => {
    const passwords = texts(kk).filter(([, value]) => /бір реттік/i.test(value));
    expect(passwords.length).toBeGreaterThanOrEqual(2);
    expect(passwords.filter(([, value]) => !/бір реттік пароль/i.test(value))).toEqual([]);
  });
});
