import { describe, expect, it } from 'vitest';
import { factsFromXml } from './facts';
import { computeTerm, termBetween } from './term';
import { typicalOutcomes } from './typicalOutcome';

const process = (body: string) =>
  factsFromXml(
    `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:rw="https://reengineering-workbench.kz/schema/step-data/1.0" id="D" targetNamespace="t"><bpmn:process id="P">${body}</bpmn:process></bpmn:definitions>`,
  );
const task = (id: string, days: number) => `<bpmn:task id="${id}"><bpmn:extensionElements><rw:stepData><rw:normTime value="${days}" unit="workingDays" /></rw:stepData></bpmn:extensionElements></bpmn:task>`;
const flow = (from: string, to: string, probability?: number) =>
  `<bpmn:sequenceFlow id="${from}_${to}" sourceRef="${from}" targetRef="${to}">${probability === undefined ? '' : `<bpmn:extensionElements><rw:flowData probability="${probability}" /></bpmn:extensionElements>`}</bpmn:sequenceFlow>`;
/** Start → G → Quick (1 day) or Slow (5 days) → End. */
const choice = (gateway: string, quick?: number, slow?: number) =>
  `<bpmn:startEvent id="S" />${gateway}${task('Quick', 1)}${task('Slow', 5)}<bpmn:endEvent id="E" />${flow('S', 'G')}${flow('G', 'Quick', quick)}${flow('G', 'Slow', slow)}${flow('Quick', 'E')}${flow('Slow', 'E')}`;

describe('the typical outcome of a gateway', () => {
  it('is the default flow, so the typical term skips the rare branch and the longest takes it', async () => {
    const facts = await process(choice('<bpmn:exclusiveGateway id="G" default="G_Quick" />'));
    expect(typicalOutcomes(facts)).toEqual({ skipped: new Set(['G_Slow']), unmarked: [] });
    expect(computeTerm(facts, 'typical')).toMatchObject({ workingDays: 1, path: ['S', 'G', 'Quick', 'E'] });
    expect(computeTerm(facts, 'longest')).toMatchObject({ workingDays: 5, path: ['S', 'G', 'Slow', 'E'] });
  });

  it('is the most likely flow when flows carry probabilities, whatever the default', async () => {
    const facts = await process(choice('<bpmn:exclusiveGateway id="G" default="G_Quick" />', 0.2, 0.8));
    expect(computeTerm(facts, 'typical').workingDays).toBe(5);
  });

  it('is every flow at least as likely as not for an inclusive gateway', async () => {
    const facts = await process(choice('<bpmn:inclusiveGateway id="G" />', 0.9, 0.6));
    expect(typicalOutcomes(facts).skipped.size).toBe(0);
    const rare = await process(choice('<bpmn:inclusiveGateway id="G" />', 0.9, 0.1));
    expect(computeTerm(rare, 'typical').workingDays).toBe(1);
  });

  it('is not marked without a default or probabilities: the typical term then takes the longest way and the gateway is named', async () => {
    const facts = await process(choice('<bpmn:exclusiveGateway id="G" />'));
    expect(typicalOutcomes(facts).unmarked).toEqual(['G']);
    expect(computeTerm(facts, 'typical').workingDays).toBe(5);
    // A parallel gateway takes every way: nothing to mark.
    expect(typicalOutcomes(await process(choice('<bpmn:parallelGateway id="G" />'))).unmarked).toEqual([]);
  });

  it('leaves boundary events out of the typical course', async () => {
    const facts = await process(
      `<bpmn:startEvent id="S" />${task('Review', 1)}<bpmn:boundaryEvent id="Late" attachedToRef="Review" />${task('Escalate', 3)}<bpmn:endEvent id="E" /><bpmn:endEvent id="E2" />${flow('S', 'Review')}${flow('Review', 'E')}${flow('Late', 'Escalate')}${flow('Escalate', 'E2')}`,
    );
    expect(computeTerm(facts, 'typical').workingDays).toBe(1);
    expect(computeTerm(facts, 'longest').workingDays).toBe(4);
    expect(termBetween(facts, 'Review', 'Escalate', 'typical')).toBeNull();
    expect(termBetween(facts, 'Review', 'Escalate', 'longest')?.workingDays).toBe(4);
  });
});
