import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { DictionaryEntry } from '../../domain/dictionary/dictionary';
import { columnTitles, dictionaryColumns, rowsToEntries } from '../../domain/dictionary/dictionaryTable';
import { factory, portableSet, sampleDictionary } from '../../domain/dictionary/dictionaryFixtures';
import { DictionaryFileError, fromCsv, fromXlsx, toCsv, toXlsx } from './dictionaryFiles';

function importInto(rows: Record<string, string>[]) {
  const result = rowsToEntries(rows, [], factory());
  expect(result.errors).toEqual([]);
  return result.upserts;
}

async function codeOf(promise: Promise<unknown> | (() => unknown)): Promise<string | undefined> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    expect(error).toBeInstanceOf(DictionaryFileError);
    return (error as DictionaryFileError).code;
  }
  return undefined;
}

const kazakh = 'Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І ә ғ қ ң ө ұ ү һ і';

describe('CSV', () => {
  it('writes UTF-8 with a byte order mark, machine headers, ";" and CRLF', () => {
    const csv = toCsv(sampleDictionary);
    expect(csv.startsWith('\uFEFFkind;name;description;dataType;holderSystem;')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe('system;ГБД ФЛ;Государственная база данных «Физические лица»;;;;;;Министерство юстиции Республики Казахстан;АО «Национальные информационные технологии»;;;');
    expect(csv).toContain('"Как в удостоверении; ""в кавычках"", с запятой, точкой с запятой;\nи второй строкой"');
    expect(csv).toContain(`"'=СУММ(A1:A2) — не формула"`);
    expect(toCsv(sampleDictionary, { delimiter: ',' }).split('\r\n')[0]).toBe(`\uFEFF${dictionaryColumns.join(',')}`);
  });

  it('round-trips with Cyrillic and Kazakh letters, quotes, delimiters, newlines and formula-like text', () => {
    const extra: DictionaryEntry = {
      id: 'r9',
      projectId: 'p-source',
      kind: 'role',
      name: `Маман, "${kazakh}"`,
      description: "'=уже с апострофом\r\n+7 701 000 00 00; @ссылка",
      unit: '-',
      side: '',
      createdAt: 1,
      updatedAt: 1,
    };
    const dictionary = [...sampleDictionary, extra];
    for (const delimiter of [';', ','] as const) {
      const upserts = importInto(fromCsv(toCsv(dictionary, { delimiter })));
      // Line ends inside a value come back as \n.
      const expected = portableSet([...sampleDictionary, { ...extra, description: extra.description.replace('\r\n', '\n') }]);
      expect(portableSet(upserts)).toEqual(expected);
    }
  });

  it('reads a CSV re-saved from Excel with Russian headers, no BOM and a comma', () => {
    const header = dictionaryColumns.map((c) => columnTitles[c].ru).join(',');
    const csv = [
      header,
      'Информационная система,ГБД ФЛ,,,,,,,МЮ РК,,',
      'Поле,ИИН,"12 цифр, без пробелов",ИИН,ГБД ФЛ,МЮ РК,Конфиденциальный,,,,',
      'Документ,Удостоверение личности,,,,,,,,,ИИН',
      '',
      '',
    ].join('\n');
    const upserts = importInto(fromCsv(csv));
    expect(upserts.map((e) => e.name)).toEqual(['ГБД ФЛ', 'ИИН', 'Удостоверение личности']);
    expect(upserts[1]).toMatchObject({ dataType: 'iin', accessLevel: 'confidential', description: '12 цифр, без пробелов', holderSystemId: upserts[0]?.id });
  });

  it('keeps data row numbers when rows are blank, and tolerates a title line above the header', () => {
    const rows = fromCsv('Словарь проекта;;\nkind;name;unit\nrole;Оператор;Отдел\n;;\nрөл;;\n');
    expect(rows).toEqual([
      { kind: 'role', name: 'Оператор', unit: 'Отдел' },
      { kind: '', name: '', unit: '' },
      { kind: 'рөл', name: '', unit: '' },
    ]);
    expect(rowsToEntries(rows, [], factory()).errors).toEqual([{ row: 3, column: 'name', code: 'missingName', value: '' }]);
  });

  it('reports files it cannot use', async () => {
    expect(await codeOf(() => fromCsv(''))).toBe('empty');
    expect(await codeOf(() => fromCsv('\uFEFF \r\n ;;\r\n'))).toBe('empty');
    expect(await codeOf(() => fromCsv('Фамилия;Имя\nИванов;Иван\n'))).toBe('noHeader');
    expect(await codeOf(() => fromCsv('kind;name\nrole;"Оператор\n'))).toBe('unreadable');
    expect(await codeOf(() => fromCsv('PK\u0003\u0004\u0000\u0000garbage'))).toBe('unreadable');
    expect(fromCsv(toCsv([]))).toEqual([]);
  });
});

describe('XLSX', () => {
  it('round-trips in every language with Cyrillic and Kazakh letters, quotes, delimiters and newlines', async () => {
    for (const language of ['ru', 'kk', 'en'] as const) {
      const bytes = await toXlsx(sampleDictionary, language);
      expect(bytes).toBeInstanceOf(Uint8Array);
      const rows = await fromXlsx(bytes);
      expect(Object.keys(rows[0] ?? {})).toEqual(dictionaryColumns.map((c) => columnTitles[c][language]));
      expect(portableSet(importInto(rows))).toEqual(portableSet(sampleDictionary));
      // An ArrayBuffer is read too.
      const copy = bytes.slice().buffer;
      expect(await fromXlsx(copy)).toEqual(rows);
    }
  });

  it('writes one named sheet with a bold frozen header, autofilter, widths and value lists', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await toXlsx(sampleDictionary, 'kk')).buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Сөздік']);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getRow(1).getCell(1).value).toBe('Түрі');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(10);
    expect(sheet.getRow(2).getCell(1).value).toBe('Ақпараттық жүйе');
    expect(sheet.getCell('A2').dataValidation).toMatchObject({ type: 'list' });
    expect(sheet.rowCount).toBe(sampleDictionary.length + 1);
  });

  it('reads a sheet someone made in Excel: Russian headers, rich text, numbers, formulas, an empty first sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Пусто');
    const sheet = workbook.addWorksheet('Лист1');
    sheet.addRow(['Справочник данных']);
    sheet.addRow(['ВИД', 'название', 'Тип данных', 'Уровень доступа', 'Описание', 'Примечание']);
    sheet.addRow(['Поле', { richText: [{ text: 'Номер ' }, { text: 'телефона', font: { bold: true } }] }, 'Число', 'Ограниченного доступа', 7701, 'x']);
    sheet.addRow(['Роль', { formula: '"Опер"&"атор"', result: 'Оператор' }]);
    const rows = await fromXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(rows).toEqual([
      { 'ВИД': 'Поле', 'название': 'Номер телефона', 'Тип данных': 'Число', 'Уровень доступа': 'Ограниченного доступа', 'Описание': '7701', 'Примечание': 'x' },
      { 'ВИД': 'Роль', 'название': 'Оператор', 'Тип данных': '', 'Уровень доступа': '', 'Описание': '', 'Примечание': '' },
    ]);
    expect(importInto(rows)).toMatchObject([
      { kind: 'role', name: 'Оператор' },
      { kind: 'field', name: 'Номер телефона', dataType: 'number', accessLevel: 'restricted', description: '7701' },
    ]);
  });

  it('reports files it cannot use', async () => {
    const garbage = new Uint8Array(256).map((_, i) => (i * 73 + 11) % 256);
    expect(await codeOf(fromXlsx(garbage))).toBe('unreadable');
    expect(await codeOf(fromXlsx(new TextEncoder().encode('kind;name\nrole;Оператор\n')))).toBe('unreadable');
    expect(await codeOf(fromXlsx(new Uint8Array()))).toBe('empty');
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet('Лист1');
    expect(await codeOf(fromXlsx(new Uint8Array(await blank.xlsx.writeBuffer())))).toBe('empty');
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Лист1').addRow(['Фамилия', 'Имя']);
    expect(await codeOf(fromXlsx(new Uint8Array(await other.xlsx.writeBuffer())))).toBe('noHeader');
    expect(await fromXlsx(await toXlsx([], 'ru'))).toEqual([]);
  });
});
