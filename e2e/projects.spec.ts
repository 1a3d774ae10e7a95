import { expect, test } from '@playwright/test';
import { StepPanel, Workbench } from './support/workbench';

test('create a project, draw a task in as-is, reload: the task is still there', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await expect(page.getByText('Проектов пока нет')).toBeVisible();

  await app.createProject('Справка о судимости');
  await app.addProcess();
  await app.appendTaskToStart('Проверить записи');
  await app.waitSaved();

  await page.reload();
  await expect(app.taskNamed('Проверить записи')).toBeVisible();
});

test('rename, duplicate, delete with undo, restore from the trash and delete forever', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Проект А');
  await app.addProcess();
  await app.open();
  const rows = page.getByTestId('project-row');
  await expect(rows).toHaveCount(1);

  await rows.first().getByRole('button', { name: 'Изменить' }).click();
  await page.getByRole('dialog').getByLabel('Название проекта').fill('Проект Б');
  await page.getByRole('dialog').getByRole('button', { name: 'Сохранить' }).click();
  await expect(rows.first()).toContainText('Проект Б');

  await rows.first().getByRole('button', { name: 'Копировать' }).click();
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Проект Б (копия)' })).toBeVisible();

  const copyRow = rows.filter({ hasText: 'Проект Б (копия)' });
  await copyRow.getByRole('button', { name: 'В корзину' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'В корзину' }).click();
  await expect(rows).toHaveCount(1);
  await page.locator('.toast').getByRole('button', { name: 'Отменить' }).click();
  await expect(rows).toHaveCount(2);

  await copyRow.getByRole('button', { name: 'В корзину' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'В корзину' }).click();
  await page.getByText(/Корзина \(1/).click();
  await page.getByTestId('trash-row').getByRole('button', { name: 'Восстановить' }).click();
  await expect(rows).toHaveCount(2);

  await copyRow.getByRole('button', { name: 'В корзину' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'В корзину' }).click();
  await page.getByText(/Корзина \(1/).click();
  await page.getByTestId('trash-row').getByRole('button', { name: 'Удалить навсегда' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Удалить навсегда' }).click();
  await expect(page.getByTestId('trash-row')).toHaveCount(0);
  await page.reload();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Проект Б');
});

test('a sample project opens with its three variants', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  const card = page.locator('.sample-card').filter({ hasText: 'судимост' });
  await card.getByRole('button', { name: 'Открыть пример' }).click();
  await expect(page.locator('.project-header h1')).toContainText('судимост');
  for (const [tab, kind] of [['Как есть', 'asIs'], ['Как будет', 'toBe'], ['Как должно быть', 'optimal']] as const) {
    await app.selectVariantTab(tab);
    await expect(app.canvas(kind).locator('.djs-element.djs-shape').first()).toBeVisible();
  }
  const copy = page.url();

  // Opening the sample again offers the copy the user has, instead of a second project of the same name.
  await app.open();
  await card.getByRole('button', { name: 'Открыть пример' }).click();
  const again = page.getByRole('dialog', { name: 'Этот пример уже открыт' });
  await expect(again).toContainText('судимост');
  await again.getByRole('button', { name: 'Открыть имеющийся' }).click();
  await expect(page).toHaveURL(new RegExp(`${copy.replace(/.*#/, '#').replace(/\/process.*/, '')}`));
  await app.open();
  await expect(page.locator('.project-name')).toHaveCount(1);
});

test('a sample project brings its step data and dictionary', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await page.locator('.sample-card').filter({ hasText: 'судимост' }).getByRole('button', { name: 'Открыть пример' }).click();
  await expect(page.locator('.project-header h1')).toContainText('судимост');

  await app.selectElementNamed('Ввести заявление в ИИС ЦОН вручную');
  const panel = new StepPanel(page);
  await expect(panel.root.getByLabel('Бизнес-роль исполнителя', { exact: true })).toHaveValue('Оператор ЦОН');
  await expect(panel.uses('document-use').locator('strong')).toHaveText(['Заявление о выдаче справки о наличии либо отсутствии судимости']);
  await expect(panel.uses('field-use')).toHaveCount(7);

  await app.openDictionary();
  for (const tab of ['Документы (3)', 'Поля данных (9)', 'Информационные системы (6)', 'Бизнес-роли (4)']) {
    await expect(page.getByRole('tab', { name: tab })).toBeVisible();
  }
  await expect(page.getByTestId('dictionary-entry')).toHaveCount(3);
  const idCard = page.getByTestId('dictionary-entry').filter({ has: page.locator('input[value="Удостоверение личности"]') });
  await expect(idCard).toHaveCount(1);
  await expect(idCard.getByTestId('usage-count')).toHaveText('Используется: 5');
});
