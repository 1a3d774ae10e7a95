import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { StepPanel, Workbench } from './support/workbench';

test('a first-run guide walks from project to comparison, hides for good, and opens again from help', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  const guide = page.locator('.first-run');
  await expect(guide.getByRole('heading', { name: 'Как начать работу' })).toBeVisible();
  await expect(guide).toContainText('Шаг 1 из 6');
  await expect(guide).toContainText('Проект');
  for (let step = 2; step <= 6; step++) await guide.getByRole('button', { name: 'Далее' }).click();
  await expect(guide).toContainText('Шаг 6 из 6');
  await expect(guide).toContainText('Сравнение');
  await expect(guide.getByRole('button', { name: 'Далее' })).toBeDisabled();

  await guide.getByRole('button', { name: 'Скрыть' }).click();
  await expect(guide).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Проекты реинжиниринга' })).toBeVisible();
  await expect(guide).toHaveCount(0);

  await page.locator('.app-header').getByText('Справка').click();
  await page.getByRole('menuitem', { name: 'Как начать работу' }).click();
  await expect(page.getByRole('dialog', { name: 'Как начать работу' })).toContainText('Шаг 1 из 6');
});

test('the legend, from the toolbar, tells step badges from the marks of the checks', async ({ page }) => {
  const app = new Workbench(page);
  await app.newProcessWithTask('Обозначения', 'Принять заявление');
  await page.locator('.editor-toolbar').getByText('Справка').click();
  await page.getByRole('menuitem', { name: 'Условные обозначения' }).click();
  const legend = page.getByRole('dialog', { name: 'Условные обозначения на схеме' });
  await expect(legend.locator('dd')).toHaveText([
    'Документы, которые использует шаг, и их число',
    'Поля данных, которые вводятся вручную, и их число',
    'Заявитель приходит лично',
    'Шаг требует согласования',
    'Красная обводка и кружок: у элемента есть ошибки моделирования',
    'Оранжевая обводка и кружок: у элемента есть замечания (реинжиниринг или моделирование)',
  ]);
  await expect(legend.locator('.rw-step-badge svg')).toHaveCount(4);
});

test('SVG and PNG export offer the diagram with its step badges', async ({ page }, testInfo) => {
  const app = new Workbench(page);
  await app.newProcessWithTask('Значки в файле', 'Принять заявление');
  await app.selectElementNamed('Принять заявление');
  const panel = new StepPanel(page);
  await panel.addDocument('Заявление');
  await panel.addDocument('Удостоверение личности');
  await app.waitSaved();

  const exportAs = async (item: string, file: string) => {
    await page.getByText('Экспорт', { exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: item, exact: true }).click();
    const path = testInfo.outputPath(file);
    await (await download).saveAs(path);
    return readFileSync(path);
  };
  const plain = (await exportAs('Изображение SVG', 'plain.svg')).toString('utf8');
  const badged = (await exportAs('Изображение SVG со значками шагов', 'badges.svg')).toString('utf8');
  expect(plain).not.toContain('rw-step-badges-export');
  expect(badged).toMatch(/<g class="rw-step-badges-export"[^>]*><title>Документы: 2<\/title>/);
  expect(badged).toMatch(/<text[^>]*>2<\/text>/);
  // The canvas is left as it was: the drawing for the file is taken away again.
  await expect(app.canvas('asIs').locator('.rw-step-badges-export')).toHaveCount(0);
  const png = await exportAs('Изображение PNG со значками шагов', 'badges.png');
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
});
