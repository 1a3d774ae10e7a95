import { expect, test } from '@playwright/test';
import { StepPanel, Workbench } from './support/workbench';

async function projectWithAnnotatedVariants(app: Workbench) {
  await app.open();
  await app.createProject('Словарь');
  await app.addProcess();
  await app.appendTaskToStart('Принять заявление');
  await app.selectElementNamed('Принять заявление');
  const panel = new StepPanel(app.page);
  await panel.addDocument('Справка');
  await panel.addField('ИИН');
  await app.waitSaved();
  for (const tab of ['Как будет', 'Как должно быть']) {
    await app.selectVariantTab(tab);
    await app.page.getByRole('button', { name: 'Создать копией варианта «Как есть»' }).click();
  }
  return panel;
}

test('renaming a dictionary document renames it in the steps of all three variants', async ({ page }) => {
  const app = new Workbench(page);
  const panel = await projectWithAnnotatedVariants(app);

  await app.openDictionary();
  await expect(page.getByTestId('dictionary-entry')).toHaveCount(1);
  await expect(page.getByTestId('usage-count')).toHaveText('Используется: 3');
  const name = page.getByTestId('dictionary-entry').getByLabel('Название');
  await name.fill('Справка о рождении');
  await name.press('Enter');

  await page.getByRole('link', { name: 'Новый бизнес-процесс' }).click();
  for (const [tab, kind] of [['Как есть', 'asIs'], ['Как будет', 'toBe'], ['Как должно быть', 'optimal']] as const) {
    await app.selectVariantTab(tab);
    await app.selectElementNamed('Принять заявление', kind);
    await expect(panel.uses('document-use').locator('strong')).toHaveText(['Справка о рождении']);
  }
});

test('renaming a business role in the dictionary renames it in the steps that name it', async ({ page }) => {
  const app = new Workbench(page);
  const panel = await projectWithAnnotatedVariants(app);
  await app.selectVariantTab('Как есть');
  await app.selectElementNamed('Принять заявление');
  await panel.text('Бизнес-роль исполнителя', 'Оператор ЦОН');
  await app.waitSaved();

  await app.openDictionary();
  await page.getByRole('tab', { name: /Бизнес-роли/ }).click();
  const name = page.getByTestId('dictionary-entry').getByLabel('Название');
  await expect(name).toHaveValue('Оператор ЦОН');
  await name.fill('Специалист ЦОН');
  await name.press('Enter');
  await expect(page.locator('.toast').last()).toContainText('Роль переименована и в шагах');

  await page.getByRole('link', { name: 'Новый бизнес-процесс' }).click();
  await app.selectVariantTab('Как есть');
  await app.selectElementNamed('Принять заявление');
  await expect(panel.root.getByLabel('Бизнес-роль исполнителя', { exact: true })).toHaveValue('Специалист ЦОН');
});

test('an entry in use cannot be deleted; duplicates merge into one', async ({ page }) => {
  const app = new Workbench(page);
  const panel = await projectWithAnnotatedVariants(app);
  await app.selectVariantTab('Как есть');
  await app.selectElementNamed('Принять заявление');
  await panel.addDocument('справка-дубль');
  await app.waitSaved();

  await app.openDictionary();
  const entry = (name: string) => page.getByTestId('dictionary-entry').filter({ has: page.locator(`input[value="${name}"]`) });
  // An entry in use says so at once, instead of asking to confirm and then refusing.
  await entry('Справка').getByRole('button', { name: 'Удалить' }).click();
  const inUse = page.getByRole('dialog', { name: 'Запись используется' });
  await expect(inUse).toContainText('используется и не может быть удалена');
  await expect(inUse).toContainText('Как должно быть');
  await expect(inUse.getByRole('button', { name: 'Удалить' })).toHaveCount(0);
  await inUse.getByRole('button', { name: 'Закрыть' }).first().click();
  await expect(page.getByTestId('dictionary-entry')).toHaveCount(2);

  await entry('справка-дубль').getByText('Подробнее').click();
  await entry('справка-дубль').getByLabel('Объединить с…').selectOption({ label: 'Справка' });
  await entry('справка-дубль').getByRole('button', { name: 'Объединить' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Объединить' }).click();
  await expect(page.getByTestId('dictionary-entry')).toHaveCount(1);
  await expect(page.getByTestId('usage-count')).toHaveText('Используется: 3');

  await page.getByRole('link', { name: 'Новый бизнес-процесс' }).click();
  await app.selectElementNamed('Принять заявление');
  await expect(panel.uses('document-use').locator('strong')).toHaveText(['Справка', 'Справка']);
});

test('a dictionary exported as XLSX and CSV imports into another project', async ({ page }, testInfo) => {
  const app = new Workbench(page);
  await projectWithAnnotatedVariants(app);
  await app.openDictionary();
  const files: string[] = [];
  for (const label of ['Экспорт XLSX', 'Экспорт CSV']) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: label }).click();
    const path = testInfo.outputPath((await download).suggestedFilename());
    await (await download).saveAs(path);
    files.push(path);
  }
  for (const file of files) {
    await app.open();
    await app.createProject(`Приёмник ${file.slice(-4)}`);
    await app.openDictionary();
    await page.getByLabel('Импорт из CSV/XLSX').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: 'Импортировано записей: 2' }).last()).toBeVisible();
    await expect(page.getByRole('tab', { name: /Документы \(1\)/ })).toBeVisible();
    await page.getByRole('tab', { name: /Поля данных/ }).click();
    await expect(page.getByTestId('dictionary-entry').getByLabel('Название')).toHaveValue('ИИН');
  }
});
