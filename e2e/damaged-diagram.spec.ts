import { expect, test } from '@playwright/test';
import { Workbench } from './support/workbench';
import { deleteStoredDiagram, projectIdOf } from './support/rawDb';

test('a variant whose stored diagram is gone says so, alone: the other variants open (ru, kk)', async ({ page }, testInfo) => {
  const app = new Workbench(page);
  await app.newProcessWithTask('Повреждённая схема', 'Принять заявление');
  await app.selectVariantTab('Как будет');
  await page.getByRole('button', { name: 'Создать копией варианта «Как есть»' }).click();
  await expect(app.taskNamed('Принять заявление', 'toBe')).toBeVisible();
  await app.waitSaved('toBe');

  await deleteStoredDiagram(page, projectIdOf(page), 'asIs');
  await page.reload();
  await app.selectVariantTab('Как есть');
  const asIs = page.locator('.variant-canvas[data-variant="asIs"]');
  const alert = asIs.getByRole('alert');
  await expect(alert).toContainText('сохранённая схема этого варианта отсутствует или повреждена');
  await expect(alert).toContainText('«Повреждённые записи»');
  await expect(alert.getByText('Исходный XML')).toHaveCount(0);
  // No empty editor to draw in that would save nothing, and no checks that would never run.
  await expect(app.canvas('asIs').locator('.djs-palette')).toBeHidden();
  await expect(asIs.getByText('Проверки: выполняются…')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('damaged-diagram-ru.png') });

  await app.selectVariantTab('Как будет');
  await expect(app.taskNamed('Принять заявление', 'toBe')).toBeVisible();

  await page.getByLabel('Язык интерфейса').selectOption('kk');
  await app.selectVariantTab('Қандай күйде');
  await expect(asIs.getByRole('alert')).toContainText('бұл нұсқаның сақталған схемасы жоқ немесе зақымдалған');
  await page.screenshot({ path: testInfo.outputPath('damaged-diagram-kk.png') });
});
