/**
 * Localisation of bpmn-js (palette, context pad, replace menu, search, error tooltips).
 *
 * bpmn-js / diagram-js route their UI texts through the `translate(template, replacements)`
 * service, which is resolved once when the modeler is created — there is no live language
 * switch. To change the language, recreate the modeler with `translateModule(newLanguage)`
 * in `additionalModules`; it overrides the default `translate` service.
 */
import { kk } from './kk';
import { ru } from './ru';

export { bpmnJsKeys } from './keys';

export type BpmnLanguage = 'ru' | 'kk' | 'en';

export type TranslateReplacements = Record<string, string | number | undefined>;

export type TranslateFn = (template: string, replacements?: TranslateReplacements) => string;

export interface TranslateModule {
  [service: string]: unknown;
  translate: ['value', TranslateFn];
}

const dictionaries: Record<BpmnLanguage, Record<string, string>> = { ru, kk, en: {} };

const PLACEHOLDER = /\{([^{}]+)\}/g;

/**
 * Translate `template` with `dictionary` (falling back to the English template itself)
 * and substitute `{key}` placeholders; placeholders without a replacement are left as they are.
 */
export function translateWith(
  dictionary: Record<string, string>,
  template: string,
  replacements: TranslateReplacements = {}
): string {
  const found = Object.prototype.hasOwnProperty.call(dictionary, template) ? dictionary[template] : undefined;
  const translated = found || template;

  return translated.replace(PLACEHOLDER, (match: string, key: string) => {
    const value = replacements[key];

    return value === undefined ? match : String(value);
  });
}

/** bpmn-js module overriding the `translate` service for the given language. */
export function translateModule(language: BpmnLanguage): TranslateModule {
  const dictionary = dictionaries[language];

  const customTranslate: TranslateFn = (template, replacements) =>
    translateWith(dictionary, template, replacements);

  return { translate: [ 'value', customTranslate ] };
}
