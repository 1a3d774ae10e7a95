import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { generateDiagram } from '../bench/generateDiagram';
import { corpusDir } from '../test/corpus';
import type { EditedSave } from './harness/incrementalSave';
import { buildHarness, openHarness } from './support/harness';

const repo = resolve(import.meta.dirname, '..');

/** Diagrams of several makers: the samples (step data), other vendors' files (pools, lanes, extensions), a generated one. */
const diagrams: [string, string][] = [
  ['sample: birth registration, as-is', readFileSync(resolve(repo, 'models/birth-registration/as-is.bpmn'), 'utf8')],
  ['sample: criminal record certificate, to-be', readFileSync(resolve(repo, 'models/criminal-record-certificate/to-be.bpmn'), 'utf8')],
  ['Camunda (camunda: extensions)', readFileSync(resolve(corpusDir, 'camunda-examples-job-announcement-publication-process-camunda-testing-job-announcement.bpmn'), 'utf8')],
  ['Signavio', readFileSync(resolve(corpusDir, 'bpmn-moddle-vendor-signavio-complex-no-extensions.bpmn'), 'utf8')],
  ['ARIS', readFileSync(resolve(corpusDir, 'miwg-ARIS-10.2025.07-B.2.0-export.bpmn'), 'utf8')],
  ['generated, 1,000 nodes', generateDiagram(1000)],
];

test('after every kind of edit, a save that rewrites only what changed writes what bpmn-js writes', async ({ page }) => {
  test.setTimeout(300_000);
  await openHarness(page, await buildHarness('incrementalSave'));
  for (const [name, xml] of diagrams) {
    const saves = await page.evaluate((text) => (window as unknown as { harness: { editAndSave(x: string): Promise<EditedSave[]> } }).harness.editAndSave(text), xml);
    expect(saves.length, name).toBeGreaterThan(10);
    expect(saves.filter((save) => !save.same), name).toEqual([]);
  }
});
