/**
 * Numbers and dates as people read them in the interface's language, through Intl only (never
 * toFixed): Russian and Kazakh write a decimal comma, a no-break space between digit groups and
 * dd.MM.yyyy; English follows the browser. The one formatter of the app: features bind it to the
 * UI language (src/features/ui/format.ts).
 *
 * Chromium ships its ICU without Kazakh data and writes "12,345.67" and "2025-03-05" for kk.
 * Kazakh writes numbers as Russian does (only the percent sign follows the number without a
 * space), so where the runtime lacks Kazakh data its numbers are written with Russian's.
 */
export type Locale = string;

/** The Intl locale of an interface language: English takes the browser's own locale, which may be en-GB or en-US. */
export function localeOf(language: string, browserLocales: readonly string[] = []): Locale {
  if (language === 'ru') return 'ru-RU';
  if (language === 'kk') return 'kk-KZ';
  return browserLocales.find((tag) => tag.toLowerCase().startsWith('en')) ?? 'en';
}

const runtimeHasKazakh = new Intl.NumberFormat('kk-KZ').format(1.5) === '1,5';

/** The locale whose digits Intl should use: Russian's for Kazakh when the runtime has no Kazakh data. */
export function digitsLocale(locale: Locale, hasKazakh = runtimeHasKazakh): Locale {
  return locale.startsWith('kk') && !hasKazakh ? 'ru-RU' : locale;
}

const writesDayMonthYear = (locale: Locale) => locale.startsWith('ru') || locale.startsWith('kk');

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** Made once per locale and options: making an Intl formatter takes tens of microseconds, and a table formats hundreds of figures. */
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions) =>
  cached(`number ${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

const dateTimeFormat = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  cached(`date ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return numberFormat(digitsLocale(locale), { maximumFractionDigits }).format(value);
}

/** A change in percent with its sign ("−40 %" in Russian, "−40%" in Kazakh, "+12.5%" in English). */
export function formatSignedPercent(percent: number, locale: Locale): string {
  const text = numberFormat(digitsLocale(locale), { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(percent / 100);
  return locale.startsWith('kk') ? text.replace(/\s%/u, '%') : text;
}

/** 05.03.2025 in Russian and Kazakh; the browser's short date in English. */
export function formatDate(time: number | Date, locale: Locale): string {
  if (!writesDayMonthYear(locale)) return dateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(time);
  const part = dateParts(time, { day: '2-digit', month: '2-digit', year: 'numeric' });
  return `${part('day')}.${part('month')}.${part('year')}`;
}

/** 05.03.2025 14:07 (with seconds if asked) in Russian and Kazakh; the browser's short date and time in English. */
export function formatDateTime(time: number | Date, locale: Locale, seconds = false): string {
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', second: seconds ? '2-digit' : undefined, hourCycle: 'h23' };
  if (!writesDayMonthYear(locale)) return dateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', ...options, hourCycle: undefined }).format(time);
  const part = dateParts(time, options);
  return `${formatDate(time, locale)} ${part('hour')}:${part('minute')}${seconds ? `:${part('second')}` : ''}`;
}

/** Numeric date and time fields, which every locale writes with the same digits. */
function dateParts(time: number | Date, options: Intl.DateTimeFormatOptions): (type: Intl.DateTimeFormatPartTypes) => string {
  const parts = dateTimeFormat('en-GB', options).formatToParts(time);
  return (type) => parts.find((part) => part.type === type)?.value ?? '';
}
