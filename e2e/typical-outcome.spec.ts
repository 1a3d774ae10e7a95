import { expect, test } from '@playwright/test';
import { Workbench } from './support/workbench';

test('marking how often a gateway’s way is taken moves the typical service term, and the longest stays', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await page.locator('.sample-card').filter({ hasText: 'судимост' }).getByRole('button', { name: 'Открыть пример' }).click();
  await app.selectVariantTab('Сравнение');
  const typical = page.getByTestId('term-typical-toBe');
  const longest = page.getByTestId('term-longest-toBe');
  await expect(typical).toHaveText('6 минут');
  const longestBefore = await longest.innerText();

  // The sample's to-be: the manual check ("Да") is taken in 3 % of cases, the automatic way ("Нет") in 97 %.
  await app.selectVariantTab('Как будет');
  await app.canvas('toBe').locator('[data-element-id="Flow_ManualCheckNeeded_PrepareCertificate_label"]').click();
  const panel = page.getByTestId('flow-panel');
  await expect(panel.getByLabel('Обычный исход (поток по умолчанию)')).toBeChecked();
  const often = panel.getByLabel('Как часто, %');
  await expect(often).toHaveValue('97');
  await often.fill('1');
  await often.press('Tab');
  await expect(panel).toContainText('Вероятность этого пути: 1\u00a0%');
  await app.waitSaved('toBe');

  await app.selectVariantTab('Сравнение');
  await expect(typical).toHaveText(longestBefore);
  await expect(longest).toHaveText(longestBefore);
});
