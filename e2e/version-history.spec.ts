import { expect, test } from '@playwright/test';
import { Workbench } from './support/workbench';

test('save a named version, edit, compare with it, restore it, reload: the restored diagram and both versions are there', async ({ page }) => {
  const app = new Workbench(page);
  await app.newProcessWithTask('История версий', 'Первый шаг');

  // Ctrl+Shift+S in the editor names a version of the diagram as it is
  await app.canvas('asIs').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+Shift+S');
  const naming = page.getByRole('dialog', { name: 'Сохранить именованную версию' });
  await expect(naming.getByLabel('Название версии')).toBeFocused();
  // Left empty, the version is named by its date and time, offered as the field's placeholder.
  await expect(naming.getByLabel('Название версии')).toHaveAttribute('placeholder', /^Версия от \d\d\.\d\d\.\d{4} \d\d:\d\d$/);
  await naming.getByLabel('Название версии').fill('До МВК');
  await naming.getByRole('button', { name: 'Сохранить' }).click();
  await expect(app.announcement()).toHaveText('Версия «До МВК» сохранена');

  await app.appendTaskToStart('Второй шаг');
  await app.waitSaved();

  await page.getByRole('button', { name: 'История версий' }).click();
  const history = page.getByRole('dialog', { name: /История версий/ });
  const named = history.locator('tr[data-reason="named"]');
  await expect(named).toContainText('До МВК');

  // Compared with the current diagram, the second step is what the current one added
  await named.getByRole('button', { name: 'Сравнить с текущей' }).click();
  const diff = page.getByRole('dialog', { name: /Версия и текущая схема/ });
  await expect(diff.getByTestId('diff-canvas-new').locator('.djs-element').filter({ hasText: 'Второй шаг' })).toHaveCount(1);
  await expect(diff.getByTestId('diff-canvas-old').locator('.djs-element').filter({ hasText: 'Второй шаг' })).toHaveCount(0);
  await expect(diff.locator('.diff-change, li').filter({ hasText: 'Второй шаг' }).first()).toBeVisible();
  await diff.getByRole('button', { name: 'Закрыть' }).click();

  // Restoring asks first, keeps the present diagram as a version, then shows the restored one
  await named.getByRole('button', { name: 'Восстановить' }).click();
  await page.getByRole('dialog', { name: 'Восстановить версию?' }).getByRole('button', { name: 'Восстановить' }).click();
  await expect(app.taskNamed('Первый шаг')).toBeVisible();
  await expect(app.taskNamed('Второй шаг')).toHaveCount(0);
  await app.waitSaved();

  await page.reload();
  await expect(app.taskNamed('Первый шаг')).toBeVisible();
  await expect(app.taskNamed('Второй шаг')).toHaveCount(0);
  await page.getByRole('button', { name: 'История версий' }).click();
  await expect(history.locator('tr[data-reason="named"]')).toHaveCount(1);
  const before = history.locator('tr[data-reason="beforeRestore"]');
  await expect(before).toHaveCount(1);
  await before.getByRole('button', { name: 'Открыть' }).click();
  await expect(page.getByTestId('version-canvas').locator('.djs-element').filter({ hasText: 'Второй шаг' })).toHaveCount(1);
});

test('leaving a changed variant keeps an automatic version; an unchanged one keeps none; the limit prunes them', async ({ page }) => {
  const app = new Workbench(page);
  await app.newProcessWithTask('Автоматические версии', 'Изменение');
  const history = page.getByRole('dialog', { name: /История версий/ });
  await page.getByRole('button', { name: 'История версий' }).click();
  await expect(history.getByText('Версий пока нет')).toBeVisible();
  await history.getByRole('button', { name: 'Закрыть' }).click();

  // Leave for the comparison tab and come back, twice: only the first visit had a change
  for (let visit = 0; visit < 2; visit++) {
    await page.getByRole('tab', { name: 'Сравнение' }).click();
    await expect(page.getByRole('tab', { name: 'Сравнение' })).toHaveAttribute('aria-selected', 'true');
    await app.selectVariantTab('Как есть');
    await expect(app.taskNamed('Изменение')).toBeVisible();
  }
  await page.getByRole('button', { name: 'История версий' }).click();
  await expect(history.locator('tr[data-reason="auto"]')).toHaveCount(1);

  // Keeping no automatic versions prunes it
  const limit = history.getByLabel('Хранить автоматических версий (последних):');
  await limit.fill('0');
  await limit.blur();
  await expect(history.locator('tr[data-reason="auto"]')).toHaveCount(0);
});
