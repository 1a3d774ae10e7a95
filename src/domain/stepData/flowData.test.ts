import { describe, expect, it } from 'vitest';
import { inspectBpmn, newModdle } from '../bpmnFile';
import { listOf } from '../moddleLists';
import { readFlowData } from './stepData';
import { createFlowDataElement } from './writeStepData';

const flow = (id: string, probability: string) =>
  `<bpmn:sequenceFlow id="${id}" sourceRef="G" targetRef="${id}_T"><bpmn:extensionElements><rw:flowData probability="${probability}" /></bpmn:extensionElements></bpmn:sequenceFlow><bpmn:task id="${id}_T" />`;
const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:rw="https://reengineering-workbench.kz/schema/step-data/1.0" id="D" targetNamespace="x">
  <bpmn:process id="P"><bpmn:exclusiveGateway id="G" default="Usual" />${flow('Usual', '0.95')}${flow('Rare', '0.05')}${flow('Odd', 'often')}${flow('Over', '1.5')}<bpmn:sequenceFlow id="Plain" sourceRef="G" targetRef="Usual_T" /></bpmn:process>
</bpmn:definitions>`;

async function flows(text: string) {
  const { rootElement } = await newModdle().fromXML(text);
  const process = listOf(rootElement, 'rootElements')[0]!;
  return Object.fromEntries(listOf(process, 'flowElements').map((element) => [element.id, element]));
}

describe('flow data extension', () => {
  it('reads the probability of a gateway’s outgoing flow, and nothing from a flow without it', async () => {
    const read = await flows(xml);
    expect(readFlowData(read.Usual!)).toEqual({ data: { probability: 0.95 }, problems: [] });
    expect(readFlowData(read.Rare!)).toEqual({ data: { probability: 0.05 }, problems: [] });
    expect(readFlowData(read.Plain!)).toEqual({ data: null, problems: [] });
  });

  it('reports a probability that is not a number from 0 to 1, and an import names it', async () => {
    const read = await flows(xml);
    expect(readFlowData(read.Odd!).problems).toEqual([{ elementId: 'Odd', attribute: 'flowData.probability', value: 'NaN' }]);
    expect(readFlowData(read.Over!)).toEqual({ data: {}, problems: [{ elementId: 'Over', attribute: 'flowData.probability', value: '1.5' }] });
    const inspected = await inspectBpmn(xml);
    if (!inspected.ok) throw new Error('expected the file to open');
    expect(inspected.warnings.filter((w) => w.kind === 'invalidStepData').map((w) => w.subject)).toEqual(['Odd: flowData.probability="NaN"', 'Over: flowData.probability="1.5"']);
  });

  it('writes what it reads', async () => {
    const moddle = newModdle();
    const { rootElement } = await moddle.fromXML(xml);
    const plain = listOf(listOf(rootElement, 'rootElements')[0]!, 'flowElements').find((element) => element.id === 'Plain')!;
    const written = createFlowDataElement(moddle, { probability: 0.3 })!;
    plain.set('extensionElements', moddle.create('bpmn:ExtensionElements', { values: [written] }));
    const { xml: saved } = await moddle.toXML(rootElement);
    expect(saved).toContain('<rw:flowData probability="0.3" />');
    expect(readFlowData((await flows(saved)).Plain!).data).toEqual({ probability: 0.3 });
    expect(createFlowDataElement(moddle, {})).toBeNull();
  });
});
