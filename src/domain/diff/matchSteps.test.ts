import type { ModdleElement } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../test/corpus';
import { newModdle } from '../bpmnFile';
import { matchSteps, type StepPair } from './matchSteps';

const definitions = async (xml: string): Promise<ModdleElement> => (await newModdle().fromXML(xml)).rootElement;
const asIs = () => definitions(readFixture('diff/as-is.bpmn'));
const variant = (name: string) => definitions(readFixture(`diff/${name}.bpmn`));
const pairsOf = (pairs: StepPair[]) => Object.fromEntries(pairs.map((p) => [p.oldId, `${p.newId} ${p.by}`]));

describe('matching steps between variants', () => {
  it('matches a derived variant by id, whatever changed on the step', async () => {
    expect(pairsOf(matchSteps(await asIs(), await variant('derived')))).toEqual({
      Event_Start: 'Event_Start id',
      Task_Submit: 'Task_Submit id',
      Task_Pay: 'Task_Pay id',
      Task_Check: 'Task_Check id',
      Task_Register: 'Task_Register id',
      Task_Issue: 'Task_Issue id',
      Event_End: 'Event_End id',
    });
  });

  it('matches an imported variant by normalised name within a type family; a renamed step stays unmatched', async () => {
    expect(pairsOf(matchSteps(await asIs(), await variant('imported')))).toEqual({
      Event_Start: 'StartEvent_1 name', // "Нужна  справка"
      Task_Submit: 'Activity_1 name', // "подать заявление"
      Task_Pay: 'Activity_2 name', // a line break inside the name
      Task_Register: 'Activity_4 name', // a user task become a service task
      Task_Approve: 'Activity_5 name',
      Task_Issue: 'Activity_6 name',
      Event_End: 'EndEvent_1 name',
    });
  });

  it('leaves ambiguous names unmatched', async () => {
    const pairs = pairsOf(matchSteps(await asIs(), await variant('ambiguous')));
    expect(pairs.Task_Check).toBeUndefined();
    expect(Object.keys(pairs)).toHaveLength(7);
  });

  it('does not match an event to an event of another position by name', async () => {
    const startNamedLikeEnd = readFixture('diff/imported.bpmn').replace('name="Нужна  справка"', 'name="Справка выдана"');
    const pairs = pairsOf(matchSteps(await asIs(), await definitions(startNamedLikeEnd)));
    expect(pairs.Event_Start).toBeUndefined();
    expect(pairs.Event_End).toBe('EndEvent_1 name');
  });

  it("lets the user's overrides win over automatic matching", async () => {
    const pairs = pairsOf(
      matchSteps(await asIs(), await variant('imported'), [
        { oldId: 'Task_Check', newId: 'Activity_3' },
        { oldId: 'Task_Submit', newId: null },
        { oldId: 'Task_Issue', newId: 'Activity_5' },
        { oldId: 'Task_Missing', newId: 'Activity_6' },
      ]),
    );
    expect(pairs.Task_Check).toBe('Activity_3 user');
    expect(pairs.Task_Submit).toBeUndefined();
    expect(pairs.Task_Issue).toBe('Activity_5 user');
    // Its name partner taken by the user, "Согласовать выдачу" has no counterpart left.
    expect(pairs.Task_Approve).toBeUndefined();
  });

  it('lets an override break a match by id', async () => {
    const pairs = pairsOf(matchSteps(await asIs(), await variant('derived'), [{ oldId: 'Task_Check', newId: null }]));
    expect(pairs.Task_Check).toBeUndefined();
    expect(pairs.Task_Submit).toBe('Task_Submit id');
  });
});
