import i18n, { type i18n as I18n } from 'i18next';
import { kazakhCases, withKazakhCase } from '../../domain/format/kazakhCase';
import { formatNumber, localeOf } from '../../domain/format/numbers';
import { initReactI18next } from 'react-i18next';
import { ru } from './ru';
import { en } from './en';
import { kk } from './kk';

export const languages = ['ru', 'kk', 'en'] as const;
export type Language = (typeof languages)[number];
export const languageNames: Record<Language, string> = { ru: 'Русский', kk: 'Қазақша', en: 'English' };

export function isLanguage(value: string | undefined): value is Language {
  return languages.includes(value as Language);
}

/** The first of the browser's preferred languages that the app speaks, for a screen shown before the saved choice can be read. */
export function browserLanguage(): Language {
  const found = navigator.languages.map((tag) => tag.slice(0, 2).toLowerCase()).find((code) => isLanguage(code));
  return isLanguage(found) ? found : 'ru';
}

export const resources = { ru: { translation: ru }, kk: { translation: kk }, en: { translation: en } };

export async function initI18n(language: Language) {
  await i18n.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'ru',
    interpolation: { escapeValue: false }, // React escapes; user text is never HTML.
    returnNull: false,
  });
  addFormatters(i18n);
}

/**
 * The app's number formatting inside translations. `{{n, number}}` goes through the shared
 * formatter (Chromium has no Kazakh number data of its own). `{{from, ablative}}`, `{{to, dative}}`,
 * `{{n, locative}}`: a number (or a number already written by Intl) with the Kazakh case ending its
 * last word takes ("16-дан 2-ге дейін"); in the other languages the number alone, so a template may
 * use them in any language.
 */
export function addFormatters(instance: I18n): void {
  const written = (value: unknown, lng: string | undefined) => (typeof value === 'number' ? formatNumber(value, localeOf(lng ?? 'ru')) : String(value));
  instance.services.formatter?.add('number', (value: unknown, lng: string | undefined) => written(value, lng));
  for (const grammaticalCase of kazakhCases) {
    instance.services.formatter?.add(grammaticalCase, (value: unknown, lng: string | undefined) => (lng === 'kk' ? withKazakhCase(written(value, lng), grammaticalCase) : written(value, lng)));
  }
}

export { i18n };
