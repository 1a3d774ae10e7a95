import { describe, expect, it } from 'vitest';
import { corpusFiles, readCorpusBytes } from '../../test/corpus';
import { decodeBpmnBytes, importLimits, newModdle } from './bpmnFile';
import { surelyWritable } from './writableAsIs';

const limits = { depth: 10, storedLength: 100_000 };
const definitions = (attributes: string, body: string) =>
  `<?xml version="1.0"?>\n<!-- made by hand -->\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" ${attributes}>${body}</bpmn:definitions>`;

describe('surelyWritable', () => {
  it('trusts a file whose every prefix is declared on its root', () => {
    const xml = definitions('xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"', '<bpmn:process id="P" camunda:x="1"><bpmn:task id="T" xsi:type="x" /></bpmn:process>');
    expect(surelyWritable(xml, limits)).toBe(true);
  });

  it('does not trust content in no namespace, a prefix it was not told of, or a declaration below the root', () => {
    expect(surelyWritable(definitions('', '<bpmn:process id="P"><bpmn:extensionElements><Grid xmlns="" /></bpmn:extensionElements></bpmn:process>'), limits)).toBe(false);
    expect(surelyWritable(definitions('xmlns=""', '<bpmn:process id="P" />'), limits)).toBe(false);
    expect(surelyWritable(definitions('', '<bpmn:process id="P" foo:x="1" />'), limits)).toBe(false);
    expect(surelyWritable(definitions('', '<bpmn:process id="P"><foo:x /></bpmn:process>'), limits)).toBe(false);
    expect(surelyWritable(definitions('', '<bpmn:process id="P"><foo:x xmlns:foo="urn:foo" /></bpmn:process>'), limits)).toBe(false);
  });

  it('does not trust a file that could outgrow the store once indented', () => {
    const xml = definitions('', `<bpmn:process id="P">${'<bpmn:task id="T" />'.repeat(100)}</bpmn:process>`);
    expect(surelyWritable(xml, limits)).toBe(true);
    expect(surelyWritable(xml, { depth: 10, storedLength: xml.length * 6 })).toBe(false);
  });

  it('is right about every file of the corpus it trusts, and trusts most of them', async () => {
    let trusted = 0;
    for (const name of corpusFiles()) {
      const xml = decodeBpmnBytes(readCorpusBytes(name));
      if (!surelyWritable(xml, importLimits)) continue;
      trusted++;
      const { rootElement } = await newModdle().fromXML(xml);
      const { xml: written } = await newModdle().toXML(rootElement, { format: true });
      expect(written.length, name).toBeLessThanOrEqual(importLimits.storedLength);
    }
    expect(trusted).toBeGreaterThan(100);
  }, 120_000);
});
