import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { fitDuration } from '../../domain/compare/fitDuration';
import { formatDate, formatDateTime, formatNumber, formatSignedPercent, localeOf } from '../../domain/format/numbers';

/** How a term sits in a sentence: on its own, or after "from"/"to" (Russian genitive; Kazakh ablative and dative). */
export type DurationRole = 'plain' | 'from' | 'to';

/** Numbers, dates and terms in the interface's language: the app's one formatter (see src/domain/format). */
export interface Formatter {
  locale: string;
  number(value: number, maximumFractionDigits?: number): string;
  percent(percent: number): string;
  date(time: number | Date): string;
  dateTime(time: number | Date, seconds?: boolean): string;
  /** Working days as minutes, hours or working days, with the unit's word agreeing with the number. */
  duration(workingDays: number, options?: { role?: DurationRole; whole?: boolean }): string;
}

export function makeFormatter(t: TFunction, language: string): Formatter {
  const locale = localeOf(language, typeof navigator === 'undefined' ? [] : navigator.languages);
  const number = (value: number, maximumFractionDigits = 2) => formatNumber(value, locale, maximumFractionDigits);
  return {
    locale,
    number,
    percent: (percent) => formatSignedPercent(percent, locale),
    date: (time) => formatDate(time, locale),
    dateTime: (time, seconds) => formatDateTime(time, locale, seconds),
    duration(workingDays, { role = 'plain', whole = false } = {}) {
      const { value, unit } = fitDuration(workingDays, whole);
      return t(`duration.${role}.${unit}`, { count: value, value: number(value) });
    },
  };
}

export function useFormat(): Formatter {
  const { t, i18n } = useTranslation();
  return makeFormatter(t, i18n.language);
}
