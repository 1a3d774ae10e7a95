import type { Borders, Cell, Workbook, Worksheet } from 'exceljs';
import type { Report, ReportCell, ReportSection, TextBlock } from '../../../domain/report/report';
import { xlsxMimeType } from '../../dictionary/dictionaryFiles';

const thin = { style: 'thin' } as const;
const border: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const headerFill = 'FFF1F4F7';
/** Excel's paper size code for A4. */
const a4 = 9;

/**
 * The report as a workbook of one sheet per part. Figures are numbers, so a team can compute with
 * them; every other cell is a string, which Excel never reads as a formula (exceljs writes a
 * formula only when given one), so a name typed as "=…" stays a name. The title and text blocks
 * are left unwrapped to run across the empty cells beside them. exceljs is imported on first use,
 * as for the dictionary, to stay out of the start-up bundle.
 */
export async function reportToXlsx(report: Report): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Reengineering Workbench';
  workbook.title = report.title[0] ?? '';
  for (const section of report.sections) addSheet(workbook, report.title, section);
  return new Blob([await workbook.xlsx.writeBuffer()], { type: xlsxMimeType });
}

/** Excel refuses a sheet name over 31 characters, with any of \ / ? * [ ] :, or starting or ending with an apostrophe. */
export function sheetName(name: string): string {
  return name.replace(/[\\/?*[\]:\s]+/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31).trim();
}

/** The title, a blank row, the caption and stamps, the heading, the intro blocks, the table, the notes. */
function addSheet(workbook: Workbook, title: string[], section: ReportSection): void {
  const sheet = workbook.addWorksheet(sheetName(section.name), {
    pageSetup: { paperSize: a4, orientation: section.landscape ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = section.columns.map((column) => ({ width: column.width }));
  const last = section.columns.length;
  let row = 1;
  const line = (text: string, align: TextBlock['align'], bold = false, size?: number) => {
    const cell = sheet.getCell(row++, align === 'right' ? last : 1);
    cell.value = text;
    if (align === 'right') cell.alignment = { horizontal: 'right' };
    if (bold || size) cell.font = { bold, size };
  };
  const blocks = (list: TextBlock[] = []) => {
    for (const block of list) {
      block.lines.forEach((text, index) => line(text, block.align, block.title === true && index === 0));
      row++;
    }
  };

  title.forEach((text, index) => line(text, 'left', index === 0, index === 0 ? 13 : undefined));
  if (title.length) row++;
  if (section.caption) line(section.caption, 'right');
  blocks(section.above);
  line(section.heading, 'left', true, 12);
  blocks(section.intro);

  if (section.columnGroups) writeRow(sheet, row++, section.columnGroups, true);
  const headerRow = row;
  writeRow(
    sheet,
    row++,
    section.columns.map((column) => ({ text: column.title })),
    true,
  );
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow }];
  sheet.pageSetup.printTitlesRow = `${section.columnGroups ? headerRow - 1 : headerRow}:${headerRow}`;
  for (const cells of section.rows) writeRow(sheet, row++, cells, false);
  row++;
  for (const note of section.notes ?? []) line(note, 'left');
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
    target.value = cell.text;
    target.alignment = { wrapText: true, vertical: header ? 'middle' : 'top', horizontal: cell.fill ? 'center' : undefined };
  }
  const fill = header ? headerFill : cell.fill && `FF${cell.fill}`;
  if (fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  if (header || cell.bold) target.font = { bold: true };
}
