import { expect, test, type Page } from '@playwright/test';
import { StepPanel, Workbench } from './support/workbench';

const problems = (page: Page, kind: 'asIs' | 'toBe') => page.locator(`.variant-canvas[data-variant="${kind}"] .problems`);

test('checks list the problems of the model as it changes, mark them on the canvas and lead to the element', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Проверки');
  await app.addProcess();
  const panel = problems(page, 'asIs');

  // A new diagram is only begun: one hint, no errors.
  await expect(panel.getByTestId('problems-toggle')).toHaveText('Проверки: схема только начата');
  await panel.getByTestId('problems-toggle').click();
  await expect(panel.locator('.problems__hint')).toContainText('Схема только начата');
  await expect(app.canvas('asIs').locator('.rw-lint-chip')).toHaveCount(0);

  await app.appendTaskToStart('Принять заявление');
  const taskId = await app.taskNamed('Принять заявление').getAttribute('data-element-id');
  const executorMissing = panel.getByRole('button', { name: /Принять заявление.*Не указан исполнитель шага/ });
  await expect(executorMissing).toBeVisible();

  // With an end event the diagram is finished enough for the modelling rules, which name unnamed elements by type and place.
  await app.selectElementNamed('Принять заявление');
  await app.canvas('asIs').locator('.djs-context-pad.open .entry[data-action="append.end-event"]').click();
  await expect(panel.locator('.problems__hint')).toHaveCount(0);
  const unlabelled = panel.locator('.problem-group[data-rule="label-required"]');
  await expect(unlabelled.locator('summary')).toHaveText('Ошибка Элемент без подписи (2)');
  await expect(unlabelled.getByRole('button')).toHaveText(['Начальное событие перед «Принять заявление»', 'Конечное событие после «Принять заявление»', 'Не проверять в этом проекте']);
  await expect(app.canvas('asIs').locator(`.djs-element[data-element-id="${taskId}"]`)).toHaveClass(/rw-lint--warn/);
  await expect(app.canvas('asIs').locator('.rw-lint-chip').first()).toBeVisible();

  // Choosing the problem selects the step, so its data can be fixed right away.
  await page.getByTestId('canvas-asIs').locator('svg').first().click({ position: { x: 5, y: 5 } });
  await executorMissing.click();
  await expect(page.getByTestId('step-panel')).toContainText('Принять заявление');
  await new StepPanel(page).text('Бизнес-роль исполнителя', 'Оператор ЦОН');
  await expect(executorMissing).toBeHidden();

  // Undo brings the problem back: the checks follow the command stack.
  await page.locator('.variant-canvas').getByRole('button', { name: 'Отменить (Ctrl+Z)' }).click();
  await expect(executorMissing).toBeVisible();

  // The filter narrows the list; a rule switched off for the project stays off after a reload.
  await panel.getByLabel('Показывать').selectOption({ label: 'только замечания' });
  await expect(unlabelled).toHaveCount(0);
  await panel.getByLabel('Показывать').selectOption({ label: 'все' });
  await panel.getByRole('searchbox', { name: 'Найти среди замечаний' }).fill('конечное');
  await expect(panel.locator('.problem-group')).toHaveCount(1);
  await panel.getByRole('searchbox', { name: 'Найти среди замечаний' }).fill('');
  await unlabelled.getByRole('button', { name: 'Не проверять в этом проекте' }).click();
  await expect(unlabelled).toHaveCount(0);
  await expect(panel.locator('.problems__muted')).toContainText('Элемент без подписи (скрыто замечаний: 2)');
  await page.reload();
  await panel.getByTestId('problems-toggle').click();
  await expect(panel.locator('.problems__muted')).toContainText('Элемент без подписи');
  await panel.locator('.problems__muted').getByRole('button', { name: 'Вернуть' }).click();
  await expect(unlabelled).toBeVisible();
});

test('an approval kept in the to-be needs a justification', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Обоснование');
  await app.addProcess();
  await app.appendTaskToStart('Согласовать справку');
  await app.waitSaved();
  await app.selectVariantTab('Как будет');
  await page.getByRole('button', { name: 'Создать копией варианта «Как есть»' }).click();
  await app.selectElementNamed('Согласовать справку', 'toBe');
  const step = new StepPanel(page);
  await step.check('Согласование');

  const panel = problems(page, 'toBe');
  await panel.getByRole('button', { name: /^Проверки: замечаний/ }).click();
  const unjustified = panel.getByRole('button', { name: /Согласовать справку.*Согласование оставлено в предлагаемом варианте без обоснования/ });
  await expect(unjustified).toBeVisible();
  await step.text('Обоснование сохранения (согласования или коллегиального решения)', 'Требование закона о разрешениях');
  await expect(unjustified).toBeHidden();
});

test('the canvas ends where the open problems list begins, in a short window', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Проверки');
  await app.addProcess();
  await app.appendTaskToStart('Принять заявление');
  const panel = problems(page, 'asIs');
  await panel.getByTestId('problems-toggle').click();
  await expect(panel.locator('.problem-group').first()).toBeVisible();
  await panel.locator('.problem-group summary').first().click();

  const canvas = (await app.canvas('asIs').locator('.djs-container').boundingBox())!;
  const list = (await panel.boundingBox())!;
  expect(canvas.y + canvas.height).toBeLessThanOrEqual(list.y + 1);
});
