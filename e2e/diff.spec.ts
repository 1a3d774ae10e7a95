import { expect, test } from '@playwright/test';
import { Workbench } from './support/workbench';

test('the comparison shows what the to-be changed against the as-is, in colour and in words', async ({ page }) => {
  // Given an as-is with two tasks and a to-be derived from it, one task renamed, one deleted, one added
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Различия схем');
  await app.addProcess();
  await app.appendTaskToStart('Принять заявление');
  const acceptId = (await app.taskNamed('Принять заявление').getAttribute('data-element-id'))!;
  await app.appendTaskToStart('Проверить документы');
  const checkId = (await app.taskNamed('Проверить документы').getAttribute('data-element-id'))!;
  await app.waitSaved();

  await app.selectVariantTab('Как будет');
  await page.getByRole('button', { name: 'Создать копией варианта «Как есть»' }).click();
  const toBe = app.canvas('toBe');
  await toBe.locator(`.djs-element[data-element-id="${acceptId}"]`).dblclick();
  const nameEditor = toBe.locator('.djs-direct-editing-content');
  await nameEditor.fill('Принять заявление онлайн');
  await nameEditor.press('Enter');
  await expect(app.taskNamed('Принять заявление онлайн', 'toBe')).toBeVisible();
  await toBe.locator(`.djs-element[data-element-id="${checkId}"]`).click();
  await toBe.locator('.djs-context-pad .entry[data-action="delete"]').click();
  await expect(app.taskNamed('Проверить документы', 'toBe')).toHaveCount(0);
  await app.appendTaskToStart('Уведомить заявителя', 'toBe', acceptId);
  const notifyId = (await app.taskNamed('Уведомить заявителя', 'toBe').getAttribute('data-element-id'))!;
  await app.waitSaved('toBe');

  // When the comparison is opened
  await app.selectVariantTab('Сравнение');
  const diff = page.getByRole('region', { name: 'Различия между вариантами' });
  await expect(diff.getByLabel('Было')).toHaveValue('asIs');
  await expect(diff.getByLabel('Стало')).toHaveValue('toBe');

  // Then the removed task is red on the as-is side, the added one green on the to-be side, the renamed amber on both
  const oldSide = page.getByTestId('diff-canvas-old');
  const newSide = page.getByTestId('diff-canvas-new');
  const shape = (side: typeof oldSide, id: string) => side.locator(`.djs-element[data-element-id="${id}"]`);
  await expect(shape(oldSide, checkId)).toHaveClass(/rw-diff--removed/);
  await expect(shape(newSide, notifyId)).toHaveClass(/rw-diff--added/);
  await expect(shape(oldSide, acceptId)).toHaveClass(/rw-diff--changed/);
  await expect(shape(newSide, acceptId)).toHaveClass(/rw-diff--changed/);

  // And the list says so in words
  const changes = diff.getByRole('list', { name: 'Список изменений' });
  await expect(changes.getByRole('button', { name: /^Удалено\s*Задача «Проверить документы»/ })).toBeVisible();
  await expect(changes.getByRole('button', { name: /^Добавлено\s*Задача «Уведомить заявителя»/ })).toBeVisible();
  const renamed = changes.getByRole('button', { name: /^Изменено\s*Задача «Принять заявление онлайн»/ });
  await expect(renamed).toContainText('Название: «Принять заявление» → «Принять заявление онлайн»');
  await expect(diff.getByRole('button', { name: 'Удалено: 1' })).toHaveAttribute('aria-pressed', 'true');

  // And choosing the renamed step selects it in both diagrams
  await renamed.click();
  await expect(shape(oldSide, acceptId)).toHaveClass(/\bselected\b/);
  await expect(shape(newSide, acceptId)).toHaveClass(/\bselected\b/);

  // And a step on one side only is selected there, and nothing stays selected on the other
  await changes.getByRole('button', { name: /^Удалено/ }).click();
  await expect(shape(oldSide, checkId)).toHaveClass(/\bselected\b/);
  await expect(newSide.locator('.djs-element.selected')).toHaveCount(0);

  // And pairing the removed step with the added one by hand makes them one changed step, until they are parted again
  await diff.getByText('Сопоставление шагов').click();
  await diff.getByLabel('Шаг варианта «Как есть»').selectOption({ label: 'Задача «Проверить документы»' });
  await diff.getByLabel('Шаг варианта «Как будет»').selectOption({ label: 'Задача «Уведомить заявителя»' });
  await diff.getByRole('button', { name: 'Сопоставить', exact: true }).click();
  await expect(shape(newSide, notifyId)).toHaveClass(/rw-diff--changed/);
  await expect(changes.getByRole('button', { name: /^Изменено\s*Задача «Уведомить заявителя»/ })).toContainText('Сопоставлен вручную');
  await diff.getByRole('button', { name: 'Разъединить: Задача «Проверить документы» и Задача «Уведомить заявителя»' }).click();
  await expect(shape(newSide, notifyId)).toHaveClass(/rw-diff--added/);
  await expect(shape(oldSide, checkId)).toHaveClass(/rw-diff--removed/);
});
