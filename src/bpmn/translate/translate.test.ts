import { describe, it, expect } from 'vitest';

import { EditorLanguage, translateWith, type BpmnLanguage, type TranslateFn } from './index';
import { bpmnJsKeys } from './keys';
import { kk } from './kk';
import { ru } from './ru';

const placeholdersOf = (text: string): string[] => (text.match(/\{[^{}]+\}/g) ?? []).sort();

const withoutPlaceholders = (text: string): string => text.replace(/\{[^{}]+\}/g, '');

const translatorFor = (language: BpmnLanguage): TranslateFn => new EditorLanguage(language, { changed: () => undefined }).translate;

const dictionaries: Array<[ string, Record<string, string> ]> = [ [ 'ru', ru ], [ 'kk', kk ] ];

describe('bpmnJsKeys', () => {
  it('is a non-empty, sorted list without duplicates', () => {
    expect(bpmnJsKeys.length).toBeGreaterThan(100);
    expect(new Set(bpmnJsKeys).size).toBe(bpmnJsKeys.length);
    expect([ ...bpmnJsKeys ].sort()).toEqual([ ...bpmnJsKeys ]);
  });
});

describe.each(dictionaries)('%s dictionary', (language, dictionary) => {
  it('translates every bpmn-js key', () => {
    const missing = bpmnJsKeys.filter((key) => (dictionary[key] ?? '').trim() === '');

    expect(missing, `${language} is missing translations`).toEqual([]);
  });

  it('keeps every {placeholder} of the key', () => {
    const broken = bpmnJsKeys.filter((key) => {
      const translation = dictionary[key] ?? '';

      return placeholdersOf(key).some((placeholder) => !translation.includes(placeholder));
    });

    expect(broken, `${language} lost placeholders`).toEqual([]);
  });

  it('contains no untranslated (Latin) text', () => {
    const latin = bpmnJsKeys.filter((key) => /[A-Za-z]/.test(withoutPlaceholders(dictionary[key] ?? '')));

    expect(latin, `${language} has Latin text`).toEqual([]);
  });
});

describe('kk dictionary', () => {
  it('has no keys that bpmn-js does not use', () => {
    const known = new Set(bpmnJsKeys);

    expect(Object.keys(kk).filter((key) => !known.has(key))).toEqual([]);
  });
});

describe('EditorLanguage', () => {
  it('switches the language of its translate function in place, and tells the editor once per change', () => {
    let told = 0;
    const editorLanguage = new EditorLanguage('ru', { changed: () => told++ });
    // Held by every part of the editor since its creation: the same function must answer in the new language.
    const { translate } = editorLanguage;
    expect(translate('Create task')).toBe('Создать задачу');

    editorLanguage.set('kk');
    expect([translate('Create task'), editorLanguage.language, told]).toEqual(['Тапсырма құру', 'kk', 1]);
    editorLanguage.set('kk');
    expect(told).toBe(1);
    editorLanguage.set('en');
    expect([translate('Create task'), told]).toEqual(['Create task', 2]);
  });

  it('translates and replaces placeholders', () => {
    expect(translatorFor('ru')('Open {element}', { element: 'Оплата' })).toBe('Открыть Оплата');
    expect(translatorFor('kk')('Open {element}', { element: 'Task_1' })).toBe('Task_1 элементін ашу');
    expect(translatorFor('en')('Open {element}', { element: 'Payment' })).toBe('Open Payment');
    expect(translatorFor('kk')('Create task')).toBe('Тапсырма құру');
    expect(translatorFor('ru')('Conditional flow')).toBe('Условный поток');
  });

  it('stringifies numbers and keeps placeholders without a replacement', () => {
    const translate = translatorFor('kk');

    expect(translate('{count} of {total}', { count: 0, total: 3 })).toBe('0 of 3');
    expect(translate('Open {element}', {})).toBe('{element} элементін ашу');
    expect(translate('Open {element}', { element: undefined })).toBe('{element} элементін ашу');
  });

  it('falls back to the English template for unknown keys', () => {
    for (const language of [ 'ru', 'kk', 'en' ] as const) {
      const translate = translatorFor(language);

      expect(translate('Unknown text {name}', { name: 'X' })).toBe('Unknown text X');
      expect(translate('toString')).toBe('toString');
      expect(translate('constructor')).toBe('constructor');
    }
  });

  it('leaves English untouched', () => {
    const translate = translatorFor('en');

    for (const key of bpmnJsKeys) {
      expect(translate(key)).toBe(key);
    }
  });

  it('translateWith works with any dictionary', () => {
    expect(translateWith({ 'Hello {who}': 'Сәлем, {who}!' }, 'Hello {who}', { who: 'Әлем' })).toBe('Сәлем, Әлем!');
  });
});
