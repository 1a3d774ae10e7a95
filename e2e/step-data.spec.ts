import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { StepPanel, Workbench } from './support/workbench';

test('annotate a step with two documents and three fields, reload, export, import into a new project: the data is there', async ({ page }, testInfo) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Данные шага');
  await app.addProcess();
  await app.appendTaskToStart('Принять заявление');
  await app.selectElementNamed('Принять заявление');

  const panel = new StepPanel(page);
  await panel.text('Бизнес-роль исполнителя', 'Оператор ЦОН');
  await panel.choose('Вид шага', 'Ручной');
  await panel.check('Личная явка заявителя');
  await panel.check('Согласование');
  await panel.addDocument('Удостоверение личности');
  await panel.addDocument('Заявление');
  await panel.uses('document-use').nth(1).getByLabel('Форма').selectOption({ label: 'Бумажный оригинал' });
  for (const field of ['ИИН', 'Фамилия', 'Адрес']) await panel.addField(field);
  await panel.uses('field-use').nth(2).getByLabel('Заполнение').selectOption({ label: 'Заполняется из системы' });
  await app.waitSaved();

  // Undo and redo go through the diagram's command stack.
  await page.locator('.variant-canvas').getByRole('button', { name: 'Отменить (Ctrl+Z)' }).click();
  await expect(panel.uses('field-use').nth(2).getByLabel('Заполнение')).toHaveValue('manual');
  await page.locator('.variant-canvas').getByRole('button', { name: 'Повторить (Ctrl+Y)' }).click();
  await expect(panel.uses('field-use').nth(2).getByLabel('Заполнение')).toHaveValue('system');
  await app.waitSaved();

  await page.reload();
  await app.selectElementNamed('Принять заявление');
  await panel.expectData({ role: 'Оператор ЦОН', documents: ['Удостоверение личности', 'Заявление'], fields: ['ИИН', 'Фамилия', 'Адрес'] });

  const exported = testInfo.outputPath('annotated.bpmn');
  await app.exportBpmnTo(exported);
  const xml = readFileSync(exported, 'utf8');
  expect(xml.match(/<rw:document /g)).toHaveLength(2);
  expect(xml.match(/<rw:field /g)).toHaveLength(3);
  expect(xml).toContain('<rw:dictionary>');

  await app.open();
  await app.createProject('Другой проект');
  await app.chooseFile('Импорт процесса из .bpmn', exported);
  await app.selectElementNamed('Принять заявление');
  await panel.expectData({ role: 'Оператор ЦОН', documents: ['Удостоверение личности', 'Заявление'], fields: ['ИИН', 'Фамилия', 'Адрес'] });
  await expect(panel.uses('document-use').nth(1).getByLabel('Форма')).toHaveValue('paperOriginal');
  await expect(panel.root.getByLabel('Личная явка заявителя')).toBeChecked();
  // The badges are back too: two documents, two fields typed by hand (one is filled from a system), visit, approval.
  const taskId = await app.taskNamed('Принять заявление').getAttribute('data-element-id');
  const badges = page.locator(`.djs-overlays[data-container-id="${taskId}"] [data-badge]`);
  await expect(badges).toHaveText(['2', '2', '', '']);
  expect(await badges.evaluateAll((found) => found.map((badge) => (badge as HTMLElement).dataset.badge))).toEqual(['documents', 'manualFields', 'inPerson', 'approval']);
});

test('the reengineering decision is offered on as-is steps only', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Решения');
  await app.addProcess();
  await app.appendTaskToStart('Согласовать');
  await app.selectElementNamed('Согласовать');
  const panel = new StepPanel(page);
  await panel.choose('Решение', 'Исключить');
  await panel.text('Обоснование', 'Согласование дублирует проверку');
  await panel.check('Ожидание');
  await app.waitSaved();

  await app.selectVariantTab('Как будет');
  await page.getByRole('button', { name: 'Создать копией варианта «Как есть»' }).click();
  await app.selectElementNamed('Согласовать', 'toBe');
  await expect(panel.root.getByText('Решение по реинжинирингу')).toHaveCount(0);
  await app.selectVariantTab('Как есть');
  await app.selectElementNamed('Согласовать');
  await expect(panel.root.getByLabel('Обоснование')).toHaveValue('Согласование дублирует проверку');
});

test('a data object linked to a dictionary document and associated with a step records the document; badges show it', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Ассоциации');
  await app.addProcess();
  await app.appendTaskToStart('Проверить документы');
  const canvas = app.canvas('asIs');
  const task = app.taskNamed('Проверить документы');

  // A data object placed from the palette below the task.
  const box = (await task.boundingBox())!;
  await page.locator('.djs-palette .entry[data-action="create.data-object"]').click();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height + 110);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height + 110);
  const dataObject = canvas.locator('.djs-element.djs-shape[data-element-id^="DataObjectReference_"]');
  await expect(dataObject).toHaveCount(1);

  // The new data object is selected: link it to a dictionary document in the panel.
  const panel = new StepPanel(page);
  await panel.text('Документ словаря', 'Паспорт');
  await expect(page.getByTestId('linked-entry')).toContainText('Паспорт');

  await canvas.locator('.djs-context-pad .entry[data-action="connect"]').click();
  await task.click();
  await expect(canvas.locator('.djs-connection[data-element-id^="DataInputAssociation_"]')).toHaveCount(1);

  await app.selectElementNamed('Проверить документы');
  await expect(panel.uses('document-use').locator('strong')).toHaveText(['Паспорт']);
  await expect(panel.uses('document-use').getByLabel('Направление')).toHaveValue('input');
  const taskId = await task.getAttribute('data-element-id');
  const badge = page.locator(`.djs-overlays[data-container-id="${taskId}"] [data-badge="documents"]`);
  await expect(badge).toBeVisible();
  await expect(badge).toContainText('1');

  await page.getByLabel('Значки на схеме').uncheck();
  await expect(badge).toBeHidden();
  await page.getByLabel('Значки на схеме').check();
  await expect(badge).toBeVisible();

  // The association and the document it recorded are one undo step.
  await page.locator('.variant-canvas').getByRole('button', { name: 'Отменить (Ctrl+Z)' }).click();
  await expect(canvas.locator('.djs-connection[data-element-id^="DataInputAssociation_"]')).toHaveCount(0);
  await app.selectElementNamed('Проверить документы');
  await expect(panel.uses('document-use')).toHaveCount(0);
  await expect(badge).toHaveCount(0);
});

test('a step of four documents, three fields and a system fits on one screen; its role joins the dictionary; new entries are announced, not toasted', async ({ page }) => {
  // An ordinary office screen.
  await page.setViewportSize({ width: 1920, height: 1080 });
  const app = new Workbench(page);
  await app.newProcessWithTask('Компактно', 'Принять заявление');
  await app.selectElementNamed('Принять заявление');
  const panel = new StepPanel(page);
  await panel.text('Бизнес-роль исполнителя', 'Оператор ЦОН');
  await panel.text('Подразделение', 'ЦОН');
  for (const document of ['Удостоверение личности', 'Заявление', 'Свидетельство о браке', 'Медицинская справка']) await panel.addDocument(document);
  await expect(app.announcement()).toHaveText('В словарь добавлено: «Медицинская справка»');
  await expect(page.locator('.toast')).toHaveCount(0);
  // The use just added unfolds to be set at once; the others are one line each.
  await expect(panel.uses('document-use').nth(3).getByLabel('Форма')).toBeVisible();
  await expect(panel.uses('document-use').nth(0).getByLabel('Форма')).toBeHidden();
  await panel.uses('document-use').nth(3).getByLabel('Форма').selectOption({ label: 'Бумажный оригинал' });
  await expect(panel.uses('document-use').nth(3).locator('summary')).toHaveText('Медицинская справка Входной · Бумажный оригинал');
  for (const field of ['ИИН', 'Фамилия', 'Адрес']) await panel.addField(field);
  await panel.text('Система', 'ИИС ЦОН');
  await app.waitSaved();

  // Deselected by a click on the canvas far from the shapes, then selected again: the panel opens compact.
  const canvasSvg = app.canvas('asIs').locator('.djs-container > svg');
  const box = (await canvasSvg.boundingBox())!;
  await canvasSvg.click({ position: { x: box.width / 2, y: box.height - 30 } });
  await expect(page.locator('.djs-element.selected')).toHaveCount(0);
  await app.selectElementNamed('Принять заявление');
  const fits = await panel.root.evaluate((el) => el.scrollHeight <= el.clientHeight);
  expect(fits).toBe(true);

  await app.openDictionary();
  await page.getByRole('tab', { name: 'Бизнес-роли (1)' }).click();
  const role = page.getByTestId('dictionary-entry');
  await expect(role.getByLabel('Название')).toHaveValue('Оператор ЦОН');
  await expect(role.getByTestId('usage-count')).toHaveText('Используется: 1');
  await role.getByText('Подробнее').click();
  await expect(role.getByLabel('Подразделение')).toHaveValue('ЦОН');
});
