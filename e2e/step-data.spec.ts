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
