import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type ExcelJS from 'exceljs';
import { downloadComparison as download, readWorkbook, rowOf, rows } from './support/comparisonExport';
import { Workbench } from './support/workbench';

async function openBirthSampleComparison(app: Workbench): Promise<void> {
  await app.open();
  await app.page.locator('.sample-card').filter({ hasText: 'рождени' }).getByRole('button', { name: 'Открыть пример' }).click();
  await expect(app.page.locator('.project-header h1')).toContainText('рождени');
  await app.selectVariantTab('Сравнение');
  await expect(app.page.getByTestId('metrics-table')).toBeVisible();
}

const allValues = (sheet: ExcelJS.Worksheet) => rows(sheet).flat();

/** A figure as the page shows it ("2,56"), as a number. */
const figure = (text: string) => Number(text.replace(/\s/g, '').replace(',', '.'));

test('the comparison exports as XLSX with the page’s figures and the official forms, and as DOCX', async ({ page }, testInfo) => {
  const app = new Workbench(page);
  await openBirthSampleComparison(app);
  const shown = async (metric: string) => (await page.locator(`[data-metric="${metric}"] td`).allInnerTexts()).slice(0, 3).map(figure);
  const steps = await shown('steps');
  const term = await shown('termDays');
  const termReduction = await page.getByLabel('Параметр 4', { exact: true }).inputValue();
  const justification = page.getByLabel('Обоснование 1', { exact: true });
  await justification.fill('Около 400 тысяч в год');
  await justification.press('Enter');
  // Enter hands the text to the page's state; the box shows it again once the state has it.
  await expect(justification).toHaveValue('Около 400 тысяч в год');

  const xlsx = await download(page, testInfo, 'Экспорт XLSX');
  expect(xlsx.name).toBe('Регистрация рождения ребенка - Сравнение вариантов.xlsx');
  const workbook = await readWorkbook(xlsx.path);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Показатели', 'Клиентский путь', 'Предложения', 'Опросный лист']);

  const [metrics, journeys, proposals, questionnaire] = workbook.worksheets;
  expect(rowOf(metrics!, 'Показатель').slice(0, 4)).toEqual(['Показатель', 'Как есть', 'Как будет', 'Как должно быть']);
  expect(rowOf(metrics!, 'Шаги').slice(1, 4)).toEqual(steps);
  expect(rowOf(metrics!, 'Срок, рабочих дней').slice(1, 4)).toEqual(term);

  // The sample's journey maps: the parent's four visits are gone in the to-be, as the page says.
  expect(allValues(journeys!)).toContain('Карта пути клиента: итоги по вариантам');
  expect(rowOf(journeys!, 'Персона: Родитель, регистрирующий рождение ребёнка').slice(1, 3)).toEqual(['Регистрация рождения: путь родителя (как есть)', 'Регистрация рождения: путь родителя (как будет)']);
  expect(rowOf(journeys!, 'Личные визиты').slice(1, 5)).toEqual([4, 0, '—', 'с 4 до 0']);
  await expect(page.getByTestId('journey-comparison').locator('tr[data-total="inPersonVisits"] td').nth(3)).toHaveText('с 4 до 0');

  expect(allValues(proposals!)).toEqual(expect.arrayContaining(['Приложение 1 к Правилам оптимизации и автоматизации государственных услуг', 'Предложения']));
  expect(rowOf(proposals!, 'Сокращение шагов')[1]).toBe(`да (с ${steps[0]} до ${steps[1]})`);

  expect(allValues(questionnaire!)).toEqual(
    expect.arrayContaining([
      'Приложение 2 к Правилам оптимизации и автоматизации государственных услуг',
      'Опросный лист государственной услуги, подлежащий рассмотрению на Межведомственной комиссии по вопросам оказания государственных услуг',
    ]),
  );
  expect(rowOf(questionnaire!, '№')).toEqual(['№', 'Наименование параметра', 'Параметр', 'Обоснование']);
  expect(rowOf(questionnaire!, 1)).toEqual([1, 'Насколько востребована услуга (статистика)', '', 'Около 400 тысяч в год']);
  expect(rowOf(questionnaire!, 4).slice(1, 3)).toEqual(['Насколько может быть сокращен срок оказания услуги', termReduction]);
  expect(rowOf(questionnaire!, 14)[1]).toBe('Имеется ли у информационной системы интеграция с другими информационными системами (с какими)');

  const docx = await download(page, testInfo, 'Экспорт DOCX');
  expect(docx.name).toBe('Регистрация рождения ребенка - Сравнение вариантов.docx');
  expect((await readFile(docx.path)).byteLength).toBeGreaterThan(0);
});

test('printing the comparison prints its parts as plain text tables, without the app around them', async ({ page }) => {
  const app = new Workbench(page);
  await openBirthSampleComparison(app);

  // What the browser does on Print: the event, then the page laid out for print.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.report-print');
  await expect(printed.getByRole('heading')).toHaveText([
    'Сравнение вариантов: Регистрация рождения ребенка',
    'Показатели вариантов',
    'Карта пути клиента: итоги по вариантам',
    'Предложения',
    'Опросный лист государственной услуги, подлежащий рассмотрению на Межведомственной комиссии по вопросам оказания государственных услуг',
  ]);
  await expect(printed.locator('table').nth(3).locator('tbody tr')).toHaveCount(14);
  await expect(page.locator('#root')).toBeHidden();

  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await expect(printed).toHaveCount(0);
  await expect(page.getByTestId('metrics-table')).toBeVisible();
});

test('with the interface in Kazakh, the exported forms have Kazakh headings', async ({ page }, testInfo) => {
  const app = new Workbench(page);
  await openBirthSampleComparison(app);
  await page.getByLabel('Язык интерфейса').selectOption('kk');
  await expect(page.getByRole('tab', { name: 'Салыстыру' })).toBeVisible();

  const xlsx = await download(page, testInfo, 'XLSX экспорты', 'Салыстыруды экспорттау');
  const workbook = await readWorkbook(xlsx.path);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Көрсеткіштер', 'Клиент жолы', 'Ұсыныстар', 'Сауалнама парағы']);
  const [, journeys, proposals, questionnaire] = workbook.worksheets;
  expect(rowOf(journeys!, 'Жеке келулер').slice(1, 3)).toEqual([4, 0]);
  expect(allValues(proposals!)).toContain('Мемлекеттік көрсетілетін қызметтерді оңтайландыру және автоматтандыру қағидаларына 1-қосымша');
  expect(allValues(questionnaire!)).toContain('Мемлекеттік көрсетілетін қызметтерді оңтайландыру және автоматтандыру қағидаларына 2-қосымша');
  // The parameters are named in Kazakh too, not left in Russian.
  expect(rowOf(questionnaire!, 1)[1]).not.toBe('Насколько востребована услуга (статистика)');
  expect(String(rowOf(questionnaire!, 1)[1])).toMatch(/[әғқңөұүһі]/);
});
