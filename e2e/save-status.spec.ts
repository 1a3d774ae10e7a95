import { expect, test, type Locator } from '@playwright/test';
import { Workbench } from './support/workbench';

const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not laid out');
  return b;
};

test('the save status shows one text at a time, and the toolbar keeps its place as it changes (ru, kk)', async ({ page }, testInfo) => {
  const app = new Workbench(page);
  await app.newProcessWithTask('Статус сохранения', 'Принять заявление');
  const pane = page.locator('.variant-canvas[data-variant="asIs"]');
  const status = pane.getByRole('status');
  const toolbar = pane.getByRole('toolbar');
  await expect(status).toHaveText('Сохранено', { useInnerText: true });
  const saved = { status: await box(status), toolbar: await box(toolbar) };

  // An edit: pending until its save, then saved again; the status is one text, and nothing moves.
  await page.clock.install();
  await app.renameTask('Принять заявление', 'Принять заявление и документы');
  await expect(status).toHaveText('Есть несохранённые изменения', { useInnerText: true });
  await expect(status).toMatchAriaSnapshot('- status: Есть несохранённые изменения');
  expect(await box(status)).toEqual(saved.status);
  expect(await box(toolbar)).toEqual(saved.toolbar);
  await page.clock.runFor(2000);
  await expect(status).toHaveText('Сохранено', { useInnerText: true });
  await expect(status).toMatchAriaSnapshot('- status: Сохранено');
  await toolbar.screenshot({ path: testInfo.outputPath('toolbar-ru.png') });

  await page.getByLabel('Язык интерфейса').selectOption('kk');
  await expect(status).toHaveText('Сақталды', { useInnerText: true });
  await expect(status).toMatchAriaSnapshot('- status: Сақталды');
  await toolbar.screenshot({ path: testInfo.outputPath('toolbar-kk.png') });
});
