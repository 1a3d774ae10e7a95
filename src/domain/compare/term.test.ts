import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../../test/fixtures/compare/compareFixtures';
import { factsFromXml } from './facts';
import { computeTerm } from './term';
import { toWorkingDays, workingDayHours } from './workingTime';

const tiny = (body: string) =>
  factsFromXml(
    `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:rw="https://reengineering-workbench.kz/schema/step-data/1.0" id="D" targetNamespace="t"><bpmn:process id="P">${body}</bpmn:process></bpmn:definitions>`,
  );
const task = (id: string, days: number) => `<bpmn:task id="${id}"><bpmn:extensionElements><rw:stepData><rw:normTime value="${days}" unit="workingDays" /></rw:stepData></bpmn:extensionElements></bpmn:task>`;
const flow = (from: string, to: string) => `<bpmn:sequenceFlow id="${from}_${to}" sourceRef="${from}" targetRef="${to}" />`;

describe('working time', () => {
  it('converts on an 8-hour working day', () => {
    expect(workingDayHours).toBe(8);
    expect(toWorkingDays({ value: 120, unit: 'minutes' })).toBe(0.25);
    expect(toWorkingDays({ value: 12, unit: 'hours' })).toBe(1.5);
    expect(toWorkingDays({ value: 3, unit: 'workingDays' })).toBe(3);
    expect(toWorkingDays(undefined)).toBe(0);
  });
});

describe('computeTerm', () => {
  it('walks a rework loop once: back edges are left out and the path must reach an end', async () => {
    // Submit 1 + Check 2 = 3. Flow_Back and Flow_Return close cycles; the 5-day correction
    // only leads back, so no start-to-end path runs through it.
    const term = computeTerm(await loadFacts('term-loop.bpmn'));
    expect(term).toEqual({ workingDays: 3, path: ['Start', 'Submit', 'Check', 'Ok', 'End'], sequenceFlows: ['Flow_1', 'Flow_2', 'Flow_3', 'Flow_4'], processId: 'Process_Loop' });
  });

  it('takes the longest of parallel branches, waiting included', async () => {
    // A 1; branch B 2 against C 3 h (0.375) + D 1 + 2 waiting = 3.375; E 240 min (0.5): 4.875.
    const term = computeTerm(await loadFacts('term-parallel.bpmn'));
    expect(term.workingDays).toBe(4.875);
    expect(term.path).toEqual(['Start', 'A', 'Fork', 'C', 'D', 'Join', 'E', 'End']);
    expect(term.sequenceFlows).toEqual(['Flow_1', 'Flow_2', 'Flow_C', 'Flow_CD', 'Flow_D2', 'Flow_3', 'Flow_4']);
  });

  it('takes the longest exclusive branch and ignores a node no start reaches', async () => {
    // X 10 h = 1.25 against Y 90 min + 1 day waiting = 1.1875 and the direct skip (0). The
    // 10-day Orphan has no incoming flow but the process has a start event, so it is not a start.
    const term = computeTerm(await loadFacts('term-exclusive.bpmn'));
    expect(term.workingDays).toBe(1.25);
    expect(term.path).toEqual(['Start', 'Choice', 'X', 'Merge', 'End']);
    expect(term.sequenceFlows).toEqual(['Flow_1', 'Flow_X', 'Flow_X2', 'Flow_2']);
  });

  it('times a sub-process by its own norm time, else by its longest inner path, and skips event sub-processes', async () => {
    // Timed: own 4 h = 0.5 (its 5-day inner task is ignored). Open: 1 waiting + P 2 + Nested
    // (no start event: starts at Q, 8 h = 1) = 4. The 30-day error handler is not on the flow.
    const term = computeTerm(await loadFacts('term-subprocess.bpmn'));
    expect(term.workingDays).toBe(4.5);
    expect(term.path).toEqual(['Start', 'Timed', 'Open', 'Open_Start', 'P', 'Nested', 'Q', 'Open_End', 'End']);
    expect(term.sequenceFlows).toEqual(['Flow_1', 'Flow_2', 'Flow_O1', 'Flow_O2', 'Flow_O3', 'Flow_3']);
  });

  it('continues from a boundary event’s host', async () => {
    // Review 1 → End is 1; Review 1 + Overdue waiting 2 + Escalate 1 → End_Escalated is 4.
    const term = computeTerm(await loadFacts('term-boundary.bpmn'));
    expect(term.workingDays).toBe(4);
    expect(term.path).toEqual(['Start', 'Review', 'Overdue', 'Escalate', 'End_Escalated']);
    expect(term.sequenceFlows).toEqual(['Flow_1', 'Flow_3', 'Flow_4']);
  });

  it('starts from every start event, stays in one pool and takes the longest process', async () => {
    // Applicant: paper start → Prepare 2 → Apply 1 = 3 beats the online start (1). Body: Decide
    // 20 h = 2.5. Following the message flow Apply → Decide would give 5.5; it is not followed.
    const term = computeTerm(await loadFacts('term-pools.bpmn'));
    expect(term).toMatchObject({ workingDays: 3, processId: 'Process_Applicant', path: ['Start_Paper', 'Prepare', 'Apply', 'Applicant_End'] });
  });

  it('starts at nodes without incoming flows when there is no start event', async () => {
    const facts = await tiny(task('A', 1) + task('B', 2) + task('C', 4) + flow('A', 'C') + flow('B', 'C'));
    expect(computeTerm(facts)).toMatchObject({ workingDays: 6, path: ['B', 'C'], sequenceFlows: ['B_C'] });
  });

  it('ends at the furthest node when a loop has no way out', async () => {
    const facts = await tiny(`<bpmn:startEvent id="S" />${task('A', 1)}${task('B', 2)}${flow('S', 'A')}${flow('A', 'B')}${flow('B', 'A')}`);
    expect(computeTerm(facts)).toMatchObject({ workingDays: 3, path: ['S', 'A', 'B'] });
  });

  it('is zero with an empty path for a diagram without processes or nodes', async () => {
    expect(computeTerm(await tiny(''))).toEqual({ workingDays: 0, path: [], sequenceFlows: [], processId: 'P' });
    expect(computeTerm({ processes: [], pools: [], lanes: [], steps: [], events: [], gateways: [], sequenceFlows: [] })).toEqual({ workingDays: 0, path: [], sequenceFlows: [], processId: null });
  });

  it('gives the same path every time', async () => {
    const facts = await loadFacts('as-is.bpmn');
    expect(computeTerm(facts)).toEqual(computeTerm(structuredClone(facts)));
  });
});
