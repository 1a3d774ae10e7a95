import { expect, test, type Page } from '@playwright/test';
import { Workbench } from './support/workbench';

test('after one online visit the app and its data open with the network off', async ({ page, context }) => {
  const app = new Workbench(page);
  await app.open();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await app.createProject('Без сети');
  await app.addProcess();
  await app.appendTaskToStart('Работа офлайн');
  await app.waitSaved();
  // The page must be controlled by the worker before the network goes.
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(app.taskNamed('Работа офлайн')).toBeVisible();
  await page.goto('/#/');
  await expect(page.getByRole('link', { name: 'Без сети' })).toBeVisible();
  await context.setOffline(false);
});

/** The palette's task tool of the shown editor (editors of other variants may be kept open, hidden, under it). */
const taskTool = (page: Page) => page.locator('.djs-palette .entry[data-action="create.task"]').filter({ visible: true });

test('switching the language translates the app and the modeler, keeping the diagram', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Язык');
  await app.addProcess();
  await app.appendTaskToStart('Задача до смены языка');
  await expect(taskTool(page)).toHaveAttribute('aria-label', 'Создать задачу');

  await page.getByLabel('Язык интерфейса').selectOption('kk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('tab', { name: 'Қандай күйде' })).toBeVisible();
  await expect(taskTool(page)).toHaveAttribute('aria-label', 'Тапсырма құру');
  await expect(app.taskNamed('Задача до смены языка')).toBeVisible();

  await page.getByLabel('Интерфейс тілі').selectOption('en');
  await expect(page.getByRole('tab', { name: 'As-is' })).toBeVisible();
  await expect(taskTool(page)).toHaveAttribute('aria-label', 'Create task');

  await page.reload();
  await expect(page.getByRole('tab', { name: 'As-is' })).toBeVisible();
  await expect(app.taskNamed('Задача до смены языка')).toBeVisible();
});
