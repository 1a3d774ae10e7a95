import i18n from 'i18next';
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

export function initI18n(language: Language) {
  return i18n.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'ru',
    interpolation: { escapeValue: false }, // React escapes; user text is never HTML.
    returnNull: false,
  });
}

export { i18n };
