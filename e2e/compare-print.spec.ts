import { expect, test } from '@playwright/test';
import { Workbench } from './support/workbench';

test('the comparison prints without buttons or hint icons, as the plain report or as the page itself', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await page.locator('.sample-card').filter({ hasText: 'рождени' }).getByRole('button', { name: 'Открыть пример' }).click();
  await page.locator('.process-list a').first().click();
  await page.getByRole('tab', { name: 'Сравнение' }).click();
  const compare = page.locator('.compare-page');
  await expect(compare.locator('.metric__hint').first()).toBeVisible();
  await expect(compare.getByRole('button').first()).toBeVisible();

  // A browser that prints the page as it stands (no "beforeprint"): the page prints clean.
  await page.emulateMedia({ media: 'print' });
  await expect(compare.locator('.metric__hint').first()).toBeHidden();
  for (const button of await compare.getByRole('button', { includeHidden: true }).all()) await expect(button).toBeHidden();
  await expect(compare.getByTestId('metrics-table')).toBeVisible();

  // The Print command puts the plain report in the page's place: tables of text only.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const report = page.locator('.report-print');
  await expect(report).toBeVisible();
  await expect(compare).toBeHidden();
  await expect(report.locator('button, select, textarea, .metric__hint')).toHaveCount(0);
});
