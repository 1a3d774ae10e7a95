import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Report, ReportSection } from '../../../domain/report/report';
import { columnTwips, reportToDocx } from './docx';
import { footnoteMark, reportToXlsx, sheetName } from './xlsx';

/** A 1×1 white PNG. */
const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const passport = [
  { label: 'Государственный орган', value: 'Министерство юстиции Республики Казахстан' },
  { label: 'Государственная услуга', value: 'Регистрация рождения ребенка (код в Реестре государственных услуг: 703001)' },
];
const section = (fields: Partial<ReportSection> & Pick<ReportSection, 'id' | 'name' | 'heading' | 'blocks'>): ReportSection => ({ passport, landscape: false, ...fields });

const report: Report = {
  properties: { title: 'Материалы к МВК: Регистрация рождения', subject: 'Оптимизация услуги', author: 'Иванов И. И.', language: 'ru-KZ', keywords: '703001' },
  sections: [
    section({
      id: 'appendix1',
      name: 'Приложение 1',
      caption: ['Форма приложения 1 к Правилам оптимизации и автоматизации государственных услуг', '(приказ от 18 февраля 2015 года № 133)'],
      heading: 'Действующий бизнес-процесс оказания услуг',
      blocks: [
        { kind: 'image', image: { png, width: 800, height: 400 }, caption: 'Как есть', missing: 'нет схемы' },
        { kind: 'heading', text: 'Истребуемые документы' },
        { kind: 'list', items: ['Удостоверение личности', 'Свидетельство о браке'], empty: 'не истребуются' },
        { kind: 'table', table: { columns: ['Предложение', 'Ответ'], rows: [[{ text: 'Одноразовый пароль', footnote: 1 }, { text: '' }]] } },
        { kind: 'image', image: null, caption: 'Как будет', missing: 'Схемы этого варианта нет' },
        { kind: 'signatures', lines: [{ role: 'Руководитель государственного органа', name: 'Министерство юстиции' }], date: '«___»\u00a0________\u00a020___\u00a0года' },
      ],
      footnotes: ['В форме приложения 1 — «Одноразовый пропуск».'],
      notes: ['Правила 2015 года утратили силу.'],
    }),
    section({
      id: 'questionnaire',
      name: 'Опросный лист: [МВК]',
      heading: 'Опросный лист государственной услуги',
      blocks: [
        {
          kind: 'table',
          table: {
            columns: ['№', 'Наименование параметра', 'Параметр', 'Обоснование'],
            rows: [
              [{ text: '1', figure: { value: 1, decimals: 0 } }, { text: 'Насколько востребована услуга (статистика)' }, { text: '12 000' }, { text: 'Статистика ЦОН\nза 2024 год' }],
              [{ text: '14', figure: { value: 14, decimals: 0 } }, { text: 'Имеется ли у информационной системы интеграция' }, { text: 'Да' }, { text: '' }],
            ],
          },
        },
      ],
    }),
    section({
      id: 'metrics',
      name: 'Показатели',
      heading: 'Справочно: показатели вариантов',
      landscape: true,
      blocks: [{ kind: 'table', table: { columns: ['Показатель', 'Как есть', 'Как будет'], rows: [[{ text: 'Шаги' }, { text: '8', figure: { value: 8, decimals: 0 } }, { text: '4', figure: { value: 4, decimals: 0 } }]] } }],
    }),
  ],
};

const cellText = (value: ExcelJS.CellValue) => (value && typeof value === 'object' && 'richText' in value ? value.richText.map((run) => run.text).join('') : value);
const allTexts = (sheet: ExcelJS.Worksheet) => {
  const found: unknown[] = [];
  sheet.eachRow((row) => (row.values as ExcelJS.CellValue[]).slice(1).forEach((value) => found.push(cellText(value))));
  return found;
};

describe('reportToXlsx', () => {
  it('writes a sheet per part, forms first, with whose form it is, the lists, the diagram and the footnotes', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await reportToXlsx(report)).arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Приложение 1', 'Опросный лист МВК', 'Показатели']);
    // exceljs reads the language back but does not declare it.
    expect([workbook.creator, workbook.title, (workbook as unknown as { language: string }).language]).toEqual(['Иванов И. И.', 'Материалы к МВК: Регистрация рождения', 'ru-KZ']);

    const [appendix, questionnaire, metrics] = workbook.worksheets;
    expect(allTexts(appendix!)).toEqual(
      expect.arrayContaining([
        'Форма приложения 1 к Правилам оптимизации и автоматизации государственных услуг',
        'Государственный орган: Министерство юстиции Республики Казахстан',
        'Государственная услуга: Регистрация рождения ребенка (код в Реестре государственных услуг: 703001)',
        '1. Удостоверение личности',
        '2. Свидетельство о браке',
        'Одноразовый пароль¹',
        '¹ В форме приложения 1 — «Одноразовый пропуск».',
        'Схемы этого варианта нет',
        'Руководитель государственного органа',
        'Правила 2015 года утратили силу.',
      ]),
    );
    expect(appendix!.getImages()).toHaveLength(1);
    expect(workbook.model.media).toHaveLength(1);

    const rowOf = (sheet: ExcelJS.Worksheet, first: unknown) => {
      let found: unknown[] = [];
      sheet.eachRow((row) => row.getCell(1).value === first && (found = (row.values as unknown[]).slice(1)));
      return found;
    };
    expect(rowOf(questionnaire!, 1)).toEqual([1, 'Насколько востребована услуга (статистика)', '12 000', 'Статистика ЦОН\nза 2024 год']);
    // Two-digit numbers and the longest word of each column fit.
    expect(questionnaire!.getColumn(1).width).toBeGreaterThanOrEqual(4);
    expect(rowOf(metrics!, 'Шаги')).toEqual(['Шаги', 8, 4]);
    expect(metrics!.pageSetup.orientation).toBe('landscape');
  });

  it('names sheets as Excel allows and marks footnotes with superscript digits', () => {
    expect(sheetName("'Сауалнама/парағы?'")).toBe('Сауалнама парағы');
    expect(sheetName('Показатели сравнения вариантов бизнес-процесса')).toBe('Показатели сравнения вариантов');
    expect([footnoteMark(1), footnoteMark(12)]).toEqual(['¹', '¹²']);
  });
});

describe('reportToDocx', () => {
  it('writes the forms first, portrait, the annex landscape, with the diagram, real footnotes and the file’s properties', async () => {
    const zip = await JSZip.loadAsync(await (await reportToDocx(report)).arrayBuffer());
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const order = ['Действующий бизнес-процесс оказания услуг', 'Опросный лист государственной услуги', 'Справочно: показатели вариантов'].map((text) => xml.indexOf(text));
    expect(order.every((position, index) => position > 0 && (index === 0 || position > order[index - 1]!))).toBe(true);
    for (const text of ['Министерство юстиции Республики Казахстан', '703001', '1. Удостоверение личности', 'за 2024 год', 'Схемы этого варианта нет', 'Руководитель государственного органа']) expect(xml).toContain(text);
    expect(xml.match(/w:orient="landscape"/g)).toHaveLength(1);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:footnoteReference w:id="1"/>');
    expect(await zip.file('word/footnotes.xml')?.async('string')).toContain('Одноразовый пропуск');
    expect(Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    for (const text of ['<dc:creator>Иванов И. И.</dc:creator>', '<dc:title>Материалы к МВК: Регистрация рождения</dc:title>', '<dc:language>ru-KZ</dc:language>']) expect(core).toContain(text);
    expect(await zip.file('word/styles.xml')?.async('string')).toContain('w:lang w:val="ru-KZ"');
  });

  it('makes no column narrower than its longest word: the № column holds two digits', () => {
    const [number, name] = columnTwips([['№', '1', '14'], ['Наименование параметра', 'Возможно ли перевести услугу из бумажного формата в исключительно электронный формат']], 9355);
    // Two characters of 11-point Times and the cell's padding: the old fixed 300 twips did not fit them.
    expect(number).toBeGreaterThan(400);
    expect(number! + name!).toBeLessThanOrEqual(9355);
  });
});

/** A form with stamps, a heading row inside the table, spanning year titles, coloured cells and user text that looks like formulas. */
const form: Report = {
  properties: { title: 'План мероприятий', subject: 'Выдача справки', author: 'Департамент', language: 'kk-KZ', keywords: '' },
  sections: [
    {
      id: 'plan',
      name: 'План мероприятий',
      above: [{ kind: 'text', title: true, align: 'right', lines: ['УТВЕРЖДАЮ', 'Вице-министр', '____________ А. Б. Сериков', '20.03.2026'] }],
      heading: 'План мероприятий по реализации целевого варианта',
      blocks: [
        { kind: 'text', title: true, align: 'left', lines: ['СОГЛАСОВАНО', 'Руководитель', '____________ В. Г.', '«___» ____________ 20___ года'] },
        {
          kind: 'table',
          table: {
            columnGroups: [{ text: '' }, { text: '2026', span: 2 }],
            columns: ['№', 'Наименование мероприятий', 'Срок'],
            rows: [
              [{ text: '1', bold: true }, { text: 'Организационные мероприятия', bold: true, span: 2 }],
              [{ text: '1.1' }, { text: '=1+1' }, { text: '+7 777' }],
              [{ text: '1.2' }, { text: '-SUM(A1:A2)' }, { text: '@cmd', fill: 'D6E6F7' }],
            ],
          },
        },
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
    // A blank row after each stamp and the heading: the stamp at C1:C4, the heading at A6, the agreement at A8:A11, the table's header rows at 13 and 14.
    expect(sheet.getCell('C1').alignment?.horizontal).toBe('right');
    expect(sheet.getCell('A6').font?.bold).toBe(true);
    expect(sheet.getCell('A8').font?.bold).toBe(true);
    expect(sheet.getCell('C13').master.address).toBe('B13');
    expect(sheet.getCell('C15').master.address).toBe('B15');
    expect(sheet.getCell('A14').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 14 });
    expect(sheet.pageSetup.printTitlesRow).toBe('13:14');
    expect(['B16', 'C16', 'B17', 'C17'].map((address) => sheet.getCell(address).type)).toEqual(Array(4).fill(ExcelJS.ValueType.String));
    expect(sheet.getCell('C17').fill).toMatchObject({ fgColor: { argb: 'FFD6E6F7' } });
    expect(sheet.pageSetup.orientation).toBe('landscape');
    // The spanning heading row does not widen the column it starts in.
    expect(sheet.getColumn(2).width).toBeLessThan('Организационные мероприятия'.length + 2);
    expect((workbook as unknown as { language: string }).language).toBe('kk-KZ');
    const xml = (await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    expect(xml).not.toContain('<f>');
  });

  it('writes the stamps, the heading rows across the table and the coloured cell into DOCX, with the file’s properties', async () => {
    const zip = await JSZip.loadAsync(await (await reportToDocx(form)).arrayBuffer());
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    for (const text of ['УТВЕРЖДАЮ', 'Вице-министр', 'СОГЛАСОВАНО', 'Организационные мероприятия', '=1+1', 'R — реинжиниринг']) expect(xml).toContain(text);
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
    expect(xml).toContain('w:fill="D6E6F7"');
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(xml).toContain('w:orient="landscape"');
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    for (const text of ['<dc:creator>Департамент</dc:creator>', '<dc:title>План мероприятий</dc:title>', '<dc:language>kk-KZ</dc:language>']) expect(core).toContain(text);
  });
});
