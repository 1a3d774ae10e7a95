import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { Workbench } from './support/workbench';

const corpus = (name: string) => resolve(import.meta.dirname, '../../shared/corpus/dev', name);
const fixture = (name: string) => resolve(import.meta.dirname, '../test/fixtures', name);

/** Shapes and edges of each diagram of a file, in order. */
const layoutCounts = (xml: string) =>
  [...xml.matchAll(/<(?:\w+:)?BPMNDiagram\b[\s\S]*?<\/(?:\w+:)?BPMNDiagram>/g)].map(([diagram]) => [
    (diagram.match(/<(?:\w+:)?BPMNShape\b/g) ?? []).length,
    (diagram.match(/<(?:\w+:)?BPMNEdge\b/g) ?? []).length,
  ]);

test('a file of four collaboration diagrams: the import says so, the toolbar picks each, and a save keeps all four', async ({ page }, testInfo) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Диаграммы Trisotech');
  await app.chooseFile('Импорт процесса из .bpmn', corpus('miwg-Reference-C.4.0.bpmn'));
  await expect(app.toast()).toContainText('В файле 4 схемы процессов и взаимодействий');
  await expect(app.taskNamed('Review terms of contract')).toBeVisible();

  const picker = page.locator('.variant-canvas').getByLabel('Схема', { exact: true });
  await expect(picker.locator('option')).toHaveText(['Onboarding employee', 'IT', 'Payroll', 'Facilities']);
  await picker.selectOption({ label: 'IT' });
  await expect(app.taskNamed('Prepare workstation')).toBeVisible();
  await expect(app.taskNamed('Review terms of contract')).toHaveCount(0);

  // An edit in the second diagram is saved without losing the layout of any diagram.
  await app.renameTask('Prepare workstation', 'Создать учётную запись');
  await app.waitSaved();
  const exported = testInfo.outputPath('four-diagrams.bpmn');
  await app.exportBpmnTo(exported);
  const saved = readFileSync(exported, 'utf8');
  expect(saved).toContain('name="Создать учётную запись"');
  expect(layoutCounts(saved).slice(0, 4)).toEqual(layoutCounts(readFileSync(corpus('miwg-Reference-C.4.0.bpmn'), 'utf8')));
});

test('warnings of an import are translated and grouped, one list with one count, with no false encoding warning', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Чужие элементы');
  // Written in UTF-16 with a byte-order mark, as the file's prolog declares.
  const text = readFileSync(fixture('foreign-elements.bpmn'), 'utf8');
  await app.chooseFile('Импорт процесса из .bpmn', { name: 'foreign.bpmn', mimeType: 'application/xml', buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) });
  await expect(app.taskNamed('Принять заявление')).toBeVisible();
  await expect(app.toast()).toContainText('Предупреждения (6) — в списке над схемой.');

  const banner = page.getByTestId('import-warnings');
  await banner.locator('summary').click();
  await expect(banner.locator('summary')).toHaveText('Схема открыта с 6 предупреждениями:');
  await expect(banner.locator('li')).toHaveText([
    'Элементы пространства имён «ot» в недопустимом месте пропущены (4): «ot:schemaObjectDescription»',
    'Ссылки на несуществующие элементы пропущены (1): «Task_Gone»',
    'Фигуры схемы без элемента процесса не показаны (1): «Ghost_di»',
  ]);
  await expect(banner).not.toContainText(/encoding|кодировк/i);

  await banner.getByRole('button', { name: 'Скрыть предупреждения' }).click();
  await expect(banner).toBeHidden();
});

test('a diagram whose plane points at <definitions>, as Modelio writes it, opens with a warning', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Modelio');
  await app.chooseFile('Импорт процесса из .bpmn', fixture('plane-at-definitions.bpmn'));
  await expect(app.taskNamed('Проверить заявление')).toBeVisible();
  const banner = page.getByTestId('import-warnings');
  await banner.locator('summary').click();
  await expect(banner.locator('li')).toHaveText(['Схема ссылалась не на процесс и открыта для процесса своих элементов (1): «Выдача разрешения → Выдача разрешения»']);
});
