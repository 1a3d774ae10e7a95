import { expect, test, type Locator, type Page } from '@playwright/test';
import { ru } from '../src/bpmn/translate/ru';
import { generateDiagram } from '../bench/generateDiagram';
import { differingShare, openPlainModeler } from './support/plainBpmnJs';
import { projectIdOf, storedVariantXml } from './support/rawDb';
import { Workbench } from './support/workbench';

/** Only the control itself is compared: the diagram and the app's overlays behind it are hidden. */
const controlsOnly = '.djs-container > svg, .djs-overlay-container, .djs-minimap { visibility: hidden !important; }';

const shot = (control: Locator) => control.screenshot({ style: controlsOnly, animations: 'disabled' });

/** The pad of the task, the replace menu opened from it, then the search pad; each shot taken on the page as it is. */
async function shotsOf(page: Page, task: Locator): Promise<Record<string, Buffer>> {
  const pad = page.locator('.djs-context-pad.open');
  // diagram-js swallows the first click after a label was typed; a user simply clicks again.
  await expect(async () => {
    await task.click();
    await expect(pad).toBeVisible({ timeout: 1000 });
  }).toPass();
  const palette = page.locator('.djs-palette').filter({ visible: true });
  const shots: Record<string, Buffer> = { palette: await shot(palette), pad: await shot(pad) };
  await pad.locator('.entry[data-action="replace"]').click();
  shots.popup = await shot(page.locator('.djs-popup'));
  await page.keyboard.press('Escape');
  await expect(page.locator('.djs-popup')).toHaveCount(0);
  // The canvas takes the keys; focus it rather than wait for it to take focus back after the menu.
  await page.locator('.djs-container > svg').filter({ visible: true }).focus();
  await page.keyboard.press('Control+f');
  const search = page.locator('.djs-search-container');
  await expect(search.locator('input')).toBeFocused();
  // Typed in Latin: Playwright inserts Cyrillic text without the keyup the search listens to.
  await search.locator('input').pressSequentially('Activity');
  await expect(search.locator('.djs-search-result')).toHaveCount(1);
  shots.search = await shot(search);
  return shots;
}

test("the palette, context pad, replace menu and search pad look as in bpmn-js itself: the app's styles do not leak into them", async ({ page, browser }, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const app = new Workbench(page);
  await app.newProcessWithTask('Вид редактора', 'Принять заявление');
  // The reference draws the same diagram in the same place: same canvas box, same zoom and scroll.
  const box = (await app.canvas('asIs').boundingBox())!;
  const viewport = (await app.canvas('asIs').locator('svg g.viewport').first().getAttribute('transform')) ?? '';
  const inApp = await shotsOf(page, app.taskNamed('Принять заявление'));

  const plain = await browser.newPage({ viewport: page.viewportSize()! });
  await openPlainModeler(plain, { xml: await storedVariantXml(page, projectIdOf(page), 'asIs'), box, viewport, translations: ru });
  const inPlain = await shotsOf(plain, plain.locator('.djs-element.djs-shape').filter({ hasText: 'Принять заявление' }));

  for (const control of ['palette', 'pad', 'popup', 'search']) {
    const share = await differingShare(plain, inApp[control]!, inPlain[control]!);
    if (share >= 0.02) {
      await testInfo.attach(`${control}-app.png`, { body: inApp[control], contentType: 'image/png' });
      await testInfo.attach(`${control}-bpmn-js.png`, { body: inPlain[control], contentType: 'image/png' });
    }
    expect.soft(share, control).toBeLessThan(0.02);
  }
  await plain.close();
});

/** Each element's label as drawn: the text elements of its visual, their attributes (in any order) and their lines with positions. */
const labelsIn = (canvas: Locator) =>
  canvas.evaluate((root) => {
    const drawn = (text: Element) => ({
      attributes: Object.fromEntries([...text.attributes].map((a) => [a.name, a.value]).sort(([a], [b]) => a!.localeCompare(b!))),
      lines: [...text.children].map((line) => [line.getAttribute('x'), line.getAttribute('y'), line.textContent]),
    });
    return Object.fromEntries(
      [...root.querySelectorAll('.djs-element[data-element-id]')]
        .map((g) => [g.getAttribute('data-element-id')!, [...g.querySelectorAll(':scope > .djs-visual text')].map(drawn)] as const)
        .filter(([, texts]) => texts.length > 0),
    );
  });

test('labels are laid out as bpmn-js lays them out, also the ones a diagram repeats (laid out once, then copied)', async ({ page, browser }) => {
  // Five names, long enough to wrap, on the 160 tasks of a generated diagram.
  const names = ['Принять заявление и приложенные документы', 'Проверить', 'Направить межведомственный запрос в уполномоченный орган', 'Выдать результат', 'Зарегистрировать'];
  let next = 0;
  const xml = generateDiagram(200).replace(/name="Step \d+"/g, () => `name="${names[next++ % names.length]}"`);
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Подписи');
  await app.chooseFile('Импорт процесса из .bpmn', { name: 'labels.bpmn', mimeType: 'application/xml', buffer: Buffer.from(xml) });
  await app.canvas('asIs').locator('.djs-shape').first().waitFor();
  await app.waitSaved();
  const inApp = await labelsIn(app.canvas('asIs'));
  const texts = Object.values(inApp).map((text) => JSON.stringify(text));
  expect(texts.length).toBeGreaterThanOrEqual(160);
  expect(new Set(texts).size).toBeLessThan(10);

  const plain = await browser.newPage();
  await openPlainModeler(plain, { xml: await storedVariantXml(page, projectIdOf(page), 'asIs'), box: { x: 0, y: 0, width: 1280, height: 720 }, viewport: 'matrix(1 0 0 1 0 0)', translations: ru });
  expect(inApp).toEqual(await labelsIn(plain.locator('#canvas')));
  await plain.close();
});
