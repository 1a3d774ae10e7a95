import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../../../test/corpus';
import { loadFacts } from '../../../test/fixtures/compare/compareFixtures';
import { factsFromXml, inferStepKind } from './facts';
import { computeTerm } from './term';

describe('extractFacts', () => {
  it('walks pools, nested lanes, the process and its sub-process in document order', async () => {
    const facts = await loadFacts('as-is.bpmn');
    expect(facts.processes).toEqual([{ id: 'Process_Main', name: 'Выдача справки (как есть)' }]);
    expect(facts.pools).toEqual([
      { id: 'Participant_Applicant', name: 'Заявитель', processId: null },
      { id: 'Participant_Body', name: 'Государственный орган', processId: 'Process_Main' },
    ]);
    expect(facts.lanes.map((lane) => [lane.id, lane.parentLaneId])).toEqual([
      ['Lane_Con', null],
      ['Lane_Operator', 'Lane_Con'],
      ['Lane_Head', 'Lane_Con'],
      ['Lane_Kpsisu', null],
    ]);
    expect(facts.steps.map((step) => step.id)).toEqual(['Task_Accept', 'Task_Check', 'Task_Approve', 'Task_CoApprove', 'Sub_Commission', 'Task_Meeting', 'Task_Issue', 'Task_Notify']);
    expect(facts.events.map((event) => event.id)).toEqual(['Event_Start', 'Event_Overdue', 'Event_Escalated', 'Event_SubStart', 'Event_SubEnd', 'Event_End']);
    expect(facts.gateways.map((gateway) => gateway.id)).toEqual(['Gateway_Split', 'Gateway_Join']);
    expect(facts.sequenceFlows).toHaveLength(14);
  });

  it('places a node in its innermost lane, and a sub-process’s content in the sub-process’s lane', async () => {
    const facts = await loadFacts('as-is.bpmn');
    const laneOf = (id: string) => [...facts.steps, ...facts.events].find((node) => node.id === id)?.laneId;
    expect(laneOf('Task_Approve')).toBe('Lane_Head');
    expect(laneOf('Task_Meeting')).toBe('Lane_Kpsisu');
    expect(facts.steps.find((step) => step.id === 'Task_Meeting')?.containerId).toBe('Sub_Commission');
    expect(facts.sequenceFlows.find((flow) => flow.id === 'Flow_S1')).toEqual({ id: 'Flow_S1', name: '', sourceId: 'Event_SubStart', targetId: 'Task_Meeting', containerId: 'Sub_Commission', probability: null });
    expect(facts.events.find((event) => event.id === 'Event_Overdue')?.attachedTo).toBe('Task_Approve');
  });

  it('takes the declared step kind, else infers it from the BPMN type', async () => {
    const facts = await loadFacts('as-is.bpmn');
    expect(facts.steps.map((step) => [step.id, step.kind, step.kindInferred])).toEqual([
      ['Task_Accept', 'manual', false],
      ['Task_Check', 'automatic', true], // a service task with step data that leaves the kind out
      ['Task_Approve', 'automated', false],
      ['Task_CoApprove', 'manual', true],
      ['Sub_Commission', 'manual', true],
      ['Task_Meeting', 'manual', true],
      ['Task_Issue', 'automatic', false], // declared on a send task
      ['Task_Notify', 'manual', true], // a call activity
    ]);
    expect(['bpmn:ServiceTask', 'bpmn:ScriptTask', 'bpmn:BusinessRuleTask'].map(inferStepKind)).toEqual(['automatic', 'automatic', 'automatic']);
    expect(['bpmn:UserTask', 'bpmn:ManualTask', 'bpmn:Task', 'bpmn:SendTask', 'bpmn:SubProcess'].map(inferStepKind)).toEqual(['manual', 'manual', 'manual', 'manual', 'manual']);
  });

  it('is plain data that survives JSON', async () => {
    const facts = await loadFacts('as-is.bpmn');
    expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
  });
});

/** Counts an element name by regex over the raw XML: independent of moddle and of the code under test. */
function countTags(xml: string, names: string[]): number {
  return (xml.match(new RegExp(`<bpmn:(${names.join('|')})[\\s>/]`, 'g')) ?? []).length;
}
const stepTags = ['task', 'userTask', 'manualTask', 'serviceTask', 'scriptTask', 'businessRuleTask', 'sendTask', 'receiveTask', 'subProcess', 'transaction', 'adHocSubProcess', 'callActivity'];
const eventTags = ['startEvent', 'endEvent', 'intermediateCatchEvent', 'intermediateThrowEvent', 'boundaryEvent'];
const gatewayTags = ['exclusiveGateway', 'inclusiveGateway', 'parallelGateway', 'eventBasedGateway', 'complexGateway'];

describe('facts of third-party and sample diagrams', () => {
  it('counts the MIWG B.2.0 reference diagram (bpmn.io export) as a regex over its XML does', async () => {
    const xml = readFileSync(join(corpusDir, 'miwg-bpmnio-18.6.1-B.2.0-export.bpmn'), 'utf8');
    const facts = await factsFromXml(xml);
    // From `grep -oE '<bpmn:[a-zA-Z]+ ' | sort | uniq -c`: 21 task, 5 userTask, 4 serviceTask, 1 sendTask,
    // 1 receiveTask, 6 subProcess, 2 callActivity = 40 steps; 13 end, 11 boundary, 7 start,
    // 7 intermediate catch, 5 intermediate throw = 43 events; 4 exclusive, 2 inclusive, 1 parallel,
    // 1 event-based = 8 gateways; 2 lanes, 2 participants, 83 sequence flows.
    expect(facts.steps).toHaveLength(countTags(xml, stepTags));
    expect(facts.steps).toHaveLength(40);
    expect(facts.events).toHaveLength(countTags(xml, eventTags));
    expect(facts.events).toHaveLength(43);
    expect(facts.gateways).toHaveLength(countTags(xml, gatewayTags));
    expect(facts.gateways).toHaveLength(8);
    expect(facts.lanes).toHaveLength(2);
    expect(facts.pools).toHaveLength(2);
    expect(facts.sequenceFlows).toHaveLength(countTags(xml, ['sequenceFlow']));
    // No step data in the file: service tasks are automatic, every other step manual.
    expect(facts.steps.filter((step) => step.kind === 'automatic')).toHaveLength(countTags(xml, ['serviceTask']));
    expect(facts.events.filter((event) => event.attachedTo)).toHaveLength(countTags(xml, ['boundaryEvent']));
  });

  it('times the corpus diagram without step data as zero along a start-to-end path', async () => {
    const facts = await factsFromXml(readFileSync(join(corpusDir, 'miwg-bpmnio-18.6.1-B.2.0-export.bpmn'), 'utf8'));
    const term = computeTerm(facts);
    expect(term.workingDays).toBe(0);
    expect(facts.events.find((event) => event.id === term.path[0])?.type).toBe('bpmn:StartEvent');
    expect(facts.sequenceFlows.some((flow) => flow.sourceId === term.path.at(-1))).toBe(false);
    expect(computeTerm(facts)).toEqual(term);
  });

  // Structure only: step data is being added to these files separately. Counts by grep over each
  // file (README's flow-node column is steps + events + gateways).
  const samples: [string, { steps: number; events: number; gateways: number; lanes: number; pools: number }][] = [
    ['birth-registration/as-is.bpmn', { steps: 15, events: 3, gateways: 1, lanes: 7, pools: 1 }],
    ['birth-registration/to-be.bpmn', { steps: 11, events: 2, gateways: 3, lanes: 7, pools: 1 }],
    ['birth-registration/optimal.bpmn', { steps: 8, events: 2, gateways: 2, lanes: 7, pools: 1 }],
    ['criminal-record-certificate/as-is.bpmn', { steps: 11, events: 4, gateways: 2, lanes: 4, pools: 1 }],
    ['criminal-record-certificate/to-be.bpmn', { steps: 8, events: 3, gateways: 1, lanes: 3, pools: 1 }],
    ['criminal-record-certificate/optimal.bpmn', { steps: 5, events: 2, gateways: 0, lanes: 3, pools: 1 }],
  ];
  it.each(samples)('counts the structure of the sample %s', async (file, expected) => {
    const xml = readFileSync(resolve(import.meta.dirname, '../../../models', file), 'utf8');
    const facts = await factsFromXml(xml);
    const counts = { steps: facts.steps.length, events: facts.events.length, gateways: facts.gateways.length, lanes: facts.lanes.length, pools: facts.pools.length };
    expect(counts).toEqual(expected);
    expect(counts.steps).toBe(countTags(xml, stepTags));
    expect(Number.isFinite(computeTerm(facts).workingDays)).toBe(true);
  });
});
