import { describe, expect, it, vi } from 'vitest';
import { digitsLocale, formatDate, formatDateTime, formatNumber, formatSignedPercent, localeOf } from './numbers';

const day = new Date(2025, 2, 5, 14, 7, 9);

describe('numbers and dates in the interface language', () => {
  it('write Russian and Kazakh with a decimal comma, grouped digits and dd.MM.yyyy', () => {
    for (const locale of [localeOf('ru'), localeOf('kk')]) {
      expect(formatNumber(12345.678, locale)).toBe('12\u00a0345,68');
      expect(formatDate(day, locale)).toBe('05.03.2025');
      expect(formatDateTime(day, locale)).toBe('05.03.2025 14:07');
      expect(formatDateTime(day, locale, true)).toBe('05.03.2025 14:07:09');
    }
    expect(formatSignedPercent(-26.74, 'ru-RU')).toBe('-26,7\u00a0%');
    expect(formatSignedPercent(-26.74, 'kk-KZ')).toBe('-26,7%');
  });

  it('borrow Russian digits for Kazakh where the runtime has no Kazakh data (Chromium), and only there', () => {
    expect(digitsLocale('kk-KZ', false)).toBe('ru-RU');
    expect(digitsLocale('kk-KZ', true)).toBe('kk-KZ');
    expect(digitsLocale('en-GB', false)).toBe('en-GB');
  });

  it('follow the browser’s English', () => {
    expect(localeOf('en', ['de-DE', 'en-GB'])).toBe('en-GB');
    expect(localeOf('en', [])).toBe('en');
    expect(formatDate(day, 'en-GB')).toBe('05/03/2025');
    expect(formatDate(day, 'en-US')).toBe('03/05/2025');
    expect(formatNumber(12345.678, 'en-US')).toBe('12,345.68');
  });

  it('keep a formatter for each locale and precision, made once and reused', () => {
    // Interleaved, so that a formatter reused for other options or another locale would show.
    expect([formatNumber(2.34567, 'ru-RU', 0), formatNumber(2.34567, 'en-US', 3), formatNumber(2.34567, 'ru-RU', 3), formatNumber(2.34567, 'ru-RU', 0)]).toEqual(['2', '2.346', '2,346', '2']);
    expect([formatDateTime(day, 'en-GB'), formatDateTime(day, 'en-GB', true), formatDateTime(day, 'en-US')]).toEqual(['05/03/2025, 14:07', '05/03/2025, 14:07:09', '03/05/2025, 02:07 PM']);

    const made = vi.spyOn(Intl, 'NumberFormat');
    for (let i = 0; i < 50; i++) formatNumber(i / 7, 'kk-KZ', 2);
    expect(made.mock.calls.length).toBeLessThanOrEqual(1);
    made.mockRestore();
  });
});
