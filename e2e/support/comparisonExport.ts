import type { Page, TestInfo } from '@playwright/test';
import ExcelJS from 'exceljs';

/**
 * Clicks an export button of the comparison page and keeps the file in the test's output folder.
 * When questions are unanswered the page asks first: the file is then written as it is.
 */
export async function downloadComparison(
  page: Page,
  testInfo: TestInfo,
  button: string,
  { toolbar = 'Экспорт сравнения', proceed = 'Выгрузить как есть' }: { toolbar?: string; proceed?: string } = {},
): Promise<{ name: string; path: string }> {
  const started = page.waitForEvent('download');
  await page.getByRole('toolbar', { name: toolbar }).getByRole('button', { name: button }).click();
  const confirm = page.getByRole('dialog').getByRole('button', { name: proceed });
  // No dialog when every question has an answer: the download wins the race and the click is dropped.
  await Promise.race([started, confirm.click().catch(() => undefined)]);
  const file = await started;
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** A cell's text: rich text (a passport line: bold label, plain value) read as one string. */
export function cellText(value: ExcelJS.CellValue): ExcelJS.CellValue {
  return value && typeof value === 'object' && 'richText' in value ? value.richText.map((run) => run.text).join('') : value;
}

export function rows(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const found: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => found.push((row.values as ExcelJS.CellValue[]).slice(1).map(cellText)));
  return found;
}

/** The row whose first cell is `first`. */
export const rowOf = (sheet: ExcelJS.Worksheet, first: ExcelJS.CellValue) => rows(sheet).find((values) => values[0] === first) ?? [];
