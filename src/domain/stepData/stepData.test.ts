import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../test/corpus';
import { inspectBpmn, newModdle } from '../bpmnFile';
import { readStepData } from './stepData';

const xml = readFixture('step-data.bpmn');

async function stepsOf(text: string): Promise<Record<string, ModdleElement>> {
  const { rootElement } = await newModdle().fromXML(text);
  const process = (rootElement.get('rootElements') as ModdleElement[])[0]!;
  return Object.fromEntries((process.get('flowElements') as ModdleElement[]).map((e) => [e.id, e]));
}

const stepDataXml = (text: string) => /<rw:stepData[\s\S]*?<\/rw:stepData>/.exec(text)?.[0];

describe('step data extension', () => {
  it('reads every attribute of a step', async () => {
    const { data, problems } = readStepData((await stepsOf(xml)).Task_Accept!);
    expect(problems).toEqual([]);
    expect(data).toEqual({
      executorRole: 'Оператор ЦОН',
      unit: 'ЦОН',
      stepKind: 'manual',
      approval: true,
      approvalUnit: 'Руководитель отдела',
      collegial: false,
      inPersonVisit: true,
      channel: 'serviceCentre',
      normTime: { value: 30, unit: 'minutes' },
      waitingTime: { value: 1.5, unit: 'workingDays' },
      documents: [
        { ref: 'doc-id-card', direction: 'input', form: 'paperOriginal', providedBy: 'applicant' },
        { ref: 'doc-application', direction: 'output', form: 'electronic', providedBy: 'informationSystem' },
      ],
      fields: [
        { ref: 'field-iin', entry: 'manual', system: undefined },
        { ref: 'field-address', entry: 'system', system: 'sys-gbdfl' },
        { ref: 'field-phone', entry: 'manual', system: undefined },
      ],
      systems: [{ ref: 'sys-iis-con', access: 'write' }],
      integrations: [{ from: 'sys-iis-con', to: 'sys-kpsisu' }],
      decision: {
        action: 'automate',
        waste: ['waiting', 'approvals'],
        rationale: 'Оператор вводит данные, которые есть в <ГБД ФЛ>',
        legalAct: 'Приказ № 123 от 01.01.2020',
        mergeWith: 'Task_Check',
      },
    });
  });

  it('round-trips XML → model → XML keeping every attribute, and other extensions beside it', async () => {
    const moddle = newModdle();
    const { rootElement } = await moddle.fromXML(xml);
    const { xml: written } = await moddle.toXML(rootElement, { format: true });
    expect(stepDataXml(written)?.replace(/\s+/g, ' ')).toBe(stepDataXml(xml)?.replace(/\s+/g, ' '));
    expect(written).toContain('<vendor:meta level="3" />');
    const [before, after] = [await stepsOf(xml), await stepsOf(written)];
    expect(readStepData(after.Task_Accept!)).toEqual(readStepData(before.Task_Accept!));
  });

  it('reports unknown values instead of failing, and leaves them out', async () => {
    const { data, problems } = readStepData((await stepsOf(xml)).Task_Check!);
    expect(problems.map((p) => `${p.attribute}=${p.value}`)).toEqual(['stepKind=magic', 'channel=pigeon', 'normTime.value=-5', 'document.direction=sideways']);
    expect(data).toMatchObject({ stepKind: undefined, channel: undefined, normTime: undefined, documents: [] });
  });

  it('an import names the unknown values as warnings', async () => {
    const result = await inspectBpmn(xml);
    if (!result.ok) throw new Error('expected success');
    expect(result.warnings.filter((w) => w.kind === 'invalidStepData').map((w) => w.subject)).toContain('Task_Check: stepKind="magic"');
  });

  it('a tool without the descriptor still reads and writes the file (the data stays as generic XML)', async () => {
    const plain = new BpmnModdle();
    const { rootElement, warnings } = await plain.fromXML(xml);
    expect(warnings).toEqual([]);
    const { xml: written } = await plain.toXML(rootElement);
    expect(written).toContain('executorRole="Оператор ЦОН"');
  });

  it('steps without data read as null', async () => {
    expect(readStepData((await stepsOf(xml)).Event_Start!)).toEqual({ data: null, problems: [] });
  });
});
