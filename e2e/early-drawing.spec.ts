import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generateDiagram } from '../bench/generateDiagram';
import { Workbench } from './support/workbench';

// An imported file is drawn by an editor while the checks' worker reads it (src/bpmn/earlyDrawing.ts);
// the variant's editor takes that drawing only when the checks passed the file unchanged.

const fixture = (name: string) => resolve(import.meta.dirname, '../test/fixtures', name);
/** The mark the app makes when an editor takes an early drawing (earlyDrawingTakenMark). */
const takenDrawings = (page: Page) => page.evaluate(() => performance.getEntriesByName('workbench:early-drawing-taken').length);

/** References written as qualified names, as GenMyModel writes them: unrepaired, bpmn-js draws none of its shapes. */
const prefixedReferences = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn2:definitions xmlns:bpmn2="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_1" targetNamespace="http://example.com/bpmn">
  <bpmn2:process id="Process_1" name="Префиксы">
    <bpmn2:startEvent id="Start_1" name="Начало" />
    <bpmn2:task id="Task_1" name="Проверить документы" />
    <bpmn2:sequenceFlow id="Flow_1" sourceRef="Start_1" targetRef="Task_1" />
  </bpmn2:process>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="bpmn2:Process_1">
      <bpmndi:BPMNShape id="Start_1_di" bpmnElement="bpmn2:Start_1"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_1_di" bpmnElement="bpmn2:Task_1"><dc:Bounds x="200" y="78" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="bpmn2:Flow_1"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn2:definitions>
`;

const asFile = (name: string, text: string) => ({ name, mimeType: 'application/xml', buffer: Buffer.from(text) });

test('a file the checks repair is drawn as repaired, though its drawing began while they ran', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Ссылки с префиксом');
  await app.chooseFile('Импорт процесса из .bpmn', asFile('prefixed.bpmn', prefixedReferences));
  await expect(app.taskNamed('Проверить документы')).toBeVisible();
  const banner = page.getByTestId('import-warnings');
  await banner.locator('summary').click();
  await expect(banner.locator('li')).toHaveText(['Ссылки с префиксом пространства имён прочитаны как обычные (4): «bpmn2:Process_1», «bpmn2:Start_1», «bpmn2:Task_1», «bpmn2:Flow_1»']);
  expect(await takenDrawings(page)).toBe(0);

  // The same when it replaces a variant that is open: the repaired file, not the early drawing.
  await app.addProcess();
  await app.dropOnCanvas('prefixed.bpmn', prefixedReferences);
  await page.getByRole('dialog').getByRole('button', { name: 'Заменить из файла' }).click();
  await expect(app.taskNamed('Проверить документы')).toBeVisible();
  await expect(app.canvas('asIs').locator('.djs-element[data-element-id="StartEvent_1"]')).toHaveCount(0);
  expect(await takenDrawings(page)).toBe(0);
});

test('a file the checks pass unchanged is shown as drawn while they ran: framed, and its edits save and undo', async ({ page }, testInfo) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Рисунок во время проверки');
  await app.chooseFile('Импорт процесса из .bpmn', fixture('markup-names.bpmn'));
  await expect(app.taskNamed('<b>Проверить</b> документы')).toBeVisible();
  expect(await takenDrawings(page)).toBe(1);
  // Drawn off the page, it was framed once it was shown.
  expect(await app.coveredShapes()).toEqual([]);

  await app.renameTask('<b>Проверить</b> документы', 'Проверить заявление');
  await app.waitSaved();
  await page.reload();
  await expect(app.taskNamed('Проверить заявление')).toBeVisible();

  // Replacing the open variant's diagram from a file takes the early drawing too; undo works in it.
  await app.dropOnCanvas('replacement.bpmn', readFileSync(fixture('step-data.bpmn'), 'utf8'));
  await page.getByRole('dialog').getByRole('button', { name: 'Заменить из файла' }).click();
  await expect(app.taskNamed('Принять заявление')).toBeVisible();
  expect(await takenDrawings(page)).toBe(1);
  await app.renameTask('Принять заявление', 'Принять запрос');
  await app.waitSaved();
  await app.canvas('asIs').locator('svg').first().press('Control+z');
  await expect(app.taskNamed('Принять заявление')).toBeVisible();
  await app.waitSaved();
  const exported = testInfo.outputPath('replaced.bpmn');
  await app.exportBpmnTo(exported);
  expect(readFileSync(exported, 'utf8')).toContain('name="Принять заявление"');
});

test('a second file, imported while the first one’s editor is kept open, is drawn by an editor of its own', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Два файла подряд');
  await app.chooseFile('Импорт процесса из .bpmn', fixture('markup-names.bpmn'));
  await expect(app.taskNamed('<b>Проверить</b> документы')).toBeVisible();

  // The to-be from a file: the as-is editor stays open behind its tab, and the to-be gets the editor made when the picker opened.
  await app.selectVariantTab('Как будет');
  await app.chooseFile('Импорт из файла .bpmn', fixture('step-data.bpmn'));
  await expect(app.taskNamed('Принять заявление', 'toBe')).toBeVisible();
  expect(await takenDrawings(page)).toBe(2);

  await app.selectVariantTab('Как есть');
  await expect(app.taskNamed('<b>Проверить</b> документы')).toBeVisible();
  await expect(app.taskNamed('Принять заявление')).toHaveCount(0);
});

test('an imported diagram takes the pointer as soon as it is drawn: every element gets its hit area, the first click selects', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Большая схема');
  await app.chooseFile('Импорт процесса из .bpmn', asFile('large.bpmn', generateDiagram(600)));
  // The hit areas are made after the drawing (src/bpmn/hits): the pointer over the canvas makes those left of the
  // elements rendered at once (those far from the view are taken out of rendering, src/bpmn/culling).
  await app.canvas('asIs').locator('.djs-shape').first().waitFor();
  const made = await app.canvas('asIs').evaluate((canvas) => {
    canvas.querySelector('.djs-container')!.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
    const rendered = [...canvas.querySelectorAll('.djs-shape, .djs-connection')].filter((element) => !element.closest('.rw-offscreen'));
    return { elements: canvas.querySelectorAll('.djs-shape, .djs-connection').length, rendered: rendered.length, hits: rendered.filter((element) => element.querySelector(':scope > .djs-hit')).length };
  });
  expect(made.elements).toBeGreaterThan(1200);
  expect(made.rendered).toBeGreaterThan(100);
  expect(made.hits).toBe(made.rendered);

  await app.canvas('asIs').locator('.djs-element[data-element-id="Task_73"]').click();
  await expect(page.getByTestId('step-panel')).toContainText('Step 73');
});
