/**
 * Dictionary files: CSV (papaparse) and XLSX (exceljs). The table shape, header titles and the
 * merge into a project live in src/domain/dictionary/dictionaryTable.ts, which documents the
 * conventions: CSV has one header row of machine keys and machine values; XLSX has one header row
 * of titles in the chosen language and kind / data type / access level as titles too. Reading
 * either accepts machine keys or titles in any language, so the readers here only turn bytes into
 * rows keyed by the header text as found in the file; rowsToEntries makes sense of them.
 *
 * exceljs is about 1 MB, so it is imported on first use and stays out of the start-up bundle.
 */
import Papa from 'papaparse';
import type { CellValue, Worksheet } from 'exceljs';
import type { DictionaryEntry } from '../../domain/dictionary/dictionary';
import {
  accessLevelTitles,
  columnForHeader,
  columnTitles,
  dictionaryColumns,
  entriesToRows,
  fieldTypeTitles,
  kindOrder,
  kindTitles,
  localizeRow,
  type DictionaryColumn,
  type TableLanguage,
} from '../../domain/dictionary/dictionaryTable';

export type DictionaryFileErrorCode = 'unreadable' | 'empty' | 'noHeader';

/** Why a file could not be read at all; `code` is for the UI to translate, `message` is a technical detail. */
export class DictionaryFileError extends Error {
  readonly code: DictionaryFileErrorCode;
  constructor(code: DictionaryFileErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'DictionaryFileError';
    this.code = code;
  }
}

export const dictionarySheetNames: Record<TableLanguage, string> = { ru: 'Словарь', kk: 'Сөздік', en: 'Dictionary' };
export const csvMimeType = 'text/csv;charset=utf-8';
export const xlsxMimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const bom = '\uFEFF';
/** How far down a sheet the header row may be (a title line above it is tolerated). */
const headerSearchRows = 10;

/**
 * Excel runs a CSV cell that starts with = + - @ (or a tab or carriage return) as a formula. Such
 * cells are written with a leading apostrophe, and the apostrophe is removed on reading. Cells that
 * already start with apostrophes before such a character get one more, so reading gives back
 * exactly what was written.
 */
const formulaLike = /^'*[=+\-@\t\r]/;
const unescapeFormula = (cell: string): string => (/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/**
 * The dictionary as CSV: UTF-8 with a byte order mark (so Excel shows Cyrillic and Kazakh
 * letters), CRLF line ends, one header row of machine keys. The delimiter is ";" by default, the
 * list separator of Excel in Russian and Kazakh locales, so the file opens in columns there.
 */
export function toCsv(entries: readonly DictionaryEntry[], options: { delimiter?: ',' | ';' } = {}): string {
  const rows = entriesToRows(entries);
  const csv = Papa.unparse(
    { fields: [...dictionaryColumns], data: rows.map((row) => dictionaryColumns.map((column) => row[column])) },
    { delimiter: options.delimiter ?? ';', newline: '\r\n', escapeFormulae: formulaLike },
  );
  return `${bom}${csv}\r\n`;
}

/** The delimiter that makes the most recognisable headers of the first line, if any does. */
function guessDelimiter(text: string): string | undefined {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  let best: { delimiter: string; known: number } | undefined;
  for (const delimiter of [';', ',', '\t']) {
    const known = firstLine.split(delimiter).filter((cell) => columnForHeader(cell.replace(/"/g, '')) !== undefined).length;
    if (known >= 2 && (!best || known > best.known)) best = { delimiter, known };
  }
  return best?.delimiter;
}

/** Rows of a CSV file keyed by its header cells. Accepts ";", "," or tab as delimiter, with or without a byte order mark. */
export function fromCsv(text: string): Record<string, string>[] {
  if (text.includes('\u0000') || text.startsWith('PK\u0003\u0004')) throw new DictionaryFileError('unreadable', 'binary data, not text');
  const clean = text.startsWith(bom) ? text.slice(1) : text;
  // Excel saves a sheet of blank cells as lines of delimiters.
  if (clean.replace(/[\s;,|"]/g, '') === '') throw new DictionaryFileError('empty');
  const result = Papa.parse<string[]>(clean, {
    header: false,
    skipEmptyLines: false,
    delimiter: guessDelimiter(clean) ?? '',
    delimitersToGuess: [';', ',', '\t', '|'],
  });
  const broken = result.errors.find((error) => error.type === 'Quotes');
  if (broken) throw new DictionaryFileError('unreadable', `${broken.message} (row ${broken.row ?? '?'})`);
  return recordsToRows(result.data.map((record) => record.map(unescapeFormula)));
}

const isBlank = (record: readonly string[]) => record.every((cell) => cell.trim() === '');

/** A header has at least the kind and name columns. */
function isHeader(record: readonly string[]): boolean {
  const columns = new Set(record.map((cell) => columnForHeader(cell)));
  return columns.has('kind') && columns.has('name');
}

/**
 * Records (the header among the first non-blank ones) to rows keyed by header text. Blank records
 * inside the data stay as blank rows, so row numbers match the file; blank records at the end go.
 * Columns without a header are dropped; of two columns with one header, the first counts.
 */
function recordsToRows(records: readonly (readonly string[])[]): Record<string, string>[] {
  const first = records.findIndex((record) => !isBlank(record));
  if (first < 0) throw new DictionaryFileError('empty');
  const headerIndex = records.findIndex((record, index) => index >= first && index < first + headerSearchRows && isHeader(record));
  if (headerIndex < 0) throw new DictionaryFileError('noHeader');
  const header = (records[headerIndex] ?? []).map((cell) => cell.trim());
  let last = records.length - 1;
  while (last > headerIndex && isBlank(records[last] ?? [])) last--;
  return records.slice(headerIndex + 1, last + 1).map((record) => {
    const row: Record<string, string> = {};
    header.forEach((title, column) => {
      if (title !== '' && !Object.hasOwn(row, title)) row[title] = record[column] ?? '';
    });
    return row;
  });
}

type ExcelJsModule = typeof import('exceljs');
let excelJs: Promise<ExcelJsModule> | undefined;
function loadExcelJs(): Promise<ExcelJsModule> {
  excelJs ??= import('exceljs').then((module) => module.default);
  return excelJs;
}

/** Characters XML 1.0 cannot hold; exceljs would write a file Excel refuses to open. */
function xmlSafe(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) out += char;
  }
  return out;
}

const wrappedColumns: ReadonlySet<DictionaryColumn> = new Set(['description', 'legalBasis', 'fields']);

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Drop-down lists for the columns with a fixed set of values, in the file's language. */
function addValueLists(sheet: Worksheet, language: TableLanguage, lastRow: number): void {
  const lists: [DictionaryColumn, string[]][] = [
    ['kind', kindOrder.map((kind) => kindTitles[kind][language])],
    ['dataType', Object.values(fieldTypeTitles).map((titles) => titles[language])],
    ['accessLevel', Object.values(accessLevelTitles).map((titles) => titles[language])],
  ];
  // Worksheet.dataValidations.add(range, …) exists in exceljs 4 but is missing from its typings.
  const validations = (sheet as unknown as { dataValidations: { add(range: string, validation: object): void } }).dataValidations;
  for (const [column, values] of lists) {
    const letter = columnLetter(dictionaryColumns.indexOf(column));
    validations.add(`${letter}2:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${values.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
    });
  }
}

/**
 * The dictionary as an XLSX workbook with one sheet named after the dictionary in `language`:
 * a bold, frozen header row of titles in that language with an autofilter, sized columns,
 * wrapped long texts, and drop-down lists for kind, data type and access level.
 */
export async function toXlsx(entries: readonly DictionaryEntry[], language: TableLanguage): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const rows = entriesToRows(entries).map((row) => localizeRow(row, language));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Reengineering Workbench';
  const sheet = workbook.addWorksheet(dictionarySheetNames[language], { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = dictionaryColumns.map((column) => {
    const longest = Math.max(
      columnTitles[column][language].length,
      ...rows.map((row) => Math.max(...row[column].split('\n').map((line) => line.length))),
    );
    return { header: columnTitles[column][language], key: column, width: Math.min(60, Math.max(10, longest + 2)) };
  });
  for (const row of rows) sheet.addRow(dictionaryColumns.map((column) => xmlSafe(row[column])));
  sheet.getRow(1).font = { bold: true };
  dictionaryColumns.forEach((column, index) => {
    if (wrappedColumns.has(column)) sheet.getColumn(index + 1).alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.getRow(1).alignment = { vertical: 'middle' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: dictionaryColumns.length } };
  addValueLists(sheet, language, Math.max(1000, rows.length + 1000));
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/** The text a person sees in a cell, for any kind of cell value. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as CellValue);
  return ''; // an error value such as #N/A
}

function sheetRecords(sheet: Worksheet): string[][] {
  const width = sheet.columnCount;
  const records: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const record: string[] = [];
    for (let c = 1; c <= width; c++) record.push(cellText(row.getCell(c).value));
    records.push(record);
  }
  return records;
}

/**
 * Rows of an XLSX file keyed by its header cells: from the first sheet that has a header row with
 * at least kind and name (machine keys or titles in any language).
 */
export async function fromXlsx(bytes: Uint8Array | ArrayBuffer): Promise<Record<string, string>[]> {
  const data = new Uint8Array(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  if (data.byteLength === 0) throw new DictionaryFileError('empty');
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data.buffer);
  } catch (error) {
    throw new DictionaryFileError('unreadable', error instanceof Error ? error.message : String(error));
  }
  let sawContent = false;
  for (const sheet of workbook.worksheets) {
    const records = sheetRecords(sheet);
    if (records.every(isBlank)) continue;
    sawContent = true;
    try {
      return recordsToRows(records);
    } catch (error) {
      if (!(error instanceof DictionaryFileError)) throw error;
    }
  }
  throw new DictionaryFileError(sawContent ? 'noHeader' : 'empty');
}
