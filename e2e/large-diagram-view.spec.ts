import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { generateDiagram } from '../bench/generateDiagram';
import { Workbench } from './support/workbench';

// A diagram too large to read whole opens at its beginning, and only what is near the view is drawn and rendered
// (src/bpmn/fit, src/bpmn/culling, src/bpmn/drawing); the rest is drawn as the view comes to it, and an export
// holds all of it.

/** Elements of the as-is canvas: all, those rendered (not taken out far from the view), and those rendered but not drawn. */
const census = () => {
  const elements = [...document.querySelectorAll('[data-testid="canvas-asIs"] .djs-element:not(.djs-root)')];
  const rendered = elements.filter((element) => !element.closest('.rw-offscreen'));
  const drawn = (element: Element) => (element.querySelector(':scope > .djs-visual')?.childElementCount ?? 0) > 0;
  return { elements: elements.length, rendered: rendered.length, undrawnRendered: rendered.filter((element) => !drawn(element)).length };
};

test('a diagram of 3,000 steps opens at its beginning, renders what is near the view, draws the rest as the view comes, and exports all of it', async ({ page }) => {
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Большая схема');
  const xml = generateDiagram(3000);
  await app.chooseFile('Импорт процесса из .bpmn', { name: 'large.bpmn', mimeType: 'application/xml', buffer: Buffer.from(xml) });
  const tasks = [...xml.matchAll(/<bpmn:task id="(Task_\d+)" name="([^"]+)"/g)].map(([, id, name]) => [id!, name!] as const);
  const last = tasks.at(-1)!;
  // Never near the view: drawn for the export only.
  const middle = tasks[Math.floor(tasks.length / 2)]!;
  await expect(app.canvas('asIs').locator('.djs-element[data-element-id="Task_2"] .djs-visual text')).toHaveText('Step 2');

  // Opened at the wheel's furthest zoom (fitted, it would be specks), from the start event on.
  const canvas = app.canvas('asIs');
  /** The group diagram-js wraps an element's graphics in: what is taken out of rendering. */
  const groupOf = (selector: string) => canvas.locator(selector).locator('xpath=..');
  await expect(canvas.locator('.djs-element[data-element-id="StartEvent_1"]')).toBeVisible();
  const first = await page.evaluate(census);
  expect(first.elements).toBeGreaterThan(6000);
  expect(first.rendered).toBeGreaterThan(50);
  expect(first.rendered).toBeLessThan(first.elements / 4);
  expect(first.undrawnRendered).toBe(0);
  await expect(groupOf(`.djs-element[data-element-id="${last[0]}"]`)).toHaveClass(/rw-offscreen/);
  expect(await canvas.locator(`.djs-element[data-element-id="${middle[0]}"] .djs-visual > *`).count()).toBe(0);

  // The search takes the view to the last task: it is rendered and drawn, and what is near the start is taken out.
  await canvas.locator('.djs-container').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+f');
  await page.locator('.djs-search-input input').fill(last[1]);
  await page.locator('.djs-search-input input').press('End');
  await page.locator('.djs-search-result').first().waitFor();
  await page.locator('.djs-search-input input').press('Enter');
  await expect(canvas.locator(`.djs-element[data-element-id="${last[0]}"] .djs-visual text`)).toHaveText(last[1]);
  await expect(groupOf('.djs-element[data-element-id="StartEvent_1"]')).toHaveClass(/rw-offscreen/);
  expect((await page.evaluate(census)).undrawnRendered).toBe(0);

  // An SVG export holds every step, drawn, with no trace of the culling.
  await page.keyboard.press('Escape');
  await canvas.locator('.djs-container').click({ position: { x: 5, y: 5 } });
  await page.getByText('Экспорт', { exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Изображение SVG', exact: true }).click();
  const svg = readFileSync(await (await download).path(), 'utf8');
  expect(svg).toContain(`>${last[1]}<`);
  expect(svg).toContain('>Step 2<');
  expect(svg).toContain(`>${middle[1]}<`);
  expect(svg).not.toContain('rw-offscreen');

  // «Вписать в окно» still shows all of it.
  await page.getByRole('button', { name: 'Вписать в окно' }).click();
  await expect(groupOf('.djs-element[data-element-id="StartEvent_1"]')).not.toHaveClass(/rw-offscreen/);
  await expect(groupOf(`.djs-element[data-element-id="${last[0]}"]`)).not.toHaveClass(/rw-offscreen/);
});
