import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';
import { forEach } from 'min-dash';
import { describe, expect, it } from 'vitest';
import { corpusDir, corpusFiles } from '../test/corpus';
import { listFlowElementsOnce } from './bpmnImporterFlowElements';

const source = readFileSync(createRequire(import.meta.url).resolve('bpmn-js/lib/import/Importer.js'), 'utf8');

type Lister = (elements: unknown[]) => unknown[];

/** The importer's `selfAndAllFlowElements` as `text` has it, run with the min-dash `forEach` it imports. */
function listerIn(text: string): Lister {
  const start = text.indexOf('function selfAndAllFlowElements(');
  const body = text.slice(start, text.indexOf('\n}\n', start) + 2);
  return new Function('forEach', `${body}\nreturn selfAndAllFlowElements;`)(forEach) as Lister;
}

describe("bpmn-js's importer with the flow elements listed once", () => {
  it('lists the same elements in the same order as bpmn-js, for every process of the shared corpus', async () => {
    // given
    const [original, rewritten] = [listerIn(source), listerIn(listFlowElementsOnce(source))];
    const moddle = new BpmnModdle();
    let compared = 0;

    for (const name of corpusFiles()) {
      const { rootElement } = await moddle.fromXML(readFileSync(`${corpusDir}/${name}`, 'utf8'));
      const roots = (rootElement as unknown as { rootElements?: unknown[] }).rootElements ?? [];

      // when
      const listed = rewritten(roots);

      // then
      const expected = original(roots);
      expect(listed.length, name).toBe(expected.length);
      expect(listed.every((element, index) => element === expected[index]), name).toBe(true);
      compared += listed.length;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('refuses an importer it does not know, so the build says bpmn-js changed', () => {
    expect(() => listFlowElementsOnce(source.replace('result = result.concat(', 'result = [].concat(result, '))).toThrow(/bpmn-js Importer changed/);
  });
});
