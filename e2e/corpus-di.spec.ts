import { expect, test } from '@playwright/test';
import { corpusFiles, readCorpusBytes } from '../test/corpus';
import type { DiagramLayout, RoundTrip } from './harness/roundTrip';
import { buildHarness, openHarness } from './support/harness';

/**
 * What of the file's layout a save lost: per diagram, the shapes and edges no longer in it. bpmn-js
 * moves the content of a collapsed sub-process drawn on its parent's plane into a diagram of the
 * sub-process's own (the BPMN 2.0 way, drilled into): there it counts as kept.
 */
function lostLayout(before: DiagramLayout[], after: DiagramLayout[]): string[] {
  const subProcessDiagrams = new Set(after.filter((d) => d.target === 'bpmn:SubProcess').flatMap((d) => d.entries));
  return before.flatMap((diagram, index) => {
    const kept = new Set(after[index]?.entries ?? []);
    const lost = diagram.entries.filter((id) => !kept.has(id) && !subProcessDiagrams.has(id));
    return lost.length > 0 ? [`diagram ${index + 1}: ${lost.length} of ${diagram.entries.length} (${lost.slice(0, 3).join(', ')})`] : [];
  });
}

test('every file of the corpus keeps the layout of every diagram through import and save, whichever diagram is shown', async ({ page }) => {
  test.setTimeout(600_000);
  await openHarness(page, await buildHarness('roundTrip'));
  const losses: string[] = [];
  let walked = 0;
  for (const name of corpusFiles()) {
    const file = Buffer.from(readCorpusBytes(name)).toString('base64');
    const { refused, before, after } = await page.evaluate((bytes) => (window as unknown as { harness: { roundTrip(b: string): Promise<RoundTrip> } }).harness.roundTrip(bytes), file);
    if (refused) continue;
    walked++;
    for (const [index, saved] of after.entries()) {
      for (const loss of lostLayout(before, saved)) losses.push(`${name}, showing diagram ${index + 1}, ${loss}`);
    }
  }
  expect(walked).toBeGreaterThan(140);
  expect(losses).toEqual([]);
});
