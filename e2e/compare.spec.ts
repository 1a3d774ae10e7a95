import { expect, test, type Page } from '@playwright/test';
import { downloadComparison, readWorkbook, rowOf } from './support/comparisonExport';
import { StepPanel, Workbench } from './support/workbench';

const metricRow = (page: Page, metric: string) => page.getByTestId('metrics-table').locator(`tr[data-metric="${metric}"]`);
/** Cells: label, as-is, to-be, optimal, as-is→to-be, as-is→optimal, to-be→optimal. */
// Percentages as Intl writes them in Russian: a hyphen-minus and a no-break space before the sign.
const cells = (page: Page, metric: string) => metricRow(page, metric).locator('th, td');

test('a to-be without a document, two hand-typed fields and an approval: the table, the proposals, the questionnaire and the exported XLSX say so', async ({ page }, testInfo) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Сравнение справки');
  await app.addProcess();
  await app.appendTaskToStart('Принять заявление');
  await app.selectElementNamed('Принять заявление');
  const step = new StepPanel(page);
  await step.text('Бизнес-роль исполнителя', 'Оператор ЦОН');
  await step.check('Согласование');
  await step.text('Согласующее подразделение', 'Юридический отдел');
  await step.addDocument('Удостоверение личности');
  await step.addDocument('Справка с места работы');
  for (const field of ['ИИН', 'Фамилия', 'Адрес']) await step.addField(field);
  await app.waitSaved();

  await app.selectVariantTab('Как будет');
  await page.getByRole('button', { name: 'Создать копией варианта «Как есть»' }).click();
  await app.selectElementNamed('Принять заявление', 'toBe');
  await step.root.getByRole('button', { name: 'Убрать «Справка с места работы»' }).click();
  await step.root.getByRole('button', { name: 'Убрать «Фамилия»' }).click();
  await step.root.getByRole('button', { name: 'Убрать «Адрес»' }).click();
  await step.root.getByLabel('Согласование', { exact: true }).uncheck();
  await app.waitSaved('toBe');

  await app.selectVariantTab('Сравнение');
  await expect(cells(page, 'applicantDocuments')).toHaveText(['Документы от заявителя?', '2', '1', '—', 'с 2 до 1 (-50\u00a0%)', '—', '—']);
  await expect(cells(page, 'manualFields')).toHaveText(['Поля ручного ввода?', '3', '1', '—', 'с 3 до 1 (-66,7\u00a0%)', '—', '—']);
  await expect(cells(page, 'approvals').nth(4)).toHaveText('с 1 до 0 (-100\u00a0%)');
  await expect(cells(page, 'approvingUnits').nth(4)).toHaveText('с 1 до 0 (-100\u00a0%)');
  await expect(cells(page, 'steps').nth(4)).toHaveText('с 1 до 1 (0\u00a0%)');
  // Fewer documents is better, and the hint says what is counted.
  await expect(cells(page, 'applicantDocuments').nth(4)).toHaveAttribute('data-verdict', 'better');
  await expect(cells(page, 'applicantDocuments').nth(4)).toHaveAttribute('title', 'Убрано: Справка с места работы');
  await expect(metricRow(page, 'manualFields').getByRole('note')).toHaveAttribute('title', /вводятся вручную/);

  const proposals = page.getByTestId('proposals');
  await expect(proposals.locator('[data-proposal="documents"]')).toContainText('да (с 2 до 1)');
  await expect(proposals.locator('[data-proposal="fields"]')).toContainText('да (с 3 до 1)');
  await expect(proposals.locator('[data-proposal="steps"]')).toContainText('нет');
  await proposals.getByLabel('Проактивное оказание').selectOption({ label: 'да' });

  const questionnaire = page.getByTestId('questionnaire');
  // One answer per fact: proactive delivery chosen in Appendix 1 is the answer to question 9, and back.
  await expect(questionnaire.getByLabel('Параметр 9', { exact: true })).toHaveValue('yes');
  await questionnaire.getByLabel('Параметр 8', { exact: true }).selectOption({ label: 'Нет' });
  await expect(proposals.getByLabel('Одноразовый пароль')).toHaveValue('no');
  await expect(questionnaire.getByLabel('Параметр 5', { exact: true })).toHaveValue(/^Справка с места работы/);
  await expect(questionnaire.getByLabel('Параметр 11', { exact: true })).toHaveValue('Да: с 3 до 1');
  const demand = questionnaire.getByLabel('Параметр 1', { exact: true });
  await demand.fill('12 000 обращений в год');
  await demand.press('Enter');
  await questionnaire.getByLabel('Обоснование 1', { exact: true }).fill('Статистика ЦОН за 2025 год');
  await questionnaire.getByLabel('Обоснование 1', { exact: true }).press('Enter');

  // The team's answers are kept with the project.
  await expect(page.getByTestId('assessment-status')).toHaveText('Сохранено');
  await page.reload();
  await expect(page.getByTestId('questionnaire').getByLabel('Параметр 1', { exact: true })).toHaveValue('12 000 обращений в год');
  await expect(page.getByTestId('questionnaire').getByLabel('Обоснование 1', { exact: true })).toHaveValue('Статистика ЦОН за 2025 год');
  await expect(page.getByTestId('proposals').getByLabel('Проактивное оказание')).toHaveValue('yes');

  // The exported workbook says the same as the page.
  const workbook = await readWorkbook((await downloadComparison(page, testInfo, 'Экспорт XLSX')).path);
  const [proposalSheet, questionnaireSheet, metrics] = workbook.worksheets;
  expect(rowOf(metrics!, 'Документы от заявителя').slice(1, 3)).toEqual([2, 1]);
  expect(rowOf(metrics!, 'Поля ручного ввода').slice(1, 3)).toEqual([3, 1]);
  expect(rowOf(metrics!, 'Согласования').slice(1, 3)).toEqual([1, 0]);
  expect(rowOf(proposalSheet!, 'Сокращение документов')[1]).toBe('да (с 2 до 1)');
  expect(rowOf(proposalSheet!, 'Сокращение полей')[1]).toBe('да (с 3 до 1)');
  // The footnote mark says the form's own wording was «Практичное».
  expect(rowOf(proposalSheet!, 'Проактивное оказание³')[1]).toBe('да');
  expect(rowOf(questionnaireSheet!, 9)[2]).toBe('Да');
  expect(rowOf(questionnaireSheet!, 5)[2]).toMatch(/^Справка с места работы/);
  expect(rowOf(questionnaireSheet!, 11)[2]).toBe('Да: с 3 до 1');
  expect(rowOf(questionnaireSheet!, 1).slice(2, 4)).toEqual(['12 000 обращений в год', 'Статистика ЦОН за 2025 год']);
});

test('choosing the optimal variant as the proposal makes both forms compare the as-is with it, and the choice is kept', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await page.locator('.sample-card').filter({ hasText: 'рождени' }).getByRole('button', { name: 'Открыть пример' }).click();
  await app.selectVariantTab('Сравнение');
  const proposedSteps = page.getByTestId('proposals').locator('[data-proposal="steps"]');
  const fieldsAnswer = page.getByTestId('questionnaire').getByLabel('Параметр 11', { exact: true });
  // The comparison worker answers after the tab shows: read the figures once they are there.
  await expect(cells(page, 'steps')).toHaveCount(7);
  const [asIs, toBe, optimal] = (await cells(page, 'steps').allInnerTexts()).slice(1, 4);
  await expect(proposedSteps).toContainText(`да (с ${asIs} до ${toBe})`);
  const toBeFields = await fieldsAnswer.inputValue();

  await page.getByLabel('Предлагаемый вариант').selectOption({ label: 'Оптимальный вариант («как должно быть»)' });

  await expect(page.getByLabel('Предлагаемый вариант')).toHaveValue('optimal');
  await expect(proposedSteps).toContainText(`да (с ${asIs} до ${optimal}`);
  await expect(fieldsAnswer).not.toHaveValue(toBeFields);
  await expect(page.getByTestId('assessment-status')).toHaveText('Сохранено');
  await page.reload();
  await expect(page.getByLabel('Предлагаемый вариант')).toHaveValue('optimal');
  await expect(page.getByTestId('proposals').locator('[data-proposal="steps"]')).toContainText(`да (с ${asIs} до ${optimal}`);
});
