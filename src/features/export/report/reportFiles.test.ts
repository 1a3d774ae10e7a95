import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../domain/report/report';
import { reportToDocx } from './docx';
import { reportToXlsx, sheetName } from './xlsx';

const report: Report = {
  title: ['Сравнение вариантов: Регистрация рождения', 'Предлагаемый вариант: Как будет'],
  sections: [
    {
      id: 'metrics',
      name: 'Показатели',
      heading: 'Показатели вариантов',
      columns: ['Показатель', 'Как есть', 'Как будет', 'Как должно быть', 'Как есть → Как будет'].map((title) => ({ title, width: 14 })),
      rows: [
        [{ text: 'Шаги' }, { text: '8', figure: { value: 8, decimals: 0 } }, { text: '4', figure: { value: 4, decimals: 0 } }, { text: '—' }, { text: 'с 8 до 4 (−50 %)' }],
        [{ text: 'Срок, рабочих дней' }, { text: '2,56', figure: { value: 2.56, decimals: 2 } }, { text: '1,15', figure: { value: 1.15, decimals: 2 } }, { text: '—' }, { text: 'с 2,56 до 1,15' }],
      ],
      landscape: true,
    },
    {
      id: 'questionnaire',
      name: 'Опросный лист: [МВК]',
      caption: 'Приложение 2 к Правилам оптимизации и автоматизации государственных услуг',
      heading: 'Опросный лист государственной услуги',
      columns: ['№', 'Наименование параметра', 'Параметр', 'Обоснование'].map((title) => ({ title, width: 20 })),
      rows: [[{ text: '1', figure: { value: 1, decimals: 0 } }, { text: 'Насколько востребована услуга (статистика)' }, { text: '12 000' }, { text: 'Статистика ЦОН\nза 2024 год' }]],
      landscape: false,
    },
  ],
};

describe('reportToXlsx', () => {
  it('writes a sheet per part that reads back with its headings, and figures as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await reportToXlsx(report)).arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Показатели', 'Опросный лист МВК']);

    const metrics = workbook.worksheets[0]!;
    expect(metrics.getCell('A1').value).toBe('Сравнение вариантов: Регистрация рождения');
    expect(metrics.getCell('A4').value).toBe('Показатели вариантов');
    expect(metrics.getRow(5).values).toEqual([undefined, 'Показатель', 'Как есть', 'Как будет', 'Как должно быть', 'Как есть → Как будет']);
    expect(metrics.getRow(5).getCell(1).font?.bold).toBe(true);
    expect(metrics.getRow(7).values).toEqual([undefined, 'Срок, рабочих дней', 2.56, 1.15, '—', 'с 2,56 до 1,15']);
    expect(metrics.getCell('B7').numFmt).toBe('0.00');
    expect(metrics.getColumn(1).width).toBe(14);
    expect(metrics.pageSetup.orientation).toBe('landscape');

    const questionnaire = workbook.worksheets[1]!;
    expect(questionnaire.getCell('D4').value).toBe('Приложение 2 к Правилам оптимизации и автоматизации государственных услуг');
    expect(questionnaire.getCell('A5').value).toBe('Опросный лист государственной услуги');
    expect(questionnaire.getRow(7).values).toEqual([undefined, 1, 'Насколько востребована услуга (статистика)', '12 000', 'Статистика ЦОН\nза 2024 год']);
    expect(questionnaire.getCell('D7').alignment?.wrapText).toBe(true);
  });

  it('names sheets as Excel allows', () => {
    expect(sheetName("'Сауалнама/парағы?'")).toBe('Сауалнама парағы');
    expect(sheetName('Показатели сравнения вариантов бизнес-процесса')).toBe('Показатели сравнения вариантов');
  });
});

describe('reportToDocx', () => {
  it('writes the parts as headings and tables, the wide one on a landscape page', async () => {
    const zip = await JSZip.loadAsync(await (await reportToDocx(report)).arrayBuffer());
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    for (const text of ['Сравнение вариантов: Регистрация рождения', 'Показатели вариантов', 'Опросный лист государственной услуги', 'Наименование параметра', 'с 8 до 4 (−50 %)', 'за 2024 год']) {
      expect(xml).toContain(text);
    }
    expect(xml.match(/w:orient="landscape"/g)).toHaveLength(1);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:cantSplit/>');
  });
});

/** A form with stamps, a heading row inside the table, spanning year titles, coloured cells and user text that looks like formulas. */
const form: Report = {
  title: [],
  sections: [
    {
      id: 'plan',
      name: 'План мероприятий',
      above: [{ title: true, align: 'right', lines: ['УТВЕРЖДАЮ', 'Вице-министр', '____________ А. Б. Сериков', '20.03.2026'] }],
      heading: 'План мероприятий по реализации целевого варианта',
      intro: [{ title: true, align: 'left', lines: ['СОГЛАСОВАНО', 'Руководитель', '____________ В. Г.', '«___» ____________ 20___ года'] }],
      columnGroups: [{ text: '' }, { text: '2026', span: 2 }],
      columns: ['№', 'Наименование мероприятий', 'Срок'].map((title) => ({ title, width: 20 })),
      rows: [
        [{ text: '1', bold: true }, { text: 'Организационные мероприятия', bold: true, span: 2 }],
        [{ text: '1.1' }, { text: '=1+1' }, { text: '+7 777' }],
        [{ text: '1.2' }, { text: '-SUM(A1:A2)' }, { text: '@cmd', fill: 'D6E6F7' }],
      ],
      notes: ['R — реинжиниринг'],
      landscape: true,
    },
  ],
};

describe('a form with stamps and headings inside the table', () => {
  it('reads back from XLSX with the stamps, the merged heading rows and user text kept as text, never as formulas', async () => {
    const bytes = await (await reportToXlsx(form)).arrayBuffer();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const sheet = workbook.worksheets[0]!;
    const values: unknown[][] = [];
    sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    expect(values).toEqual([
      [undefined, undefined, 'УТВЕРЖДАЮ'],
      [undefined, undefined, 'Вице-министр'],
      [undefined, undefined, '____________ А. Б. Сериков'],
      [undefined, undefined, '20.03.2026'],
      ['План мероприятий по реализации целевого варианта'],
      ['СОГЛАСОВАНО'],
      ['Руководитель'],
      ['____________ В. Г.'],
      ['«___» ____________ 20___ года'],
      ['', '2026', '2026'],
      ['№', 'Наименование мероприятий', 'Срок'],
      ['1', 'Организационные мероприятия', 'Организационные мероприятия'],
      ['1.1', '=1+1', '+7 777'],
      ['1.2', '-SUM(A1:A2)', '@cmd'],
      ['R — реинжиниринг'],
    ]);
    // A blank row after each stamp: the stamp at C1:C4, the heading at A6, the agreement at A7:A10.
    expect(sheet.getCell('C1').alignment?.horizontal).toBe('right');
    expect(sheet.getCell('A6').font?.bold).toBe(true);
    expect(sheet.getCell('C12').master.address).toBe('B12');
    expect(sheet.getCell('C14').master.address).toBe('B14');
    expect(sheet.getCell('A13').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 13 });
    expect(['B15', 'C15', 'B16', 'C16'].map((address) => sheet.getCell(address).type)).toEqual(Array(4).fill(ExcelJS.ValueType.String));
    expect(sheet.getCell('C16').fill).toMatchObject({ fgColor: { argb: 'FFD6E6F7' } });
    expect(sheet.pageSetup.orientation).toBe('landscape');
    const xml = (await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    expect(xml).not.toContain('<f>');
  });

  it('writes the stamps, the heading rows across the table and the coloured cell into DOCX', async () => {
    const zip = await JSZip.loadAsync(await (await reportToDocx(form)).arrayBuffer());
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    for (const text of ['УТВЕРЖДАЮ', 'Вице-министр', 'СОГЛАСОВАНО', 'Организационные мероприятия', '=1+1', 'R — реинжиниринг']) expect(xml).toContain(text);
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
    expect(xml).toContain('w:fill="D6E6F7"');
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(xml).toContain('w:orient="landscape"');
  });
});
