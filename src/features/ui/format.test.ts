import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { addFormatters, resources } from '../../app/i18n';
import { makeFormatter } from './format';

async function formatterIn(language: string) {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, interpolation: { escapeValue: false } });
  addFormatters(instance);
  return { format: makeFormatter(instance.t, language), t: instance.t };
}

const minutes = (m: number) => m / 480;

describe('the app’s formatter', () => {
  it('agrees a term’s unit with its number in Russian, on its own and after «с»/«до»', async () => {
    const { format } = await formatterIn('ru');
    const plain = (days: number) => format.duration(days);
    expect([1, 2, 5, 21, 22, 25, 111].map((d) => plain(d))).toEqual([
      '1 рабочий день', '2 рабочих дня', '5 рабочих дней', '21 рабочий день', '22 рабочих дня', '25 рабочих дней', '111 рабочих дней',
    ]);
    expect(plain(22.79)).toBe('22,79 рабочего дня');
    expect(plain(minutes(1))).toBe('1 минута');
    expect(plain(minutes(13))).toBe('13 минут');
    expect(plain(minutes(2 * 60 + 30))).toBe('2,5 часа');
    expect(plain(minutes(3 * 60))).toBe('3 часа');
    expect(format.duration(0.99, { role: 'from' })).toBe('7,9 часа');
    expect(format.duration(1, { role: 'from' })).toBe('1 рабочего дня');
    expect(format.duration(3, { role: 'from' })).toBe('3 рабочих дней');
    expect(format.duration(0.5 + 8, { role: 'to' })).toBe('8,5 рабочего дня');
    expect(format.duration(minutes(21), { role: 'to' })).toBe('21 минуты');
    expect(format.duration(minutes(12.2), { role: 'to', whole: true })).toBe('13 минут');
  });

  it('puts the case on the unit in Kazakh and writes the decimal comma', async () => {
    const { format } = await formatterIn('kk');
    expect(format.duration(22.79)).toBe('22,79 жұмыс күні');
    expect(`${format.duration(3, { role: 'from' })} ${format.duration(minutes(13), { role: 'to' })} дейін`).toBe('3 жұмыс күнінен 13 минутқа дейін');
    expect(format.duration(minutes(150), { role: 'from' })).toBe('2,5 сағаттан');
  });

  it('gives numbers their Kazakh case ending through the ablative and dative formatters, and leaves Russian numbers bare', async () => {
    const kk = await formatterIn('kk');
    expect(kk.t('compare.questionnaire.value.manualFieldsReduced.yes', { from: 16, to: 2 })).toBe('Иә: 16-дан 2-ге дейін');
    const ru = await formatterIn('ru');
    expect(ru.t('compare.questionnaire.value.manualFieldsReduced.yes', { from: 16, to: 2 })).toBe('Да: с 16 до 2');
  });

  it('writes dates as dd.MM.yyyy in Russian and Kazakh', async () => {
    const day = new Date(2025, 2, 5, 14, 7);
    expect((await formatterIn('ru')).format.date(day)).toBe('05.03.2025');
    expect((await formatterIn('kk')).format.date(day)).toBe('05.03.2025');
    expect((await formatterIn('kk')).format.number(12345.678)).toBe('12\u00a0345,68');
  });
});
