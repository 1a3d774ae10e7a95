import type { ModdleElement } from 'bpmn-moddle';
import { diff, type ChangeHandlerLike } from 'bpmn-js-differ';
import { describe, expect, it } from 'vitest';
import { generateVariantPair } from '../../../bench/generateVariants';
import { readFixture } from '../../../test/corpus';
import { newModdle } from '../bpmnFile';
import { sameForDiffer } from './sameForDiffer';

/** Every element with an id, extension elements set aside as the diff stages them. */
async function elementsOf(xml: string): Promise<Map<string, ModdleElement>> {
  const { elementsById } = await newModdle().fromXML(xml);
  const elements = new Map(Object.entries(elementsById as Record<string, ModdleElement>));
  for (const element of elements.values()) if (element.extensionElements) element.extensionElements = undefined;
  return elements;
}

/** Everything bpmn-js-differ reports between two elements. */
function differReports(before: ModdleElement, after: ModdleElement): string[] {
  const reports: string[] = [];
  const handler: ChangeHandlerLike = {
    added: (_m, property) => reports.push(`added ${property}`),
    removed: (_m, property) => reports.push(`removed ${property}`),
    changed: (_m, property) => reports.push(`changed ${property}`),
    moved: (_m, property) => reports.push(`moved ${property}`),
  };
  diff(before, after, handler);
  return reports;
}

const pairs: [string, () => { before: string; after: string }][] = [
  ['the comparison bench’s variants', () => {
    const { asIs, toBe } = generateVariantPair(300);
    return { before: asIs, after: toBe };
  }],
  ['the diff fixtures (as-is and derived)', () => ({ before: readFixture('diff/as-is.bpmn'), after: readFixture('diff/derived.bpmn') })],
];

describe('sameForDiffer', () => {
  it.each(pairs)('is true only where bpmn-js-differ finds nothing: %s', async (_name, read) => {
    const { before, after } = read();
    const [old, current] = [await elementsOf(before), await elementsOf(after)];
    let same = 0;
    let different = 0;
    for (const [id, element] of current) {
      const counterpart = old.get(id);
      if (!counterpart) continue;
      if (sameForDiffer(counterpart, element)) {
        same++;
        expect(differReports(counterpart, element), id).toEqual([]);
      } else if (differReports(counterpart, element).length > 0) different++;
    }
    // Both answers occur: the pairs left to the differ include the ones it reports.
    expect(same).toBeGreaterThan(0);
    expect(different).toBeGreaterThan(0);
  });

  it('leaves to the differ a renamed step, a moved reference, another type, and a step that holds anything', async () => {
    const xml = (task: string, flow: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <bpmn:process id="p"><bpmn:startEvent id="s"/><bpmn:endEvent id="e"/>${task}${flow}</bpmn:process>
</bpmn:definitions>`;
    const plain = await elementsOf(xml('<bpmn:task id="t" name="Принять"/>', '<bpmn:sequenceFlow id="f" sourceRef="s" targetRef="t"/>'));
    const variants = {
      renamed: await elementsOf(xml('<bpmn:task id="t" name="Проверить"/>', '<bpmn:sequenceFlow id="f" sourceRef="s" targetRef="t"/>')),
      rewired: await elementsOf(xml('<bpmn:task id="t" name="Принять"/>', '<bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e"/>')),
      retyped: await elementsOf(xml('<bpmn:userTask id="t" name="Принять"/>', '<bpmn:sequenceFlow id="f" sourceRef="s" targetRef="t"/>')),
      documented: await elementsOf(xml('<bpmn:task id="t" name="Принять"><bpmn:documentation>Зачем</bpmn:documentation></bpmn:task>', '<bpmn:sequenceFlow id="f" sourceRef="s" targetRef="t"/>')),
    };
    expect(sameForDiffer(plain.get('t')!, (await elementsOf(xml('<bpmn:task id="t" name="Принять"/>', ''))).get('t')!)).toBe(true);
    expect(sameForDiffer(plain.get('t')!, variants.renamed.get('t')!)).toBe(false);
    expect(sameForDiffer(plain.get('f')!, variants.rewired.get('f')!)).toBe(false);
    expect(sameForDiffer(plain.get('t')!, variants.retyped.get('t')!)).toBe(false);
    expect(sameForDiffer(plain.get('t')!, variants.documented.get('t')!)).toBe(false);
    expect(sameForDiffer(plain.get('f')!, plain.get('f')!)).toBe(true);
  });
});
