import { expect, test } from '@playwright/test';
import { corpusFiles, readCorpusBytes } from '../test/corpus';
import type { PlaneDrawings } from './harness/planeDrawings';
import { buildHarness, openHarness } from './support/harness';

// The app's editor puts the elements of collapsed sub-processes' planes on the canvas after the import
// (src/bpmn/planes/): every file of the corpus with more than one diagram ends up as plain bpmn-js imports it.
test('every file of the corpus with sub-process planes ends up on the canvas as plain bpmn-js imports it, with the same warnings', async ({ page }) => {
  test.setTimeout(300_000);
  await openHarness(page, await buildHarness('planeDrawings'));
  const unlike: string[] = [];
  let walked = 0;
  let deferred = 0;
  for (const name of corpusFiles()) {
    // Both editors read the same text; a file in another encoding reads with replaced characters in both.
    const xml = new TextDecoder().decode(readCorpusBytes(name));
    if ((xml.match(/<(\w+:)?BPMNDiagram\b/g) ?? []).length < 2) continue;
    const drawings = await page.evaluate((x) => (window as unknown as { harness: { planeDrawings(x: string, untilDrawn: boolean): Promise<PlaneDrawings> } }).harness.planeDrawings(x, false), xml).catch((error: Error) => ({ failed: error.message }));
    if ('failed' in drawings) continue;
    walked++;
    if (drawings.elementsLater > drawings.shownAtImport + drawings.otherAtImport) deferred++;
    for (const line of drawings.unlikePlain.slice(0, 3)) unlike.push(`${name}: ${line}`);
    if (drawings.warnings !== drawings.plainWarnings) unlike.push(`${name}: ${drawings.warnings} warnings, plain bpmn-js ${drawings.plainWarnings}`);
  }
  expect(walked).toBeGreaterThan(10);
  expect(deferred).toBeGreaterThan(1);
  expect(unlike).toEqual([]);
});
