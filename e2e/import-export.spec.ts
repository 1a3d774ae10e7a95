import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { Workbench } from './support/workbench';

const fixture = (name: string) => resolve(import.meta.dirname, '../test/fixtures', name);
const corpus = (name: string) => resolve(import.meta.dirname, '../../shared/corpus/dev', name);

async function projectWithTask(app: Workbench) {
  await app.open();
  await app.createProject('Импорт и экспорт');
  await app.addProcess();
  await app.appendTaskToStart('Исходная задача');
  await app.waitSaved();
}

test('export a variant as BPMN, import it as a new process: the task is there', async ({ page }) => {
  const app = new Workbench(page);
  await projectWithTask(app);

  await page.getByText('Экспорт', { exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'BPMN 2.0 XML (.bpmn)' }).click();
  const file = await (await download).path();
  const xml = readFileSync(file, 'utf8');
  expect(xml).toContain('name="Исходная задача"');
  expect(xml).toContain('bpmndi:BPMNShape');

  await app.chooseFile('Импорт процесса из .bpmn', { name: 'exported.bpmn', mimeType: 'application/xml', buffer: Buffer.from(xml) });
  await expect(page.locator('.process-list li')).toHaveCount(2);
  await expect(app.taskNamed('Исходная задача')).toBeVisible();
});

test('export SVG and PNG images of the diagram', async ({ page }) => {
  const app = new Workbench(page);
  await projectWithTask(app);
  for (const [label, check] of [
    ['Изображение SVG', (b: Buffer) => expect(b.toString('utf8')).toContain('Исходная')],
    ['Изображение PNG', (b: Buffer) => expect(b.subarray(1, 4).toString('latin1')).toBe('PNG')],
  ] as const) {
    await page.getByText('Экспорт', { exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: label, exact: true }).click();
    check(readFileSync(await (await download).path()));
  }
});

test('a malformed, a non-BPMN, an oversized, a too deeply nested and an undrawable file are refused and stored data stays unchanged', async ({ page }, testInfo) => {
  const app = new Workbench(page);
  await projectWithTask(app);

  await app.chooseFile('Заменить из файла', fixture('malformed.bpmn'));
  await page.getByRole('dialog').getByRole('button', { name: 'Заменить из файла' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'не является корректным XML' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Сохранённые данные не изменены' })).toBeVisible();

  await app.chooseFile('Импорт процесса из .bpmn', fixture('not-bpmn.xml'));
  await expect(page.getByRole('alert').filter({ hasText: 'не схема BPMN 2.0' })).toBeVisible();

  const huge = testInfo.outputPath('huge.bpmn');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 32));
  await app.chooseFile('Импорт процесса из .bpmn', huge);
  await expect(page.getByRole('alert').filter({ hasText: 'слишком большой' })).toBeVisible();

  // Ten thousand nested extension elements would make every save of the diagram fail.
  const deep = testInfo.outputPath('deep.bpmn');
  const levels = 10_000;
  writeFileSync(deep, readFileSync(fixture('markup-names.bpmn'), 'utf8').replace('<vendor:meta level="3" />', '<vendor:n>'.repeat(levels) + '</vendor:n>'.repeat(levels)));
  await app.chooseFile('Импорт процесса из .bpmn', deep);
  await expect(page.getByRole('alert').filter({ hasText: 'вложены глубже 100 уровней' })).toBeVisible();

  // The checks cannot prove this one drawable (its first diagram is empty), so it is drawn off-screen first: bpmn-js refuses it.
  const emptyFirst = readFileSync(fixture('markup-names.bpmn'), 'utf8').replace('<bpmndi:BPMNDiagram id="Diagram_1">', '<bpmndi:BPMNDiagram id="Empty_1" /><bpmndi:BPMNDiagram id="Diagram_1">');
  await app.chooseFile('Импорт процесса из .bpmn', { name: 'empty-first.bpmn', mimeType: 'application/xml', buffer: Buffer.from(emptyFirst) });
  await expect(page.getByRole('alert').filter({ hasText: 'no diagram to display' })).toBeVisible();

  await page.reload();
  await expect(page.locator('.process-list li')).toHaveCount(1);
  await expect(app.taskNamed('Исходная задача')).toBeVisible();
});

test('names with markup import as text and never run', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('<b>Проект</b><img src=x onerror="window.__pwned=3">');
  await expect(page.locator('.project-header h1')).toHaveText('<b>Проект</b><img src=x onerror="window.__pwned=3">');
  await app.chooseFile('Импорт процесса из .bpmn', fixture('markup-names.bpmn'));
  await expect(page.getByRole('link', { name: '<img src=x onerror="window.__pwned=1">' })).toBeVisible();
  await expect(app.taskNamed('<b>Проверить</b> документы')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a file dropped on the process list imports; duplicate ids are reported', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Перетаскивание');
  const bytes = readFileSync(corpus('miwg-ModelFoundry-1.1.1-C.1.0-roundtrip.bpmn')).toString('base64');
  const transfer = await page.evaluateHandle((b64) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([data], 'dropped.bpmn', { type: 'application/xml' }));
    return dt;
  }, bytes);
  await page.locator('.project-body > .drop-zone').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('.project-body > .drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(app.toast()).toContainText('dropped.bpmn');
  await expect(app.toast()).toContainText(/Предупреждения \(\d+\) — в списке над схемой/);
  await expect(page.getByTestId('import-warnings')).toContainText('Элементы с повторяющимся идентификатором пропущены');
  await expect(page.locator('.process-list li')).toHaveCount(1);
  await expect(app.canvas('asIs').locator('.djs-element.djs-shape').first()).toBeVisible();
});

test('a file dropped on the canvas replaces the variant after confirmation', async ({ page }) => {
  const app = new Workbench(page);
  await projectWithTask(app);
  await app.dropOnCanvas('replacement.bpmn', readFileSync(fixture('markup-names.bpmn'), 'utf8'));
  await expect(page.getByRole('dialog')).toContainText('replacement.bpmn');
  await page.getByRole('dialog').getByRole('button', { name: 'Заменить из файла' }).click();
  await expect(app.taskNamed('<b>Проверить</b> документы')).toBeVisible();
  await expect(app.taskNamed('Исходная задача')).toHaveCount(0);
  await page.reload();
  await expect(app.taskNamed('<b>Проверить</b> документы')).toBeVisible();
});

test('when the browser storage is full the edit stays, the user is told, and it is saved once space is back', async ({ page }) => {
  const app = new Workbench(page);
  await projectWithTask(app);
  // Simulates the disk filling up: IndexedDB refuses every write as the browser does when out of quota.
  await page.evaluate(() => {
    const original = IDBObjectStore.prototype.put;
    (window as unknown as { __restorePut(): void }).__restorePut = () => (IDBObjectStore.prototype.put = original);
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await app.appendTaskToStart('Правка при полном диске');
  await expect(page.getByRole('alert').filter({ hasText: 'нет места' })).toBeVisible();
  await expect(app.taskNamed('Правка при полном диске')).toBeVisible();

  await page.evaluate(() => (window as unknown as { __restorePut(): void }).__restorePut());
  await expect(app.saveStatus()).toHaveAccessibleName('Сохранено', { timeout: 15_000 });
  await page.reload();
  await expect(app.taskNamed('Правка при полном диске')).toBeVisible();
});

test('step data in the rw: extension survives import, editing and export', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Данные шагов');
  await app.chooseFile('Импорт процесса из .bpmn', fixture('step-data.bpmn'));
  await page.getByTestId('import-warnings').locator('summary').click();
  await expect(page.getByTestId('import-warnings')).toContainText('stepKind="magic"');
  await expect(app.taskNamed('Принять заявление')).toBeVisible();
  await app.appendTaskToStart('Новый шаг', 'asIs', 'Task_Check');
  await app.waitSaved();

  await page.getByText('Экспорт', { exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'BPMN 2.0 XML (.bpmn)' }).click();
  const xml = readFileSync(await (await download).path(), 'utf8');
  expect(xml).toContain('xmlns:rw="https://reengineering-workbench.kz/schema/step-data/1.0"');
  expect(xml).toContain('<rw:stepData executorRole="Оператор ЦОН"');
  expect(xml).toContain('<rw:field ref="field-address" entry="system" system="sys-gbdfl" />');
  expect(xml).toContain('<vendor:meta level="3" />');
  expect(xml).toContain('name="Новый шаг"');
});
