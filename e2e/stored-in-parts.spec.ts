import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { generateDiagram } from '../bench/generateDiagram';
import { piecesFrom } from '../src/bpmn/save/textPieces';
import { projectIdOf, storedVariantXml } from './support/rawDb';
import { Workbench } from './support/workbench';

// A long diagram is stored in parts, made from the pieces its save wrote it in without joining them
// (src/bpmn/save/textPieces.ts, src/storage/contentParts.ts): what is stored must be, character for
// character, what bpmn-js itself writes of the diagram (the BPMN export), after a first save and after a
// save that splices the last one's texts.
test('the parts a long diagram is stored in join into what bpmn-js writes of it, and it opens again after a reload', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Схема по частям');
  // Long enough for its saves to keep the text in pieces.
  const xml = generateDiagram(7000);
  expect(xml.length).toBeGreaterThan(piecesFrom);
  await app.chooseFile('Импорт процесса из .bpmn', { name: 'parts.bpmn', mimeType: 'application/xml', buffer: Buffer.from(xml) });
  const task = (id: string) => app.canvas('asIs').locator(`.djs-element[data-element-id="${id}"]`);
  // Checking and drawing 7,000 nodes takes seconds, more on a 2-core machine running another spec beside it (over 10 s once in CI).
  await expect(task('Task_2')).toBeVisible({ timeout: 60_000 });
  const rename = async (id: string, to: string) => {
    await task(id).dblclick();
    const editor = app.canvas('asIs').locator('.djs-direct-editing-content');
    await expect(editor).toBeVisible();
    await editor.fill(to);
    await editor.press('Enter');
  };

  const storedMatchesExport = async (name: string) => {
    await app.waitSaved();
    const exported = testInfo.outputPath(`${name}.bpmn`);
    await app.exportBpmnTo(exported);
    const stored = await storedVariantXml(page, projectIdOf(page), 'asIs');
    expect(stored.length).toBeGreaterThan(piecesFrom);
    expect(stored === readFileSync(exported, 'utf8'), name).toBe(true);
  };

  await rename('Task_2', 'Принять заявление');
  await storedMatchesExport('first');
  await rename('Task_24', 'Проверить документы');
  await storedMatchesExport('second');

  await page.reload();
  await expect(task('Task_2')).toContainText('Принять заявление');
  await expect(task('Task_24')).toContainText('Проверить документы');
});
