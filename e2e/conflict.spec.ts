import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { projectIdOf, writeVariantBehindTheApp } from './support/rawDb';
import { Workbench } from './support/workbench';

const editedProcess = (app: Workbench, name: string) => app.newProcessWithTask(name, 'Правка A1');

test('a write under this tab’s edits turns the editor read-only, keeps both versions, and "keep mine" makes mine current', async ({ page }) => {
  const app = new Workbench(page);
  await editedProcess(app, 'Конфликт');
  // Given another writer stores the variant behind this tab's back
  await writeVariantBehindTheApp(page, { projectId: projectIdOf(page), kind: 'asIs', replace: 'Правка A1', by: 'Чужая правка' });

  // When this tab's next edit is saved
  await app.renameTask('Правка A1', 'Правка A2');

  // Then the editor turns read-only at once, showing this tab's diagram, and says why
  const banner = page.getByTestId('conflict-banner');
  await expect(banner).toBeVisible();
  await expect(app.saveStatus()).toHaveText('Конфликт версий — только просмотр');
  await expect(app.canvas('asIs').locator('.djs-palette')).toHaveCount(0);
  await expect(app.taskNamed('Правка A2')).toBeVisible();
  await app.taskNamed('Правка A2').dblclick();
  await expect(app.canvas('asIs').locator('.djs-direct-editing-content')).toHaveCount(0);

  // Both are there to compare
  await banner.getByRole('button', { name: 'Сравнить обе' }).click();
  const diff = page.getByRole('dialog', { name: 'Другая версия и ваша' });
  await expect(diff.getByTestId('diff-canvas-old').locator('.djs-element').filter({ hasText: 'Чужая правка' })).toHaveCount(1);
  await expect(diff.getByTestId('diff-canvas-new').locator('.djs-element').filter({ hasText: 'Правка A2' })).toHaveCount(1);
  await expect(diff).toContainText('Правка A2');
  await diff.getByRole('button', { name: 'Закрыть' }).click();

  // Keeping mine makes it current and editable again; the other stays in the history
  await banner.getByRole('button', { name: 'Оставить мою текущей' }).click();
  await expect(banner).toHaveCount(0);
  await expect(app.canvas('asIs').locator('.djs-palette')).toBeVisible();
  await app.appendTaskToStart('Правка A3');
  await app.waitSaved();
  await page.reload();
  await expect(app.taskNamed('Правка A2')).toBeVisible();
  await expect(app.taskNamed('Правка A3')).toBeVisible();
  await expect(app.taskNamed('Правка A1')).toHaveCount(0);
  await expect(app.taskNamed('Чужая правка')).toHaveCount(0);

  await page.getByRole('button', { name: 'История версий' }).click();
  const history = page.getByRole('dialog', { name: /История версий/ });
  const conflictRows = history.locator('tr[data-reason="conflict"]');
  await expect(conflictRows).toHaveCount(2);
  // The older of the two is the other writer's diagram, kept when "mine" replaced it.
  await conflictRows.first().getByRole('button', { name: 'Открыть' }).click();
  await expect(page.getByTestId('version-canvas').locator('.djs-element').filter({ hasText: 'Чужая правка' })).toHaveCount(1);
});

test('"open the other version" shows the stored diagram; this tab’s edits stay in the history', async ({ page }) => {
  const app = new Workbench(page);
  await editedProcess(app, 'Другая версия');
  await writeVariantBehindTheApp(page, { projectId: projectIdOf(page), kind: 'asIs', replace: 'Правка A1', by: 'Чужая правка' });
  await app.renameTask('Правка A1', 'Моя правка');
  await page.getByTestId('conflict-banner').getByRole('button', { name: 'Открыть другую версию' }).click();

  await expect(page.getByTestId('conflict-banner')).toHaveCount(0);
  await expect(app.taskNamed('Чужая правка')).toBeVisible();
  await expect(app.taskNamed('Моя правка')).toHaveCount(0);
  await page.getByRole('button', { name: 'История версий' }).click();
  const mine = page.getByRole('dialog', { name: /История версий/ }).locator('tr[data-reason="conflict"]');
  await expect(mine).toHaveCount(1);
  await mine.getByRole('button', { name: 'Открыть' }).click();
  await expect(page.getByTestId('version-canvas').locator('.djs-element').filter({ hasText: 'Моя правка' })).toHaveCount(1);
});

test('with nothing unsaved, another writer’s announced save is shown quietly', async ({ page }) => {
  const app = new Workbench(page);
  await editedProcess(app, 'Тихое обновление');
  await writeVariantBehindTheApp(page, { projectId: projectIdOf(page), kind: 'asIs', replace: 'Правка A1', by: 'Чужая правка', announce: true });
  await expect(app.taskNamed('Чужая правка')).toBeVisible();
  await expect(page.getByTestId('conflict-banner')).toHaveCount(0);
  await app.appendTaskToStart('Дальше');
  await app.waitSaved();
});

test('while another tab edits a variant, a dictionary merge here is refused and a file dropped on the read-only canvas is ignored', async ({ page, context }) => {
  const editing = new Workbench(page);
  await editedProcess(editing, 'Блокировки');
  const url = page.url();

  const other = await context.newPage();
  const viewing = new Workbench(other);
  await other.goto(url);
  await expect(other.getByTestId('locked-banner')).toBeVisible();

  // A file dropped on the read-only canvas opens nothing and replaces nothing
  await viewing.dropOnCanvas('replacement.bpmn', readFileSync(resolve(import.meta.dirname, '../test/fixtures/markup-names.bpmn'), 'utf8'));
  await expect(other.getByRole('dialog')).toHaveCount(0);
  await expect(viewing.taskNamed('Правка A1')).toBeVisible();

  // Two duplicate entries; merging them would rewrite the diagram the first tab edits
  await viewing.openDictionary();
  for (const name of ['Справка', 'Справка (дубль)']) {
    await other.getByLabel('Название новой записи').fill(name);
    await other.getByLabel('Название новой записи').press('Enter');
  }
  const duplicate = other.getByTestId('dictionary-entry').filter({ has: other.locator('input[value="Справка (дубль)"]') });
  await duplicate.getByText('Подробнее').click();
  await duplicate.getByLabel('Объединить с…').selectOption({ label: 'Справка' });
  await duplicate.getByRole('button', { name: 'Объединить' }).click();
  await other.getByRole('dialog').getByRole('button', { name: 'Объединить' }).click();
  await expect(other.locator('.toast').last()).toContainText('Изменение словаря не выполнено');
  await expect(other.locator('.toast').last()).toContainText('«Новый бизнес-процесс» — Как есть');
  await expect(other.getByTestId('dictionary-entry')).toHaveCount(2);

  // Once the editing tab is closed, the merge goes through
  await page.close();
  await duplicate.getByRole('button', { name: 'Объединить' }).click();
  await other.getByRole('dialog').getByRole('button', { name: 'Объединить' }).click();
  await expect(other.getByTestId('dictionary-entry')).toHaveCount(1);
});
