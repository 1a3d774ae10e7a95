import { expect, test, type Page } from '@playwright/test';
import { Workbench } from './support/workbench';

test('after one online visit the app and its data open with the network off', async ({ page, context }) => {
  const app = new Workbench(page);
  await app.open();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await app.createProject('Без сети');
  await app.addProcess();
  await app.appendTaskToStart('Работа офлайн');
  await app.waitSaved();
  // The page must be controlled by the worker before the network goes.
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(app.taskNamed('Работа офлайн')).toBeVisible();
  await page.goto('/#/');
  await expect(page.getByRole('link', { name: 'Без сети' })).toBeVisible();
  await context.setOffline(false);
});

/** The palette's task tool of the shown editor (editors of other variants may be kept open, hidden, under it). */
const taskTool = (page: Page) => page.locator('.djs-palette .entry[data-action="create.task"]').filter({ visible: true });

test('switching the language translates the app and the modeler, keeping the diagram', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Язык');
  await app.addProcess();
  await app.appendTaskToStart('Задача до смены языка');
  await expect(taskTool(page)).toHaveAttribute('aria-label', 'Создать задачу');

  await page.getByLabel('Язык интерфейса').selectOption('kk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('tab', { name: 'Қандай күйде' })).toBeVisible();
  await expect(taskTool(page)).toHaveAttribute('aria-label', 'Тапсырма құру');
  await expect(app.taskNamed('Задача до смены языка')).toBeVisible();

  await page.getByLabel('Интерфейс тілі').selectOption('en');
  await expect(page.getByRole('tab', { name: 'As-is' })).toBeVisible();
  await expect(taskTool(page)).toHaveAttribute('aria-label', 'Create task');

  await page.reload();
  await expect(page.getByRole('tab', { name: 'As-is' })).toBeVisible();
  await expect(app.taskNamed('Задача до смены языка')).toBeVisible();
});

/** A process whose one step is a collapsed subprocess drawn on a plane of its own: bpmn-js gives it a drill-down button. */
const collapsedSubprocess = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Process_1" name="Проверка" isExecutable="false">
    <bpmn:subProcess id="Sub_1" name="Сверка документов">
      <bpmn:task id="Task_Inner" name="Сверка" />
    </bpmn:subProcess>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Process_1">
      <bpmndi:BPMNShape id="Sub_1_di" bpmnElement="Sub_1" isExpanded="false"><dc:Bounds x="300" y="150" width="100" height="80" /></bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
  <bpmndi:BPMNDiagram id="Diagram_2">
    <bpmndi:BPMNPlane id="Plane_2" bpmnElement="Sub_1">
      <bpmndi:BPMNShape id="Task_Inner_di" bpmnElement="Task_Inner"><dc:Bounds x="100" y="100" width="100" height="80" /></bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;

test('the language switches in place: buttons drawn on the diagram are retitled, a menu open is closed and opens anew in the new language', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Язык меню');
  await app.chooseFile('Импорт процесса из .bpmn', { name: 'subprocess.bpmn', mimeType: 'application/xml', buffer: Buffer.from(collapsedSubprocess) });
  const drilldown = app.canvas('asIs').locator('.bjs-drilldown');
  await expect(drilldown).toHaveAttribute('title', 'Открыть Сверка документов');
  await app.selectElementNamed('Сверка документов');
  await app.canvas('asIs').locator('.djs-context-pad .entry[data-action="replace"]').click();
  const menu = app.canvas('asIs').locator('.djs-popup');
  await expect(menu.locator('.djs-popup-title')).toHaveText('Изменить элемент');

  await page.getByLabel('Язык интерфейса').selectOption('kk');

  await expect(drilldown).toHaveAttribute('title', 'Сверка документов элементін ашу');
  await expect(menu).toHaveCount(0);
  await app.canvas('asIs').locator('.djs-context-pad .entry[data-action="replace"]').click();
  await expect(menu.locator('.djs-popup-title')).toHaveText('Элементті өзгерту');
});
