import type { Borders, Cell, Workbook, Worksheet } from 'exceljs';
import { naturalWidths } from '../../../domain/compare/columnWidths';
import { tablesOf, type Report, type ReportBlock, type ReportCell, type ReportImage, type ReportSection } from '../../../domain/compare/report';
import { xlsxMimeType } from '../../dictionary/dictionaryFiles';
import { signatureBlank } from './signatureBlanks';

const thin = { style: 'thin' } as const;
const border: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
/** Excel's paper size code for A4. */
const a4 = 9;
/** Excel's default row height in pixels, for the rows an image covers. */
const rowPixels = 20;
const superscript = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * The report as a workbook of one sheet per part, forms first. Counts are numbers, so a team can
 * compute with them; texts that run long (captions, headings, notes) are left unwrapped to run
 * across the empty cells beside them. exceljs is imported on first use, as for the dictionary,
 * to stay out of the start-up bundle.
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

function addSheet(workbook: Workbook, section: ReportSection): void {
  const sheet = workbook.addWorksheet(sheetName(section.name), {
    pageSetup: { paperSize: a4, orientation: section.landscape ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const tables = tablesOf(section);
  const columnCount = Math.max(2, ...tables.map((table) => table.columns.length));
  sheet.columns = columnWidths(section, columnCount).map((width) => ({ width }));
  let row = 1;
  const put = (text: string, options: { column?: number; bold?: boolean; italic?: boolean; size?: number; right?: boolean } = {}) => {
    const cell = sheet.getCell(row, options.column ?? 1);
    cell.value = text;
    cell.font = { bold: options.bold, italic: options.italic, size: options.size };
    if (options.right) cell.alignment = { horizontal: 'right' };
    return cell;
  };
  section.caption.forEach((text) => (put(text, { column: columnCount, right: true }), row++));
  row++;
  put(section.heading, { bold: true, size: 12 });
  row += 2;
  // One cell a line, running across the empty cells beside it: the first column stays as narrow as its table needs.
  for (const field of section.passport) {
    sheet.getCell(row, 1).value = { richText: [{ font: { bold: true }, text: `${field.label}: ` }, { text: field.value }] };
    row++;
  }
  row++;
  for (const block of section.blocks) row = writeBlock(workbook, sheet, block, row);
  section.footnotes.forEach((text, index) => (put(`${footnoteMark(index + 1)} ${text}`, { size: 9 }), row++));
  row++;
  section.notes.forEach((text) => (put(text, { italic: true, size: 9 }), row++));
}

/** Writes a block from `row` on and returns the first row after it. */
function writeBlock(workbook: Workbook, sheet: Worksheet, block: ReportBlock, row: number): number {
  const put = (at: number, column: number, text: string, bold = false) => {
    const cell = sheet.getCell(at, column);
    cell.value = text;
    if (bold) cell.font = { bold: true };
    return cell;
  };
  switch (block.kind) {
    case 'heading':
      put(row, 1, block.text, true);
      return row + 1;
    case 'paragraph':
      put(row, 1, block.text);
      return row + 2;
    case 'list':
      if (!block.items.length) put(row, 1, block.empty).font = { italic: true };
      block.items.forEach((item, index) => put(row + index, 1, `${index + 1}. ${item}`));
      return row + Math.max(1, block.items.length) + 1;
    case 'image':
      if (!block.image) {
        put(row, 1, block.missing).font = { italic: true };
        return row + 2;
      }
      return placeImage(workbook, sheet, block.image, row);
    case 'signatures':
      block.lines.forEach((signer, index) => {
        put(row + 1 + index, 1, signer.role, true);
        put(row + 1 + index, 2, signer.name);
        put(row + 1 + index, 3, signatureBlank);
        put(row + 1 + index, 4, block.date);
      });
      return row + block.lines.length + 2;
    case 'table': {
      const header = sheet.getRow(row);
      header.values = block.table.columns;
      header.font = { bold: true };
      header.eachCell((cell) => {
        cell.alignment = { wrapText: true, vertical: 'middle' };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F4F7' } };
        cell.border = border;
      });
      sheet.pageSetup.printTitlesRow = `${row}:${row}`;
      block.table.rows.forEach((cells, index) => cells.forEach((cell, column) => writeCell(sheet.getCell(row + 1 + index, column + 1), cell)));
      return row + block.table.rows.length + 2;
    }
  }
}

function placeImage(workbook: Workbook, sheet: Worksheet, image: ReportImage, row: number): number {
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

/** Each column as wide as the widest table needs it, from its content (at most 60 characters: longer text wraps). */
function columnWidths(section: ReportSection, count: number): number[] {
  const widths = Array.from({ length: count }, () => 12);
  for (const table of tablesOf(section)) {
    const { natural } = naturalWidths(table.columns.map((title, column) => ({ texts: [title, ...table.rows.map((cells) => cells[column]?.text ?? '')] })));
    natural.forEach((width, column) => (widths[column] = Math.max(widths[column]!, width + 2)));
  }
  return widths;
}

function writeCell(target: Cell, cell: ReportCell): void {
  target.border = border;
  if (cell.figure) {
    target.value = cell.figure.value;
    target.numFmt = cell.figure.decimals ? `0.${'0'.repeat(cell.figure.decimals)}` : '0';
    target.alignment = { horizontal: 'right', vertical: 'top' };
  } else {
    target.value = cell.footnote === undefined ? cell.text : `${cell.text}${footnoteMark(cell.footnote)}`;
    target.alignment = { wrapText: true, vertical: 'top' };
  }
}
