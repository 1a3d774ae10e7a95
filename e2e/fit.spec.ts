import { expect, test } from '@playwright/test';
import { chainDiagram } from './support/chainDiagram';
import { Workbench } from './support/workbench';

const file = (name: string, xml: string) => ({ name, mimeType: 'application/xml', buffer: Buffer.from(xml) });

test('«Вписать в окно» frames the diagram clear of the palette and the minimap button, alone and side by side', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 850 });
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Вписать в окно');
  await app.chooseFile('Импорт процесса из .bpmn', file('narrow.bpmn', chainDiagram(2)));
  await expect(app.taskNamed('Шаг 2')).toBeVisible();

  // Given a scrolled view, fit brings every shape into the free part of the canvas.
  await page.getByRole('button', { name: 'Увеличить' }).click();
  await page.getByRole('button', { name: 'Вписать в окно' }).click();
  expect(await app.coveredShapes('asIs')).toEqual([]);

  // A to-be far wider than the as-is, side by side with views linked: both diagrams fit in both halves.
  await app.selectVariantTab('Как будет');
  await page.getByRole('button', { name: 'Импорт из файла .bpmn' }).waitFor();
  await app.chooseFile('Импорт из файла .bpmn', file('wide.bpmn', chainDiagram(14)));
  await expect(app.taskNamed('Шаг 14', 'toBe')).toBeVisible();
  await app.selectVariantTab('Как есть');
  await page.getByLabel('Рядом').check();
  await expect(app.taskNamed('Шаг 14', 'toBe')).toBeVisible();
  const asIs = page.locator('.variant-canvas[data-variant="asIs"]');
  await asIs.getByRole('button', { name: 'Увеличить' }).click();
  await asIs.getByRole('button', { name: 'Вписать в окно' }).click();
  expect(await app.coveredShapes('asIs')).toEqual([]);
  expect(await app.coveredShapes('toBe')).toEqual([]);
});
