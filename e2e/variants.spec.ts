import { expect, test } from '@playwright/test';
import { Workbench } from './support/workbench';

test('derive a to-be from as-is and see both side by side with synchronised zoom', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Регистрация рождения');
  await app.addProcess();
  await app.appendTaskToStart('Подать заявление');
  await app.waitSaved();

  await app.selectVariantTab('Как будет');
  await expect(page.getByText('Целевой вариант («как будет») ещё не создан.')).toBeVisible();
  await page.getByRole('button', { name: 'Создать копией варианта «Как есть»' }).click();
  await expect(app.taskNamed('Подать заявление', 'toBe')).toBeVisible();

  // The copy keeps element ids: the same task id is in both variants.
  const taskId = await app.taskNamed('Подать заявление', 'toBe').getAttribute('data-element-id');
  expect(taskId).toMatch(/^Activity_/);

  await page.getByLabel('Рядом').check();
  await page.getByLabel('Второй вариант').selectOption('asIs');
  await expect(app.canvas('asIs').locator(`[data-element-id="${taskId}"]`)).toBeVisible();
  await expect(app.canvas('toBe').locator(`[data-element-id="${taskId}"]`)).toBeVisible();

  const scale = async (kind: 'asIs' | 'toBe') => {
    const transform = (await app.canvas(kind).locator('svg g.viewport').first().getAttribute('transform')) ?? '';
    return Number(/matrix\(([-\d.e]+)/.exec(transform)?.[1]);
  };
  // The panes differ by a pixel or two, so the same viewbox gives nearly, not exactly, the same scale.
  const inStep = async () => Math.abs((await scale('asIs')) / (await scale('toBe')) - 1) < 0.03;
  const before = await scale('asIs');
  await page.locator('.variant-canvas[data-variant="toBe"]').getByRole('button', { name: 'Увеличить' }).click();
  await expect.poll(() => scale('asIs')).toBeGreaterThan(before * 1.05);
  expect(await inStep()).toBe(true);
  const zoomed = await scale('toBe');
  await page.locator('.variant-canvas[data-variant="asIs"]').getByRole('button', { name: 'Уменьшить' }).click();
  await expect.poll(() => scale('toBe')).toBeLessThan(zoomed * 0.95);
  expect(await inStep()).toBe(true);

  // Editing one side leaves the other untouched: they are separate variants.
  await app.appendTaskToStart('Только в целевом', 'toBe');
  await app.waitSaved('toBe');
  await page.getByLabel('Рядом').uncheck();
  await app.selectVariantTab('Как есть');
  await expect(app.taskNamed('Подать заявление', 'asIs')).toBeVisible();
  await expect(app.taskNamed('Только в целевом', 'asIs')).toHaveCount(0);
});
