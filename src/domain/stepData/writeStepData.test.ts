import type { ModdleElement } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../test/corpus';
import { newModdle } from '../bpmnFile';
import { readStepData, type StepData } from './stepData';
import { createStepDataElement, emptyStepData, isEmptyStepData } from './writeStepData';

const full: StepData = {
  executorRole: 'Регистратор ЗАГС',
  unit: 'Отдел регистрации',
  stepKind: 'automated',
  approval: true,
  approvalUnit: 'Начальник отдела',
  collegial: true,
  inPersonVisit: false,
  channel: 'portal',
  normTime: { value: 2, unit: 'hours' },
  waitingTime: { value: 3, unit: 'workingDays' },
  documents: [{ ref: 'doc-1', direction: 'input', form: 'scan', providedBy: 'stateBody' }],
  fields: [
    { ref: 'f-1', entry: 'manual', system: undefined },
    { ref: 'f-2', entry: 'system', system: 'sys-1' },
  ],
  systems: [{ ref: 'sys-1', access: 'readWrite' }],
  integrations: [{ from: 'sys-1', to: 'sys-2' }],
  decision: { action: 'merge', waste: ['transport', 'rework'], rationale: 'Две проверки одного и того же', legalAct: undefined, mergeWith: 'Task_Other' },
};

async function writtenAndReadBack(data: StepData): Promise<StepData | null> {
  const moddle = newModdle();
  const { rootElement } = await moddle.fromXML(readFixture('step-data.bpmn'));
  const process = (rootElement.get('rootElements') as ModdleElement[])[0]!;
  const start = (process.get('flowElements') as ModdleElement[]).find((e) => e.id === 'Event_Start')!;
  const extensions = moddle.create('bpmn:ExtensionElements', { values: [createStepDataElement(moddle, data)] });
  start.set('extensionElements', extensions);
  const { xml } = await moddle.toXML(rootElement);
  const { rootElement: again } = await newModdle().fromXML(xml);
  const reread = ((again.get('rootElements') as ModdleElement[])[0]!.get('flowElements') as ModdleElement[]).find((e) => e.id === 'Event_Start')!;
  return readStepData(reread).data;
}

describe('writing step data', () => {
  it('writes every attribute so that reading the XML gives the same data', async () => {
    expect(await writtenAndReadBack(full)).toEqual(full);
  });

  it('leaves unset and false attributes out', async () => {
    const moddle = newModdle();
    const element = createStepDataElement(moddle, { ...emptyStepData, stepKind: 'manual' });
    const { xml } = await moddle.toXML(element, { preamble: false });
    expect(xml).toBe('<rw:stepData xmlns:rw="https://reengineering-workbench.kz/schema/step-data/1.0" stepKind="manual" />');
  });

  it('knows when nothing is recorded', () => {
    expect(isEmptyStepData(emptyStepData)).toBe(true);
    expect(isEmptyStepData({ ...emptyStepData, executorRole: '' })).toBe(true);
    expect(isEmptyStepData({ ...emptyStepData, approval: true })).toBe(false);
  });
});
