import { expect, test, type Page } from '@playwright/test';
import { countStored } from './support/rawDb';
import { Workbench } from './support/workbench';

/** A project with two processes, the first ("Приём документов") open with a task drawn in its as-is. */
async function projectWithTwoProcesses(page: Page): Promise<{ app: Workbench; processId: string }> {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Корзина процессов');
  await app.addProcess();
  await app.renameProcess('Новый бизнес-процесс', 'Приём документов');
  await app.appendTaskToStart('Проверить заявление');
  await app.waitSaved();
  const processId = /\/process\/([^/]+)\//.exec(page.url())?.[1] ?? '';
  await app.addProcess();
  await app.renameProcess('Новый бизнес-процесс', 'Выдача справки');
  await app.processLink('Приём документов').click();
  await expect(app.taskNamed('Проверить заявление')).toBeVisible();
  return { app, processId };
}

const processNames = (page: Page) => page.locator('.process-list > ul > li a');

test('deleting the open process asks nothing, leaves it for the project page, and Undo brings it back open', async ({ page }) => {
  const { app } = await projectWithTwoProcesses(page);
  const processUrl = page.url();

  await app.trashProcess('Приём документов');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(app.toast()).toContainText('Процесс «Приём документов» перемещён в корзину');
  await expect(page).toHaveURL(/#\/project\/[^/]+$/);
  await expect(app.processTrash().locator('summary')).toHaveText('Корзина (1 процесс)');

  await app.toast().getByRole('button', { name: 'Отменить' }).click();
  await expect(processNames(page)).toHaveText(['Приём документов', 'Выдача справки']);
  await expect(app.processTrash()).toHaveCount(0);
  await expect(page).toHaveURL(processUrl);
  await expect(app.taskNamed('Проверить заявление')).toBeVisible();
});

test('a process in the trash stays there after a reload and is restored at its place with its diagram', async ({ page }) => {
  const { app } = await projectWithTwoProcesses(page);
  await app.trashProcess('Приём документов');
  await expect(processNames(page)).toHaveText(['Выдача справки']);

  await page.reload();
  await expect(processNames(page)).toHaveText(['Выдача справки']);
  await app.openProcessTrash();
  const row = app.processTrashRow('Приём документов');
  await expect(row).toContainText('Удалён:');
  await row.getByRole('button', { name: 'Восстановить' }).click();

  await expect(processNames(page)).toHaveText(['Приём документов', 'Выдача справки']);
  await expect(app.processTrash()).toHaveCount(0);
  await app.processLink('Приём документов').click();
  await expect(app.taskNamed('Проверить заявление')).toBeVisible();
});

test('delete forever asks first, naming the process, then removes it from the trash and from the database', async ({ page }) => {
  const { app, processId } = await projectWithTwoProcesses(page);
  await app.trashProcess('Приём документов');
  await app.openProcessTrash();
  const deleteForever = () => app.processTrashRow('Приём документов').getByRole('button', { name: 'Удалить навсегда' }).click();

  await deleteForever();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Процесс «Приём документов»');
  await expect(dialog).toContainText('Это действие нельзя отменить');
  await dialog.getByRole('button', { name: 'Отмена' }).click();
  await expect(app.processTrashRow('Приём документов')).toHaveCount(1);
  expect(await countStored(page, 'processes', 'id', processId)).toBe(1);

  await deleteForever();
  await dialog.getByRole('button', { name: 'Удалить навсегда' }).click();
  await expect(app.processTrash()).toHaveCount(0);
  expect(await countStored(page, 'processes', 'id', processId)).toBe(0);
  expect(await countStored(page, 'variants', 'processId', processId)).toBe(0);
  await page.reload();
  await expect(processNames(page)).toHaveText(['Выдача справки']);
  await expect(app.processTrash()).toHaveCount(0);
});

test('a process trashed in another tab leaves the tab that had it open on the project page, without errors', async ({ page, context }) => {
  const { app } = await projectWithTwoProcesses(page);
  const other = await context.newPage();
  const errors: string[] = [];
  other.on('pageerror', (error) => errors.push(error.message));
  other.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await other.goto(page.url());
  const second = new Workbench(other);
  await expect(second.taskNamed('Проверить заявление')).toBeVisible();

  await app.trashProcess('Приём документов');
  await expect(other.locator('.project-body > .empty-state')).toHaveText('Процесс «Приём документов» в корзине. Восстановить его можно из корзины внизу списка процессов.');
  await expect(second.processTrash().locator('summary')).toHaveText('Корзина (1 процесс)');
  await expect(processNames(other)).toHaveText(['Выдача справки']);
  expect(errors).toEqual([]);
});
