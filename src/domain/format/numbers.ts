/**
 * Numbers and dates as people read them in the interface's language, through Intl only (never
 * toFixed): Russian and Kazakh write a decimal comma and dd.MM.yyyy; English follows the browser.
 * The one formatter of the app: features bind it to the UI language (src/features/ui/format.ts).
 */
export type Locale = string;

/** The Intl locale of an interface language: English takes the browser's own locale, which may be en-GB or en-US. */
export function localeOf(language: string, browserLocales: readonly string[] = []): Locale {
  if (language === 'ru') return 'ru-RU';
  if (language === 'kk') return 'kk-KZ';
  return browserLocales.find((tag) => tag.toLowerCase().startsWith('en')) ?? 'en';
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

/** A change in percent with its sign ("−40 %", "+12,5 %"). */
export function formatSignedPercent(percent: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(percent / 100);
}

/** 05.03.2025 in Russian and Kazakh; the browser's short date in English. */
export function formatDate(time: number | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(time);
}

export function formatDateTime(time: number | Date, locale: Locale, seconds = false): string {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: seconds ? '2-digit' : undefined }).format(time);
}
