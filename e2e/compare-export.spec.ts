import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { downloadComparison as download, readWorkbook, rowOf, rows } from './support/comparisonExport';
import { Workbench } from './support/workbench';

async function openBirthSampleComparison(app: Workbench, project?: { serviceCode: string; consumers: string }): Promise<void> {
  await app.open();
  await app.page.locator('.sample-card').filter({ hasText: 'рождени' }).getByRole('button', { name: 'Открыть пример' }).click();
  await expect(app.page.locator('.project-header h1')).toContainText('рождени');
  if (project) {
    await app.open();
    await app.page.getByTestId('project-row').first().getByRole('button', { name: 'Изменить' }).click();
    await app.page.getByRole('dialog').getByLabel('Код услуги по реестру государственных услуг').fill(project.serviceCode);
    await app.page.getByRole('dialog').getByLabel('Потребители услуги').fill(project.consumers);
    await app.page.getByRole('dialog').getByRole('button', { name: 'Сохранить' }).click();
    await app.page.getByTestId('project-row').first().getByRole('link').click();
  }
  await app.selectVariantTab('Сравнение');
  await expect(app.page.getByTestId('metrics-table')).toBeVisible();
}

const allValues = (sheet: ExcelJS.Worksheet) => rows(sheet).flat();
const owner = 'Министерство юстиции Республики Казахстан';
const documentsBefore = ['1. Медицинское свидетельство о рождении', '2. Удостоверение личности', '3. Свидетельство о браке'];

test('the forms export as XLSX and DOCX saying whose they are, with both document lists, the diagrams and the file properties', async ({ page }, testInfo) => {
  const app = new Workbench(page);
  await openBirthSampleComparison(app, { serviceCode: '703001', consumers: 'Физические лица: родители новорожденного' });
  await page.getByLabel('Исполнитель (в файлах и в блоке подписей)').fill('Иванова А. Б.');
  await page.getByLabel('Исполнитель (в файлах и в блоке подписей)').press('Enter');
  const shownSteps = (await page.locator('[data-metric="steps"] td').allInnerTexts()).slice(0, 3).map(Number);
  const termReduction = await page.getByLabel('Параметр 4', { exact: true }).inputValue();
  const justification = page.getByLabel('Обоснование 1', { exact: true });
  await justification.fill('Около 400 тысяч в год');
  await justification.press('Enter');
  // Enter hands the text to the page's state; the box shows it again once the state has it.
  await expect(justification).toHaveValue('Около 400 тысяч в год');

  // Questions are left unanswered: the page names them before writing.
  await page.getByRole('toolbar', { name: 'Экспорт сравнения' }).getByRole('button', { name: 'Экспорт XLSX' }).click();
  await expect(page.getByRole('dialog')).toContainText('Без ответа вопросы опросного листа № 1, 2, 3, 8, 9, 10, 12 (всего 7)');
  await page.getByRole('dialog').getByRole('button', { name: 'Отмена' }).click();

  const xlsx = await download(page, testInfo, 'Экспорт XLSX');
  expect(xlsx.name).toBe('Регистрация рождения ребенка - Сравнение вариантов.xlsx');
  const workbook = await readWorkbook(xlsx.path);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Приложение 1', 'Приложение 2', 'Показатели (справочно)', 'Клиентский путь']);
  expect([workbook.creator, workbook.title, (workbook as unknown as { language: string }).language]).toEqual(['Иванова А. Б.', 'Материалы к Межведомственной комиссии: бизнес-процесс «Регистрация рождения ребенка»', 'ru-RU']);
  const [appendix1, questionnaire, metrics, journeys] = workbook.worksheets;
  for (const sheet of workbook.worksheets) {
    expect(allValues(sheet!)).toEqual(expect.arrayContaining([`Государственный орган: ${owner}`, expect.stringMatching(/^Государственная услуга: Регистрация рождения ребенка.*\(код в Реестре государственных услуг: 703001\)$/)]));
    expect(allValues(sheet!)).not.toContain('— не выбрано —');
  }

  // The sample's journey maps: the parent's four visits are gone in the to-be, as the page says.
  expect(allValues(journeys!)).toContain('Карта пути клиента: итоги по вариантам');
  expect(rowOf(journeys!, 'Персона: Родитель, регистрирующий рождение ребёнка').slice(1, 3)).toEqual(['Регистрация рождения: путь родителя (как есть)', 'Регистрация рождения: путь родителя (как будет)']);
  expect(rowOf(journeys!, 'Личные визиты').slice(1, 5)).toEqual([4, 0, '—', 'с 4 до 0']);
  await expect(page.getByTestId('journey-comparison').locator('tr[data-total="inPersonVisits"] td').nth(3)).toHaveText('с 4 до 0');

  expect(allValues(appendix1!)).toEqual(
    expect.arrayContaining([
      'Форма приложения 1 к Правилам оптимизации и автоматизации государственных услуг',
      'Действующий бизнес-процесс оказания услуг',
      'Истребуемые документы',
      ...documentsBefore,
      'Потребители услуги',
      'Физические лица: родители новорожденного',
      'Предложения:',
      'Истребуемые документы:',
      '1. Заявление о регистрации рождения ребенка',
      'Руководитель государственного органа',
      'Иванова А. Б.',
    ]),
  );
  expect(appendix1!.getImages()).toHaveLength(2);
  expect(rowOf(appendix1!, 'Сокращение шагов')[1]).toBe(`да (с ${shownSteps[0]} до ${shownSteps[1]})`);
  expect(rowOf(appendix1!, 'Проактивное оказание³')[1]).toBe('');
  expect(rowOf(questionnaire!, '№')).toEqual(['№', 'Наименование параметра', 'Параметр', 'Обоснование']);
  expect(rowOf(questionnaire!, 1)).toEqual([1, 'Насколько востребована услуга (статистика)', '', 'Около 400 тысяч в год']);
  expect(rowOf(questionnaire!, 4).slice(1, 3)).toEqual(['Насколько может быть сокращен срок оказания услуги', termReduction]);
  expect(rowOf(metrics!, 'Шаги').slice(1, 4)).toEqual(shownSteps);

  const docx = await download(page, testInfo, 'Экспорт DOCX');
  expect(docx.name).toBe('Регистрация рождения ребенка - Сравнение вариантов.docx');
  const zip = await JSZip.loadAsync(await readFile(docx.path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  for (const text of [owner, '703001', ...documentsBefore, '1. Заявление о регистрации рождения ребенка', 'Физические лица: родители новорожденного', 'Иванова А. Б.', 'Форма приложения 2 к Правилам оптимизации и автоматизации государственных услуг']) expect(xml).toContain(text);
  expect(xml).not.toContain('— не выбрано —');
  expect(xml.indexOf('Действующий бизнес-процесс оказания услуг')).toBeLessThan(xml.indexOf('Справочно: показатели вариантов'));
  expect(Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(2);
  const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  expect(core).toContain('<dc:creator>Иванова А. Б.</dc:creator>');
  expect(core).toContain('<dc:language>ru-RU</dc:language>');
});

test('printing the comparison prints the forms and the annexes as plain text, without the app around them', async ({ page }) => {
  const app = new Workbench(page);
  await openBirthSampleComparison(app);

  // What the browser does on Print: the event, then the page laid out for print.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.report-print');
  await expect(printed.locator('h2')).toHaveText([
    'Действующий бизнес-процесс оказания услуг',
    'Опросный лист государственной услуги, подлежащий рассмотрению на Межведомственной комиссии по вопросам оказания государственных услуг',
    'Справочно: показатели вариантов',
    'Карта пути клиента: итоги по вариантам',
  ]);
  await expect(printed.locator('section').nth(1).locator('table').first().locator('tbody tr')).toHaveCount(14);
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

  const xlsx = await download(page, testInfo, 'XLSX экспорты', { toolbar: 'Салыстыруды экспорттау', proceed: 'Сол күйінде түсіру' });
  const workbook = await readWorkbook(xlsx.path);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['1-қосымша', '2-қосымша', 'Көрсеткіштер (анықтама)', 'Клиент жолы']);
  const [appendix1, questionnaire, , journeys] = workbook.worksheets;
  expect(rowOf(journeys!, 'Жеке келулер').slice(1, 3)).toEqual([4, 0]);
  expect(allValues(appendix1!)).toContain('Мемлекеттік көрсетілетін қызметтерді оңтайландыру және автоматтандыру қағидаларына 1-қосымшаның нысаны');
  expect(allValues(questionnaire!)).toContain('Мемлекеттік көрсетілетін қызметтерді оңтайландыру және автоматтандыру қағидаларына 2-қосымшаның нысаны');
  // The parameters are named in Kazakh too, not left in Russian.
  expect(rowOf(questionnaire!, 1)[1]).not.toBe('Насколько востребована услуга (статистика)');
  expect(String(rowOf(questionnaire!, 1)[1])).toMatch(/[әғқңөұүһі]/);
  expect(String(rowOf(questionnaire!, 11)[2])).toBe('Иә: 16-дан 2-ге дейін');
});
