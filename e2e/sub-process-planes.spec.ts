import { expect, test } from '@playwright/test';
import type { PlaneDrawings, PlaneReach, PlanesReached } from './harness/planeDrawings';
import { buildHarness, openHarness } from './support/harness';
import { Workbench } from './support/workbench';

// bpmn-js draws the plane of every collapsed sub-process as it imports a file; the app draws the diagram shown
// first and the planes after it (src/bpmn/drawing/DeferredDrawing.ts).

/** A process of `count` collapsed sub-processes in a row, each with a plane of its own: a start event and `tasks` tasks in a chain. */
function subProcessPlanes(count: number, tasks: number): string {
  const subs = Array.from({ length: count }, (_, s) => s + 1);
  const steps = (s: number) => Array.from({ length: tasks }, (_, t) => `Task_${s}_${t + 1}`);
  const process = subs
    .map((s) => {
      const ids = [`Start_${s}`, ...steps(s)];
      const flows = ids.slice(1).map((id, i) => `<bpmn:sequenceFlow id="Flow_${s}_${i + 1}" sourceRef="${ids[i]}" targetRef="${id}" />`);
      return `<bpmn:subProcess id="Sub_${s}" name="Этап ${s}"><bpmn:startEvent id="Start_${s}" />${steps(s).map((id) => `<bpmn:task id="${id}" name="Шаг ${id.slice(5).replace('_', '.')}" />`).join('')}${flows.join('')}</bpmn:subProcess>`;
    })
    .join('\n    ');
  const mainShapes = subs.map((s) => `<bpmndi:BPMNShape id="Sub_${s}_di" bpmnElement="Sub_${s}" isExpanded="false"><dc:Bounds x="${100 + ((s - 1) % 6) * 150}" y="${100 + Math.floor((s - 1) / 6) * 120}" width="100" height="80" /></bpmndi:BPMNShape>`);
  const planes = subs.map((s) => {
    const shapes = [`<bpmndi:BPMNShape id="Start_${s}_di" bpmnElement="Start_${s}"><dc:Bounds x="100" y="122" width="36" height="36" /></bpmndi:BPMNShape>`];
    const edges: string[] = [];
    steps(s).forEach((id, t) => {
      const x = 200 + t * 150;
      shapes.push(`<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x}" y="100" width="100" height="80" /></bpmndi:BPMNShape>`);
      edges.push(`<bpmndi:BPMNEdge id="Flow_${s}_${t + 1}_di" bpmnElement="Flow_${s}_${t + 1}"><di:waypoint x="${t === 0 ? 136 : x - 50}" y="140" /><di:waypoint x="${x}" y="140" /></bpmndi:BPMNEdge>`);
    });
    return `<bpmndi:BPMNDiagram id="Diagram_Sub_${s}"><bpmndi:BPMNPlane id="Plane_Sub_${s}" bpmnElement="Sub_${s}">${shapes.join('')}${edges.join('')}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Process_1" name="Этапы" isExecutable="false">
    ${process}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_1"><bpmndi:BPMNPlane id="Plane_1" bpmnElement="Process_1">${mainShapes.join('')}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
  ${planes.join('\n  ')}
</bpmn:definitions>`;
}

/**
 * The elements on the as-is canvas's plane in view (diagram-js takes the other planes off the page), and how many of
 * those rendered are not drawn (an element far from the view is taken out of rendering, and drawn when the view comes).
 */
const undrawnInView = () => {
  const elements = [...document.querySelectorAll('[data-testid="canvas-asIs"] .djs-element:not(.djs-root)')];
  const rendered = elements.filter((element) => !element.closest('.rw-offscreen'));
  return { elements: elements.length, undrawn: rendered.filter((element) => element.querySelector(':scope > .djs-visual')?.childElementCount === 0).length };
};

test('a file of collapsed sub-processes shows its diagram drawn at once, and a plane drilled into at once is drawn', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Подпроцессы');
  // In the frame that first shows the diagram, before it is painted and before the planes' turn (after a paint):
  // the diagram shown, then the seventh sub-process drilled into.
  const firstFrame = page.evaluate(
    (undrawnSource) =>
      new Promise<Array<{ elements: number; undrawn: number }>>((done) => {
        const undrawn = new Function(`return (${undrawnSource})()`) as () => { elements: number; undrawn: number };
        const check = () => {
          if (!document.querySelector('[data-testid="canvas-asIs"] .djs-element.djs-shape')) return requestAnimationFrame(check);
          const shown = undrawn();
          document.querySelectorAll<HTMLElement>('[data-testid="canvas-asIs"] .bjs-drilldown')[6]!.click();
          done([shown, undrawn()]);
        };
        requestAnimationFrame(check);
      }),
    undrawnInView.toString(),
  );
  await app.chooseFile('Импорт процесса из .bpmn', { name: 'planes.bpmn', mimeType: 'application/xml', buffer: Buffer.from(subProcessPlanes(24, 12)) });

  // 24 sub-processes; a plane of a start event, 12 tasks and 12 flows.
  expect(await firstFrame).toEqual([
    { elements: 24, undrawn: 0 },
    { elements: 25, undrawn: 0 },
  ]);
  await expect(app.taskNamed('Шаг 7.3').locator('.djs-visual text')).toHaveText('Шаг 7.3');

  // Later, every other plane is drawn too.
  await page.waitForTimeout(1000);
  await app.canvas('asIs').locator('.bjs-crumb').first().click();
  await app.canvas('asIs').locator('.bjs-drilldown').nth(23).click();
  await expect(app.taskNamed('Шаг 24.5')).toBeVisible();
  expect(await page.evaluate(undrawnInView)).toEqual({ elements: 25, undrawn: 0 });
});

test("the app's editor puts the other planes' elements on the canvas after the import, as bpmn-js would, and draws them", async ({ page }) => {
  await openHarness(page, await buildHarness('planeDrawings'));
  const planeDrawings = (xml: string) => page.evaluate((x) => (window as unknown as { harness: { planeDrawings(x: string): Promise<PlaneDrawings> } }).harness.planeDrawings(x), xml);
  // 24 sub-processes, and 24 planes of 25 elements (each task's label is inside its shape): the planes' come after the import.
  expect(await planeDrawings(subProcessPlanes(24, 12))).toEqual({
    shownAtImport: 24,
    otherAtImport: 0,
    shownUndrawn: 0,
    elementsLater: 24 + 24 * 25,
    undrawnLater: 0,
    unlikePlain: [],
    plainWarnings: 0,
    warnings: 0,
  });
  // A plane that does not show the task a flow of it leads to: bpmn-js skips the flow with a warning; so does the app's
  // editor, after the import.
  const broken = subProcessPlanes(3, 2).replace(/<bpmndi:BPMNShape id="Task_1_2_di"[^]*?<\/bpmndi:BPMNShape>/, '');
  expect(broken).not.toContain('Task_1_2_di');
  const drawnBroken = await planeDrawings(broken);
  expect(drawnBroken).toMatchObject({ shownAtImport: 3, otherAtImport: 0, unlikePlain: [], undrawnLater: 0 });
  expect(drawnBroken.plainWarnings).toBeGreaterThan(0);
  expect(drawnBroken.warnings).toBe(drawnBroken.plainWarnings);
});

test("what may reach a plane's elements right after the import puts them all on the canvas first, as bpmn-js would have them", async ({ page }) => {
  await openHarness(page, await buildHarness('planeDrawings'));
  const xml = subProcessPlanes(6, 4);
  for (const reach of ['search', 'drillDown', 'deleteAndUndo', 'copy'] satisfies PlaneReach[]) {
    const reached = await page.evaluate(([x, r]) => (window as unknown as { harness: { planesReached(x: string, r: PlaneReach): Promise<PlanesReached> } }).harness.planesReached(x, r), [xml, reach] as const);
    // 6 sub-processes on the canvas at first; with their planes of 9 elements each, 60.
    expect({ reach, ...reached }).toEqual({ reach, before: 6, after: 6 + 6 * 9, unlikePlain: [] });
  }
});

test('the warnings of a plane filled in after the import are listed over the diagram with the others', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Подпроцессы');
  const broken = subProcessPlanes(3, 2).replace(/<bpmndi:BPMNShape id="Task_1_2_di"[^]*?<\/bpmndi:BPMNShape>/, '');
  await app.chooseFile('Импорт процесса из .bpmn', { name: 'planes.bpmn', mimeType: 'application/xml', buffer: Buffer.from(broken) });
  const warnings = page.getByTestId('import-warnings');
  await warnings.locator('summary').click();
  await expect(warnings).toContainText('«Task_1_2»');
  await expect(app.toast()).toContainText('planes.bpmn');
});
