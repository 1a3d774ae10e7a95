/**
 * Localisation of bpmn-js (palette, context pad, replace menu, search, minimap, badges' tooltips).
 *
 * bpmn-js / diagram-js route their UI texts through the `translate(template, replacements)` service,
 * which every part of them is handed once, when the editor is created. Ours answers in the editor's
 * language of the moment (`editorLanguage`), so a language change keeps the editor, its diagram and
 * its undo history: `editorLanguage.set(language)` fires diagram-js's `i18n.changed`, on which the
 * palette rebuilds itself and `Retranslation` rewrites what the others built in the old language.
 */
import i18nModule from 'diagram-js/lib/i18n';
import Retranslation from './Retranslation';
import { kk } from './kk';
import { ru } from './ru';

export { bpmnJsKeys } from './keys';

export type BpmnLanguage = 'ru' | 'kk' | 'en';

export type TranslateReplacements = Record<string, string | number | undefined>;

export type TranslateFn = (template: string, replacements?: TranslateReplacements) => string;

/** diagram-js's `i18n` service: tells the editor's parts that the language changed. */
interface I18n {
  changed(): void;
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

/** The language one editor speaks; switched in place. */
export class EditorLanguage {
  constructor(
    private current: BpmnLanguage,
    private readonly i18n: I18n,
  ) {}

  get language(): BpmnLanguage {
    return this.current;
  }

  /** The `translate` service: reads the language at each call, so what is built after a switch speaks the new one. */
  readonly translate: TranslateFn = (template, replacements) => translateWith(dictionaries[this.current], template, replacements);

  /** Switches the language and has the editor's texts rewritten in it. */
  set(language: BpmnLanguage): void {
    if (language === this.current) return;
    this.current = language;
    this.i18n.changed();
  }
}

/** bpmn-js module overriding the `translate` service, starting in `language`. */
export function translateModule(language: BpmnLanguage) {
  return {
    __depends__: [i18nModule],
    __init__: ['retranslation'],
    editorLanguage: ['factory', ['i18n', (i18n: I18n) => new EditorLanguage(language, i18n)]],
    translate: ['factory', ['editorLanguage', (editorLanguage: EditorLanguage) => editorLanguage.translate]],
    retranslation: ['type', Retranslation],
  };
}
