import { describe, expect, it } from 'vitest';
import { readCorpusBytes } from '../../test/corpus';
import { decodeBpmnBytes } from './bpmnFile';
import { unprefixReferences } from './qualifiedReferences';

describe('references written as qualified names', () => {
  it('are read as the ids they name, and types or unknown names are left alone', () => {
    const xml = `<bpmn2:definitions xmlns:bpmn2="m" xmlns:xsi="i" xmlns:di="d" id="D">
      <bpmn2:task id="T1"/><bpmn2:conditionExpression xsi:type="bpmn2:tFormalExpression"/>
      <di:shape bpmnElement="bpmn2:T1" other="bpmn2:T2" label="nope:T1"/></bpmn2:definitions>`;
    const { xml: read, rewritten } = unprefixReferences(xml);
    expect(rewritten).toEqual(['bpmn2:T1']);
    expect(read).toContain('bpmnElement="T1"');
    expect(read).toContain('xsi:type="bpmn2:tFormalExpression"');
    expect(read).toContain('other="bpmn2:T2"');
    expect(read).toContain('label="nope:T1"');
  });

  it('make the shapes of a GenMyModel export resolve', () => {
    const { xml, rewritten } = unprefixReferences(decodeBpmnBytes(readCorpusBytes('miwg-GenMyModel-0.47-A.3.0-export.bpmn')));
    expect(rewritten.length).toBeGreaterThan(15);
    expect(xml).not.toMatch(/bpmnElement="bpmn2:/);
  });
});
