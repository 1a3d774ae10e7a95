import { expect, test } from '@playwright/test';
import { StepPanel, Workbench } from './support/workbench';

test('shortcuts work wherever the focus is in the editor, except in text fields, and ? lists them', async ({ page }) => {
  const app = new Workbench(page);
  await app.newProcessWithTask('Клавиши', 'Принять заявление');
  const task = app.taskNamed('Принять заявление');

  // Given a step deleted from its context pad, Ctrl+Z brings it back at once.
  await app.selectElementNamed('Принять заявление');
  await app.canvas('asIs').locator('.djs-context-pad.open .entry[data-action="delete"]').click();
  await expect(task).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(task).toHaveCount(1);

  // With the focus on a toolbar button, Delete still deletes the selection and Ctrl+Y redoes.
  await app.selectElementNamed('Принять заявление');
  await page.getByRole('button', { name: 'Вписать в окно' }).focus();
  await page.keyboard.press('Delete');
  await expect(task).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(task).toHaveCount(1);

  // In a text field of the step panel the keys are the field's own.
  await app.selectElementNamed('Принять заявление');
  const role = new StepPanel(page).root.getByLabel('Бизнес-роль исполнителя', { exact: true });
  await role.fill('Оператор');
  await role.press('Backspace');
  await expect(role).toHaveValue('Операто');
  await expect(task).toHaveCount(1);

  // «Найти элемент» opens the search box, which stays open for typing.
  await page.getByRole('button', { name: 'Найти элемент' }).click();
  const search = page.locator('.djs-search-container input');
  await expect(search).toBeFocused();
  await expect(search).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(search).toBeHidden();

  // ? opens the list of shortcuts.
  await page.getByRole('button', { name: 'Вписать в окно' }).focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Горячие клавиши редактора' });
  await expect(help.getByRole('row', { name: /Отменить.*Ctrl\+Z/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});
