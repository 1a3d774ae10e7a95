import { describe, expect, it } from 'vitest';
import { columnTexts, fitWidths, naturalWidths } from './columnWidths';

describe('column widths from the content', () => {
  it('never makes a column narrower than its longest word, so two-digit numbers fit the № column', () => {
    const { least, natural } = naturalWidths([{ texts: ['№', '1', '14'] }, { texts: ['Наименование параметра', 'Возможно ли перевести услугу из бумажного формата в исключительно электронный формат'] }]);
    expect(least).toEqual([3, 14]); // «исключительно» and a space
    expect(natural).toEqual([3, 60]);
    const widths = fitWidths(least, natural, 40);
    expect(widths[0]).toBeGreaterThanOrEqual(3);
    expect(widths[0]! + widths[1]!).toBeCloseTo(40, 10);
  });

  it('scales natural widths up when they fit, and least widths down when nothing else can', () => {
    expect(fitWidths([3, 5], [6, 10], 32)).toEqual([12, 20]);
    expect(fitWidths([10, 30], [20, 40], 20)).toEqual([5, 15]);
    // Room beyond the least widths goes to the column that lacks more.
    expect(fitWidths([4, 4], [10, 28], 28)).toEqual([8, 20]);
  });
});

describe('words held by no-break spaces', () => {
  it('count as one word: a date blank stays on one line', () => {
    expect(naturalWidths([{ texts: ['«___»\u00a0____________\u00a020___\u00a0года'] }]).least).toEqual([30]);
  });
});

describe('the texts that size a column', () => {
  it('leave out cells spanning columns: a year over its quarters and a heading row across the plan size none of them', () => {
    const texts = columnTexts({
      columnGroups: [{ text: '' }, { text: '2026', span: 2 }],
      columns: ['№', 'Мероприятие', 'Срок'],
      rows: [
        [{ text: '1' }, { text: 'Организационные мероприятия, длинный заголовок части', span: 2 }],
        [{ text: '1.1' }, { text: 'Внести изменения' }, { text: '20.03.2026' }],
      ],
    });
    expect(texts).toEqual([
      ['№', '', '1', '1.1'],
      ['Мероприятие', 'Внести изменения'],
      ['Срок', '20.03.2026'],
    ]);
  });
});
