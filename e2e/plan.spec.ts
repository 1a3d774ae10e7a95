import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { downloadComparison as download, readWorkbook, rowOf, rows } from './support/comparisonExport';
import { Workbench } from './support/workbench';

const planToolbar = 'Экспорт плана мероприятий';
const roadmapToolbar = 'Экспорт дорожной карты';

/** The rows of the plan table as "number action", in the order shown. */
async function planRows(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: 'Мероприятия плана' });
  return table.locator('tr.plan-row').evaluateAll((rows) =>
    rows.map((row) => `${row.querySelector('.plan-row__number')?.textContent?.replace('⠿', '').trim()} ${(row.querySelector('textarea') as HTMLTextAreaElement).value}`),
  );
}

const proposal = (page: Page, key: string): Locator => page.locator(`[data-proposal="${key}"]`);

test('the action plan: proposals accepted, a row by hand, reordered, undone and redone, approved through its status with its deadline, kept over a reload, the roadmap filled, both exported', async ({ page }, testInfo) => {
  // 30 March 2026: the plan approved on 20 March must be published by 1 April (Nauryz 21–25 March), two working days away.
  await page.clock.setFixedTime(new Date('2026-03-30T10:00:00'));
  const app = new Workbench(page);
  await app.open();
  await app.openSample('судимост');
  await app.selectVariantTab('План мероприятий');
  await expect(page.getByText('В плане пока нет мероприятий.')).toBeVisible();

  // Three proposals of the comparison, each with what it came from.
  const gbd = proposal(page, 'integration:sys-gbdfl');
  await expect(gbd).toContainText('документ «Удостоверение личности» больше не истребуется у заявителя');
  for (const key of ['integration:sys-gbdfl', 'integration:sys-bmg', 'approvals:']) await proposal(page, key).getByRole('button', { name: /^Принять предложение/ }).click();
  await expect(proposal(page, 'integration:sys-gbdfl')).toHaveCount(0);
  await proposal(page, 'awareness:').getByRole('button', { name: /^Отклонить предложение/ }).click();
  await expect(page.getByText('Отклонено 1 предложение')).toBeVisible();

  // A row by hand; its text starts with "=", which must stay text in the spreadsheet.
  await page.getByRole('button', { name: 'Добавить мероприятие в раздел «Организационные мероприятия»' }).click();
  const manual = page.getByLabel('Наименование мероприятий, мероприятие 1.1');
  await manual.fill('=Обучить работников КПСиСУ работе в ИС');
  await manual.press('Enter');
  expect(await planRows(page)).toEqual([
    '1.1 =Обучить работников КПСиСУ работе в ИС',
    expect.stringMatching(/^2\.1 Обеспечить интеграцию с информационной системой «ГБД «Физические лица»»/),
    expect.stringMatching(/^2\.2 Обеспечить интеграцию с информационной системой «База мобильных граждан \(БМГ\)»/),
    expect.stringMatching(/^3\.1 Внести изменения в регламент оказания государственной услуги: исключить согласования/),
  ]);

  // Reorder: Alt+↓ from the row's text, then back by dragging its handle onto the other row.
  await page.getByLabel('Наименование мероприятий, мероприятие 2.1').press('Alt+ArrowDown');
  await expect(page.getByLabel('Наименование мероприятий, мероприятие 2.1')).toHaveValue(/База мобильных граждан/);
  await expect(page.getByLabel('Наименование мероприятий, мероприятие 2.2')).toBeFocused();
  await page.getByLabel('Наименование мероприятий, мероприятие 2.2').press('Alt+ArrowUp');
  await expect(page.getByLabel('Наименование мероприятий, мероприятие 2.1')).toHaveValue(/ГБД/);
  const rowOfPlan = (number: string) => page.locator('tr.plan-row', { has: page.getByLabel(`Наименование мероприятий, мероприятие ${number}`) });
  await rowOfPlan('2.2').locator('.drag-handle').dragTo(rowOfPlan('2.1'));
  await expect(page.getByLabel('Наименование мероприятий, мероприятие 2.1')).toHaveValue(/База мобильных граждан/);
  await page.getByLabel('Вид срока, мероприятие 2.1').selectOption({ label: 'Квартал' });
  await page.getByLabel('Квартал года, мероприятие 2.1').selectOption({ label: 'III' });
  await page.getByLabel('Год, мероприятие 2.1').selectOption('2026');

  // Undo and redo of a plan edit.
  await page.getByRole('button', { name: 'Удалить мероприятие 1.1' }).click();
  await expect(page.getByLabel('Наименование мероприятий, мероприятие 1.1')).toHaveCount(0);
  await page.getByRole('button', { name: 'Отменить (Ctrl+Z)' }).click();
  await expect(page.getByLabel('Наименование мероприятий, мероприятие 1.1')).toHaveValue('=Обучить работников КПСиСУ работе в ИС');

  // Approval: the stamp, then the plan approved through its status, whose date goes into the stamp;
  // the deadline counts working days past Nauryz.
  await page.getByLabel('Должность (УТВЕРЖДАЮ)').fill('Заместитель Генерального Прокурора');
  await page.getByLabel('Фамилия и инициалы (УТВЕРЖДАЮ)').fill('А. Б. Сериков');
  await page.getByRole('button', { name: 'Добавить согласование' }).click();
  await page.getByLabel('Должность (Согласование 1)').fill('Председатель Комитета по правовой статистике');
  await page.getByLabel('Должность (Согласование 1)').press('Enter');
  await expect(page.getByTestId('plan-status')).toHaveText('Сохранено');
  await app.setStatus('План мероприятий', 'Утверждён', { date: '2026-03-20', who: 'Айгерим Сапарова' });
  await expect(page.getByLabel('Дата утверждения плана и целевого варианта (УТВЕРЖДАЮ)')).toHaveValue('2026-03-20');
  const deadline = page.getByTestId('publication-deadline');
  await expect(deadline).toHaveText('Разместить не позднее 01.04.2026. Срок близко: осталось 2 рабочих дня');
  await expect(deadline).toHaveAttribute('data-state', 'near');

  // Everything is stored: a reload shows the same plan, the dismissed proposal still dismissed.
  await page.reload();
  await expect(page.getByTestId('publication-deadline')).toHaveText('Разместить не позднее 01.04.2026. Срок близко: осталось 2 рабочих дня');
  expect(await planRows(page)).toEqual([
    '1.1 =Обучить работников КПСиСУ работе в ИС',
    expect.stringMatching(/^2\.1 .*База мобильных граждан/),
    expect.stringMatching(/^2\.2 .*ГБД «Физические лица»/),
    expect.stringMatching(/^3\.1 .*исключить согласования/),
  ]);
  await expect(proposal(page, 'awareness:')).toHaveCount(0);
  await expect(page.getByLabel('Год, мероприятие 2.1')).toHaveValue('2026');
  await expect(page.getByLabel('Фамилия и инициалы (УТВЕРЖДАЮ)')).toHaveValue('А. Б. Сериков');

  // The plan as XLSX: the stamp, the heading, the numbered headings and rows; the "=" text is text.
  const xlsx = await download(page, testInfo, 'Экспорт XLSX', { toolbar: planToolbar });
  expect(xlsx.name).toBe('Выдача справки о наличии либо отсутствии судимости - План мероприятий.xlsx');
  const plan = (await readWorkbook(xlsx.path)).worksheets[0]!;
  const planValues = rows(plan).flat();
  expect(planValues).toEqual(expect.arrayContaining(['УТВЕРЖДАЮ', 'Заместитель Генерального Прокурора', '____________ А. Б. Сериков', '20.03.2026', 'СОГЛАСОВАНО', 'Председатель Комитета по правовой статистике']));
  expect(planValues).toContain('План мероприятий по реализации целевого варианта бизнес-процесса «Выдача справки о наличии либо отсутствии судимости»');
  expect(rowOf(plan, '№')).toEqual(['№', 'Наименование мероприятий', 'Ответственные за исполнение', 'Срок исполнения', 'Форма завершения', 'Ожидаемый результат']);
  expect(rows(plan).filter((row) => /^\d+$/.test(String(row[0]))).map((row) => row[1])).toEqual([
    'Организационные мероприятия',
    'Модификация и интеграция информационных систем',
    'Нормативно-правовое обеспечение',
    'Внедрение оптимизированного бизнес-процесса',
    'Повышение осведомленности граждан',
  ]);
  expect(rowOf(plan, '1.1')[1]).toBe('=Обучить работников КПСиСУ работе в ИС');
  expect(rowOf(plan, '2.1')).toEqual([
    '2.1',
    expect.stringContaining('«База мобильных граждан (БМГ)»'),
    'Министерство цифрового развития, инноваций и аэрокосмической промышленности РК',
    'III квартал 2026 года',
    'Соглашение об интеграции',
    expect.stringContaining('Сведения получаются из информационной системы'),
  ]);
  expect(rowOf(plan, '3.1')[4]).toBe('Изменения в регламент');

  // The plan as DOCX, in Kazakh.
  await page.getByRole('toolbar', { name: planToolbar }).getByLabel('Язык документа').selectOption('kk');
  const docx = await download(page, testInfo, 'Экспорт DOCX', { toolbar: planToolbar });
  expect(docx.name).toBe('Выдача справки о наличии либо отсутствии судимости - Іс-шаралар жоспары.docx');
  const docxZip = await JSZip.loadAsync(await readFile(docx.path));
  const documentXml = (await docxZip.file('word/document.xml')?.async('string')) ?? '';
  for (const text of ['БЕКІТЕМІН', 'КЕЛІСІЛДІ', 'А. Б. Сериков', 'Ұйымдастыру іс-шаралары', 'Азаматтардың хабардарлығын арттыру', '=Обучить работников КПСиСУ работе в ИС', '2026 жылғы III тоқсан']) {
    expect(documentXml).toContain(text);
  }
  // The file says what it is, in the document's language.
  const core = (await docxZip.file('docProps/core.xml')?.async('string')) ?? '';
  expect(core).toContain('<dc:language>kk-KZ</dc:language>');
  expect(core).toContain('<dc:title>«Выдача справки о наличии либо отсутствии судимости» бизнес-процесінің');

  // The roadmap: two cells, one by click, one from the keyboard; both kept.
  await page.getByRole('link', { name: 'Дорожная карта и планы' }).click();
  await expect(page.getByRole('table', { name: 'Ход выполнения планов мероприятий' }).locator('tr[data-process]')).toHaveText([/0 из 4\s*0\s*20\.03\.2026\s*Разместить не позднее 01\.04\.2026/]);
  const cell = (quarter: string, year: number) => page.getByRole('button', { name: new RegExp(`^Выдача справки о наличии либо отсутствии судимости, ${quarter} квартал ${year} года`) });
  await cell('I', 2026).click();
  await expect(cell('I', 2026)).toHaveText('R');
  await cell('I', 2026).press('ArrowRight');
  await expect(cell('II', 2026)).toBeFocused();
  await page.keyboard.press('f');
  await expect(cell('II', 2026)).toHaveText('F');
  await expect(page.getByTestId('roadmap-status')).toHaveText('Сохранено');
  await page.reload();
  await expect(cell('I', 2026)).toHaveText('R');
  await expect(cell('II', 2026)).toHaveAccessibleName(/F — реализация целевого варианта процесса$/);

  const roadmapXlsx = await download(page, testInfo, 'Экспорт XLSX', { toolbar: roadmapToolbar });
  const roadmap = (await readWorkbook(roadmapXlsx.path)).worksheets[0]!;
  const years = rows(roadmap).find((row) => row.includes(2025) || row.includes('2025'))!;
  expect(years.slice(0, 6)).toEqual(['', '2025', '2025', '2025', '2025', '2026']);
  const processRow = rowOf(roadmap, 'Выдача справки о наличии либо отсутствии судимости');
  // The process, the four quarters of 2025, then 2026: I R, II F.
  expect(processRow.slice(5, 8)).toEqual(['R', 'F', '']);
  expect(roadmap.pageSetup.orientation).toBe('landscape');
  const roadmapDocx = await download(page, testInfo, 'Экспорт DOCX', { toolbar: roadmapToolbar });
  const roadmapXml = (await (await JSZip.loadAsync(await readFile(roadmapDocx.path))).file('word/document.xml')?.async('string')) ?? '';
  expect(roadmapXml).toContain('w:orient="landscape"');
  expect(roadmapXml).toContain('R — реинжиниринг, F — реализация целевого варианта процесса, D — реализация оптимального варианта процесса');
});

test('printing the plan prints the form: the stamp, the heading and the table, without the app around it', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.openSample('судимост');
  await app.selectVariantTab('План мероприятий');
  await proposal(page, 'approvals:').getByRole('button', { name: /^Принять предложение/ }).click();
  await expect(page.getByTestId('plan-status')).toHaveText('Сохранено');

  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.report-print');
  await expect(printed.getByRole('heading')).toHaveText(['План мероприятий по реализации целевого варианта бизнес-процесса «Выдача справки о наличии либо отсутствии судимости»']);
  await expect(printed.locator('.report-print__block--right')).toContainText('УТВЕРЖДАЮ');
  await expect(printed.locator('tbody tr')).toHaveText([/^1Организационные/, /^2Модификация/, /^3Нормативно/, /^3\.1Внести изменения в регламент/, /^4Внедрение/, /^5Повышение/]);
  await expect(page.locator('#root')).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await expect(printed).toHaveCount(0);
});
