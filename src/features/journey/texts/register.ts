import i18next, { type i18n } from 'i18next';
import { journeyPageEn } from './en';
import { journeyPageKk } from './kk';
import { journeyPageRu } from './ru';

/** The journey screens' own texts: they load with the screens, not with the app (src/app/i18n holds the rest of `journey`). */
export const journeyPageTexts = { ru: journeyPageRu, kk: journeyPageKk, en: journeyPageEn };

/** Adds the screens' texts under `journey`, merged into the texts the app has there. */
export function registerJourneyTexts(instance: i18n = i18next): void {
  for (const [language, texts] of Object.entries(journeyPageTexts)) instance.addResourceBundle(language, 'translation', { journey: texts }, true, false);
}
