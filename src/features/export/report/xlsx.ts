import type { Borders, Cell, Font, Workbook, Worksheet } from 'exceljs';
import { tableWidths } from '../../../domain/report/columnWidths';
import { tablesOf, type Report, type ReportBlock, type ReportCell, type ReportImage, type ReportSection, type ReportTable } from '../../../domain/report/report';
import { xlsxMimeType } from '../../dictionary/dictionaryFiles';
import { signatureBlank } from './signatureBlank';

const thin = { style: 'thin' } as const;
const border: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const headerFill = 'FFF1F4F7';
/** Excel's paper size code for A4. */
const a4 = 9;
/** Excel's default row height in pixels, for the rows an image covers. */
const rowPixels = 20;
/** The width of a column no table sizes. */
const plainWidth = 12;
const superscript = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * The report as a workbook of one sheet per part. Figures are numbers, so a team can compute with
 * them; every other cell is a string, which Excel never reads as a formula (exceljs writes a
 * formula only when given one), so a name typed as "=…" stays a name. Texts that run long
 * (captions, headings, stamps, notes) are left unwrapped to run across the empty cells beside
 * them. exceljs is imported on first use, as for the dictionary, to stay out of the start-up bundle.
 */
export async function reportToXlsx(report: Report): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const { properties } = report;
  Object.assign(workbook, { creator: properties.author, lastModifiedBy: properties.author, title: properties.title, subject: properties.subject, keywords: properties.keywords, language: properties.language });
  for (const section of report.sections) addSheet(workbook, section);
  return new Blob([await workbook.xlsx.writeBuffer()], { type: xlsxMimeType });
}

/** Excel refuses a sheet name over 31 characters, with any of \ / ? * [ ] :, or starting or ending with an apostrophe. */
export function sheetName(name: string): string {
  return name.replace(/[\\/?*[\]:\s]+/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31).trim();
}

/** "¹", "¹²": a footnote's number as a mark after the text. */
export function footnoteMark(n: number): string {
  return [...String(n)].map((digit) => superscript[Number(digit)]).join('');
}

interface Sheet {
  workbook: Workbook;
  sheet: Worksheet;
  /** The rightmost column a table uses: where right-aligned text is set. */
  last: number;
  /** Whether the first table's header rows are set yet: they repeat on printed pages. */
  headed: boolean;
}

/** The caption and stamps, the heading, whose form it is, the blocks, the footnotes and the notes. */
function addSheet(workbook: Workbook, section: ReportSection): void {
  const sheet = workbook.addWorksheet(sheetName(section.name), {
    pageSetup: { paperSize: a4, orientation: section.landscape ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths = columnWidths(section);
  sheet.columns = widths.map((width) => ({ width }));
  const at: Sheet = { workbook, sheet, last: widths.length, headed: false };
  let row = 1;
  const put = (text: string, font: Partial<Font> = {}, right = false) => {
    const cell = sheet.getCell(row++, right ? at.last : 1);
    cell.value = text;
    if (Object.keys(font).length) cell.font = font;
    if (right) cell.alignment = { horizontal: 'right' };
  };
  (section.caption ?? []).forEach((text) => put(text, {}, true));
  if (section.caption?.length) row++;
  for (const block of section.above ?? []) row = writeBlock(at, block, row);
  put(section.heading, { bold: true, size: 12 });
  row++;
  // One cell a line, running across the empty cells beside it: the first column stays as narrow as its table needs.
  for (const field of section.passport ?? []) sheet.getCell(row++, 1).value = { richText: [{ font: { bold: true }, text: `${field.label}: ` }, { text: field.value }] };
  if (section.passport?.length) row++;
  // A diagram above a table: frozen rows would fill the screen.
  let imageAbove = false;
  for (const block of section.blocks) {
    if (block.kind === 'image') imageAbove = true;
    if (block.kind === 'table' && !at.headed && !imageAbove) sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: row + (block.table.columnGroups ? 1 : 0) }];
    row = writeBlock(at, block, row);
  }
  (section.footnotes ?? []).forEach((text, index) => put(`${footnoteMark(index + 1)} ${text}`, { size: 9 }));
  if (section.notes?.length) row++;
  (section.notes ?? []).forEach((text) => put(text, { italic: true, size: 9 }));
}

/** Writes a block from `row` on and returns the first row after it. */
function writeBlock(at: Sheet, block: ReportBlock, row: number): number {
  const { sheet } = at;
  const put = (line: number, column: number, text: string, font?: Partial<Font>) => {
    const cell = sheet.getCell(line, column);
    cell.value = text;
    if (font) cell.font = font;
    return cell;
  };
  switch (block.kind) {
    case 'text':
      block.lines.forEach((text, index) => {
        const cell = put(row + index, block.align === 'right' ? at.last : 1, text, block.title && index === 0 ? { bold: true } : undefined);
        if (block.align === 'right') cell.alignment = { horizontal: 'right' };
      });
      return row + block.lines.length + 1;
    case 'heading':
      put(row, 1, block.text, { bold: true });
      return row + 1;
    case 'list':
      if (!block.items.length) put(row, 1, block.empty, { italic: true });
      block.items.forEach((item, index) => put(row + index, 1, `${index + 1}. ${item}`));
      return row + Math.max(1, block.items.length) + 1;
    case 'image':
      if (!block.image) {
        put(row, 1, block.missing, { italic: true });
        return row + 2;
      }
      return placeImage(at, block.image, row);
    case 'signatures':
      block.lines.forEach((signer, index) => {
        put(row + 1 + index, 1, signer.role, { bold: true });
        put(row + 1 + index, 2, signer.name);
        put(row + 1 + index, 3, signatureBlank);
        put(row + 1 + index, 4, block.date);
      });
      return row + block.lines.length + 2;
    case 'table':
      return writeTable(at, block.table, row);
  }
}

/** The column groups and titles as header rows (repeated on printed pages for the first table), then the rows. */
function writeTable(at: Sheet, table: ReportTable, row: number): number {
  const headers = [...(table.columnGroups ? [table.columnGroups] : []), table.columns.map((text) => ({ text }))];
  if (!at.headed) at.sheet.pageSetup.printTitlesRow = `${row}:${row + headers.length - 1}`;
  at.headed = true;
  for (const cells of headers) writeRow(at.sheet, row++, cells, true);
  for (const cells of table.rows) writeRow(at.sheet, row++, cells, false);
  return row + 1;
}

function writeRow(sheet: Worksheet, rowNumber: number, cells: ReportCell[], header: boolean): void {
  let column = 1;
  for (const cell of cells) {
    const span = cell.span ?? 1;
    if (span > 1) sheet.mergeCells(rowNumber, column, rowNumber, column + span - 1);
    writeCell(sheet.getCell(rowNumber, column), cell, header);
    for (let covered = column + 1; covered < column + span; covered++) sheet.getCell(rowNumber, covered).border = border;
    column += span;
  }
}

function writeCell(target: Cell, cell: ReportCell, header: boolean): void {
  target.border = border;
  if (cell.figure) {
    target.value = cell.figure.value;
    target.numFmt = cell.figure.decimals ? `0.${'0'.repeat(cell.figure.decimals)}` : '0';
    target.alignment = { horizontal: 'right', vertical: 'top' };
  } else {
    target.value = cell.footnote === undefined ? cell.text : `${cell.text}${footnoteMark(cell.footnote)}`;
    target.alignment = { wrapText: true, vertical: header ? 'middle' : 'top', horizontal: cell.fill ? 'center' : undefined };
  }
  const fill = header ? headerFill : cell.fill && `FF${cell.fill}`;
  if (fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  if (header || cell.bold) target.font = { bold: true };
}

function placeImage({ workbook, sheet }: Sheet, image: ReportImage, row: number): number {
  const scale = Math.min(1, 900 / image.width, 600 / image.height);
  const size = { width: Math.round(image.width * scale), height: Math.round(image.height * scale) };
  const id = workbook.addImage({ base64: base64Png(image.png), extension: 'png' });
  sheet.addImage(id, { tl: { col: 0, row: row - 1 }, ext: size });
  return row + Math.ceil(size.height / rowPixels) + 1;
}

function base64Png(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return `data:image/png;base64,${btoa(binary)}`;
}

/**
 * Each column a table uses as wide as the widest table needs it, from its content (at most 60
 * characters: longer text wraps), and no narrower than a plain column unless the table is dense
 * (quarters); at least two columns.
 */
function columnWidths(section: ReportSection): number[] {
  const widths: number[] = [];
  for (const table of tablesOf(section)) {
    tableWidths(table).natural.forEach((width, column) => (widths[column] = Math.max(widths[column] ?? (table.dense ? 0 : plainWidth), width + 2)));
  }
  while (widths.length < 2) widths.push(plainWidth);
  return widths;
}
