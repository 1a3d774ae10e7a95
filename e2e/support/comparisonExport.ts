import type { Page, TestInfo } from '@playwright/test';
import ExcelJS from 'exceljs';

/** Clicks an export button of the comparison page and keeps the file in the test's output folder. */
export async function downloadComparison(page: Page, testInfo: TestInfo, button: string, toolbar = 'Экспорт сравнения'): Promise<{ name: string; path: string }> {
  const started = page.waitForEvent('download');
  await page.getByRole('toolbar', { name: toolbar }).getByRole('button', { name: button }).click();
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

export function rows(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const found: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => found.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return found;
}

/** The row whose first cell is `first`. */
export const rowOf = (sheet: ExcelJS.Worksheet, first: ExcelJS.CellValue) => rows(sheet).find((values) => values[0] === first) ?? [];
