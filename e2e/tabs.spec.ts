import { expect, test } from '@playwright/test';
import { Workbench } from './support/workbench';

test('a variant open in two tabs is edited in one, followed live in the other, and handed over on close', async ({ page, context }) => {
  const first = new Workbench(page);
  await first.open();
  await first.createProject('Две вкладки');
  await first.addProcess();
  const url = page.url();

  const other = await context.newPage();
  const second = new Workbench(other);
  await other.goto(url);
  await expect(other.getByTestId('locked-banner')).toBeVisible();

  await first.appendTaskToStart('Правка в первой вкладке');
  await first.waitSaved();
  await expect(second.taskNamed('Правка в первой вкладке')).toBeVisible();

  await page.close();
  await expect(other.getByTestId('locked-banner')).toHaveCount(0);
  await second.appendTaskToStart('Правка во второй вкладке');
  await second.waitSaved();
  await other.reload();
  await expect(second.taskNamed('Правка во второй вкладке')).toBeVisible();
  await expect(second.taskNamed('Правка в первой вкладке')).toBeVisible();
});
