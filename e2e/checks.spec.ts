import { expect, test, type Page } from '@playwright/test';
import { StepPanel, Workbench } from './support/workbench';

const problems = (page: Page, kind: 'asIs' | 'toBe') => page.locator(`.variant-canvas[data-variant="${kind}"] .problems`);

test('checks list the problems of the model as it changes, mark them on the canvas and lead to the element', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Проверки');
  await app.addProcess();
  await app.appendTaskToStart('Принять заявление');
  const taskId = await app.taskNamed('Принять заявление').getAttribute('data-element-id');

  const panel = problems(page, 'asIs');
  await panel.getByRole('button', { name: /^Проверки: замечаний/ }).click();
  const executorMissing = panel.getByRole('button', { name: /Принять заявление.*Не указан исполнитель шага/ });
  await expect(executorMissing).toBeVisible();
  // The recommended modelling rules run too: the task leads nowhere.
  await expect(panel.getByRole('button', { name: /Принять заявление.*нет исходящего потока/ })).toBeVisible();
  // An error (no outgoing flow) outranks the warning in the outline's colour.
  await expect(app.canvas('asIs').locator(`.djs-element[data-element-id="${taskId}"]`)).toHaveClass(/rw-lint--error/);
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
