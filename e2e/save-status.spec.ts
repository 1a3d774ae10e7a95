import { expect, test, type Locator } from '@playwright/test';
import { Workbench } from './support/workbench';

const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not laid out');
  return b;
};

/** The status's pixels (as the page shows them: its canvas is painted by a worker), as a data URL, and how many are painted. */
const pixels = (status: Locator) =>
  status.evaluate(async (canvas: HTMLCanvasElement) => {
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext('2d')!;
    context.drawImage(await createImageBitmap(canvas), 0, 0);
    const data = context.getImageData(0, 0, copy.width, copy.height).data;
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
    return { url: copy.toDataURL(), inked };
  });

test('the save status is painted and named, one text at a time, and the toolbar keeps its place as it changes (ru, kk)', async ({ page }, testInfo) => {
  const app = new Workbench(page);
  await app.newProcessWithTask('Статус сохранения', 'Принять заявление');
  const pane = page.locator('.variant-canvas[data-variant="asIs"]');
  const status = app.saveStatus();
  const toolbar = pane.getByRole('toolbar');
  await expect(status).toHaveAccessibleName('Сохранено');
  await expect(pane.getByRole('status')).toMatchAriaSnapshot('- status:\n  - img "Сохранено"');
  await expect.poll(async () => (await pixels(status)).inked).toBeGreaterThan(50);
  const saved = { status: await box(status), toolbar: await box(toolbar), pixels: await pixels(status) };

  // An edit: pending until its save, then saved again; other pixels, and nothing moves.
  await page.clock.install();
  await app.renameTask('Принять заявление', 'Принять заявление и документы');
  await expect(status).toHaveAccessibleName('Есть несохранённые изменения');
  await expect(pane.getByRole('status')).toMatchAriaSnapshot('- status:\n  - img "Есть несохранённые изменения"');
  await expect.poll(async () => (await pixels(status)).inked).toBeGreaterThan(saved.pixels.inked);
  expect(await box(status)).toEqual(saved.status);
  expect(await box(toolbar)).toEqual(saved.toolbar);
  await page.clock.runFor(2000);
  await expect(status).toHaveAccessibleName('Сохранено');
  await expect.poll(async () => (await pixels(status)).url).toBe(saved.pixels.url);
  await toolbar.screenshot({ path: testInfo.outputPath('toolbar-ru.png') });

  await page.getByLabel('Язык интерфейса').selectOption('kk');
  await expect(status).toHaveAccessibleName('Сақталды');
  await expect.poll(async () => (await pixels(status)).url).not.toBe(saved.pixels.url);
  await toolbar.screenshot({ path: testInfo.outputPath('toolbar-kk.png') });
});
