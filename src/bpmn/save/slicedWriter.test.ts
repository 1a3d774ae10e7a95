import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { generateDiagram } from '../../../bench/generateDiagram';
import { generateVariantPair } from '../../../bench/generateVariants';
import { stepDataDescriptor } from '../../domain/stepData/stepData';
import { corpusDir, corpusFiles, readFixture } from '../../../test/corpus';
import { elementsPerStep, xmlSteps, type ModdleElement } from './slicedWriter';

const repo = resolve(import.meta.dirname, '../../..');

/** The tree bpmn-js would hold after import: bpmn-moddle with the step-data extension, as the editor reads. */
async function parsed(xml: string): Promise<ModdleElement> {
  const { rootElement } = await new BpmnModdle({ rw: stepDataDescriptor }).fromXML(xml);
  return rootElement as unknown as ModdleElement;
}

function written(tree: ModdleElement): { xml: string; pauses: number } {
  const steps = xmlSteps(tree, { format: true });
  let pauses = 0;
  let step = steps.next();
  while (!step.done) {
    pauses += 1;
    step = steps.next();
  }
  return { xml: step.value, pauses };
}

/** Same text as bpmn-moddle's toXML, or the same error where bpmn-moddle cannot write the tree. */
async function expectSameAsModdle(xml: string): Promise<void> {
  const tree = await parsed(xml);
  const expected = await (tree.$model as unknown as BpmnModdle).toXML(tree as never, { format: true }).then(
    ({ xml }) => ({ xml }),
    (error: Error) => ({ error: error.message }),
  );
  if ('error' in expected) {
    expect(() => written(tree)).toThrow(expected.error);
    return;
  }
  const { xml: ours, pauses } = written(tree);
  expect(ours).toBe(expected.xml);
  // It did pause: every few elements are a step, both when the tree is built and when it is written, so the
  // caller can slice the work. (Not every tag is an element: a reference such as <bpmn:incoming> is a value.)
  const tags = ours.match(/<[^/?!]/g)!.length;
  expect(pauses).toBeGreaterThanOrEqual(Math.floor(tags / elementsPerStep));
}

describe('the sliced XML writer writes what bpmn-moddle writes', () => {
  it.each(corpusFiles())('other vendors’ file %s (foreign extensions and prefixes kept)', async (name) => {
    await expectSameAsModdle(readFileSync(join(corpusDir, name), 'utf8'));
  });

  const samples = readdirSync(join(repo, 'models'), { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.bpmn'));
  it.each(samples)('sample model %s (rw: step data)', async (path) => {
    await expectSameAsModdle(readFileSync(join(repo, 'models', path), 'utf8'));
  });

  it.each(['step-data.bpmn', 'foreign-elements.bpmn', 'markup-names.bpmn', 'plane-at-definitions.bpmn'])('fixture %s', async (name) => {
    await expectSameAsModdle(readFixture(name));
  });

  it('the bench’s 3,000-node diagram and a variant with step data on every activity', async () => {
    await expectSameAsModdle(generateDiagram(3000));
    await expectSameAsModdle(generateVariantPair(1000).asIs);
  });

  it('an edited tree: a renamed task, a changed step datum and a new foreign attribute', async () => {
    const tree = await parsed(readFixture('step-data.bpmn'));
    const process = (tree.get('rootElements') as ModdleElement[]).find((e) => e.$descriptor.name === 'bpmn:Process')!;
    const task = (process.get('flowElements') as ModdleElement[]).find((e) => e.$descriptor.name.endsWith('Task'))!;
    (task as unknown as { set(k: string, v: unknown): void }).set('name', 'Шаг <новый> & "кавычки"\nстрока');
    (task.$attrs as Record<string, string>)['xmlns:acme'] = 'http://acme.example/bpmn';
    (task.$attrs as Record<string, string>)['acme:flag'] = 'yes';
    const expected = (await (tree.$model as unknown as BpmnModdle).toXML(tree as never, { format: true })).xml;
    const ours = written(tree).xml;
    expect(ours).toBe(expected);
    expect(ours).toContain('acme:flag="yes"');
    expect(ours).toContain('&#34;кавычки&#34;&#10;строка');
  });
});
