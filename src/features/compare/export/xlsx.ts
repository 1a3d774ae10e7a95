import type { Borders, Cell, Workbook } from 'exceljs';
import type { Report, ReportCell, ReportSection } from '../../../domain/compare/report';
import { xlsxMimeType } from '../../dictionary/dictionaryFiles';

const thin = { style: 'thin' } as const;
const border: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
/** Excel's paper size code for A4. */
const a4 = 9;

/**
 * The report as a workbook of one sheet per part. Figures are numbers, so a team can compute with
 * them; the title and caption are left unwrapped to run across the empty cells beside them.
 * exceljs is imported on first use, as for the dictionary, to stay out of the start-up bundle.
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

function addSheet(workbook: Workbook, title: string[], section: ReportSection): void {
  // The title, a blank row, the caption if any, the heading, then the table.
  const headerRow = title.length + (section.caption ? 4 : 3);
  const sheet = workbook.addWorksheet(sheetName(section.name), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
    pageSetup: { paperSize: a4, orientation: section.landscape ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  sheet.columns = section.columns.map((column) => ({ width: column.width }));
  const last = section.columns.length;

  title.forEach((line, index) => (sheet.getCell(index + 1, 1).value = line));
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  if (section.caption) {
    const caption = sheet.getCell(title.length + 2, last);
    caption.value = section.caption;
    caption.alignment = { horizontal: 'right' };
  }
  const heading = sheet.getCell(headerRow - 1, 1);
  heading.value = section.heading;
  heading.font = { bold: true, size: 12 };

  const header = sheet.getRow(headerRow);
  header.values = section.columns.map((column) => column.title);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F4F7' } };
    cell.border = border;
  });
  section.rows.forEach((cells, index) => {
    const row = sheet.getRow(headerRow + 1 + index);
    cells.forEach((cell, column) => writeCell(row.getCell(column + 1), cell));
  });
}

function writeCell(target: Cell, cell: ReportCell): void {
  target.border = border;
  if (cell.figure) {
    target.value = cell.figure.value;
    target.numFmt = cell.figure.decimals ? `0.${'0'.repeat(cell.figure.decimals)}` : '0';
    target.alignment = { horizontal: 'right', vertical: 'top' };
  } else {
    target.value = cell.text;
    target.alignment = { wrapText: true, vertical: 'top' };
  }
}
