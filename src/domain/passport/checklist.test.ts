import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsFromXml } from '../compare/facts';
import { newDiagramXml } from '../newDiagram';
import { emptyPlan } from '../plan/plan';
import { newRow } from '../plan/planEdits';
import { checklistDone, completenessChecklist, type ChecklistInput } from './checklist';
import { summariseDiagram, type DiagramSummary } from './diagramSummary';
import { emptyPassport, newLegalAct, newProblem, newStakeholder } from './passport';

const step = (id: string, hasData: boolean) => ({ id, name: `Шаг ${id}`, hasData });
const diagram = (...steps: ReturnType<typeof step>[]): DiagramSummary => ({ steps });

const nothing: ChecklistInput = { passport: null, diagrams: {}, interviews: 0, asIsJourneyMaps: 0, plan: null, planStatus: 'draft' };

/** Everything §32 and §36 ask for, written. */
function complete(): ChecklistInput {
  const passport = {
    ...emptyPassport('p', 'pr'),
    legalActs: [{ ...newLegalAct('a'), title: 'Закон о госуслугах' }],
    stakeholders: [{ ...newStakeholder('s'), name: 'Заявитель', touchpoints: 'ЦОН' }],
    problems: [{ ...newProblem('x'), text: 'Повторный ввод ИИН', stepIds: ['1'] }],
    justification: 'Данные есть в ГБД ФЛ',
  };
  const plan = { ...emptyPlan('p', 'pr'), rows: [newRow('r', 'legal', { action: 'Изменить приказ' })] };
  return { passport, diagrams: { asIs: diagram(step('1', true)), toBe: diagram(step('1', true)) }, interviews: 1, asIsJourneyMaps: 1, plan, planStatus: 'approved' };
}

const byId = (input: ChecklistInput) => Object.fromEntries(completenessChecklist(input).map((item) => [item.id, item]));

describe('the completeness checklist of §32 and §36', () => {
  it('has nothing done for an empty process, and says what each item lacks', () => {
    const items = completenessChecklist(nothing);
    expect(items.map((item) => item.id)).toEqual(['legalActs', 'stakeholders', 'asIsDrawn', 'stepData', 'problems', 'interviews', 'targetDrawn', 'justification', 'plan']);
    expect(checklistDone(items)).toBe(0);
    expect(byId(nothing).interviews!.missing).toEqual(['interviews', 'journeyMap']);
    expect(byId(nothing).plan!.missing).toEqual(['rows', 'approval']);
    expect(byId(nothing).targetDrawn!.missing).toEqual(['toBe']);
  });

  it('is all done when everything is written, drawn and approved', () => {
    expect(checklistDone(completenessChecklist(complete()))).toBe(9);
  });

  it('counts an item only when it is written: a blank legal act, stakeholder or problem row is not one', () => {
    const input = complete();
    const passport = { ...input.passport!, legalActs: [newLegalAct('a')], stakeholders: [newStakeholder('s')], problems: [newProblem('x')], justification: '  ' };
    const items = byId({ ...input, passport });
    expect([items.legalActs!.done, items.stakeholders!.done, items.problems!.done, items.justification!.done]).toEqual([false, false, false, false]);
  });

  it('asks for data on every as-is step and names the steps without it', () => {
    const input = { ...complete(), diagrams: { ...complete().diagrams, asIs: diagram(step('1', true), step('2', false), { id: 'Task_3', name: '', hasData: false }) } };
    expect(byId(input).stepData).toEqual({ id: 'stepData', done: false, missing: ['Шаг 2', 'Task_3'] });
  });

  it('takes an as-is diagram with no step as not drawn, and then not as "every step has data" either', () => {
    const input = { ...complete(), diagrams: { ...complete().diagrams, asIs: diagram() } };
    expect(byId(input).asIsDrawn!.done).toBe(false);
    expect(byId(input).stepData!.done).toBe(false);
  });

  it('asks for the optimal variant only where the team marked it required', () => {
    const input = complete();
    expect(byId(input).targetDrawn!.done).toBe(true);
    const required = { ...input, passport: { ...input.passport!, optimalRequired: true } };
    expect(byId(required).targetDrawn!.missing).toEqual(['optimal']);
    expect(byId({ ...required, diagrams: { ...required.diagrams, optimal: diagram(step('9', false)) } }).targetDrawn!.done).toBe(true);
  });

  it('needs interviews and an as-is journey map both', () => {
    expect(byId({ ...complete(), asIsJourneyMaps: 0 }).interviews!.missing).toEqual(['journeyMap']);
    expect(byId({ ...complete(), interviews: 0 }).interviews!.missing).toEqual(['interviews']);
  });

  it('needs a plan with rows that is approved or published', () => {
    expect(byId({ ...complete(), planStatus: 'disputed' }).plan!.missing).toEqual(['approval']);
    expect(byId({ ...complete(), planStatus: 'published' }).plan!.done).toBe(true);
    expect(byId({ ...complete(), plan: emptyPlan('p', 'pr') }).plan!.missing).toEqual(['rows']);
  });
});

describe('a diagram’s summary', () => {
  it('lists its activities with whether their step data names a document, field or system', async () => {
    const xml = readFileSync(new URL('../../../test/fixtures/step-data.bpmn', import.meta.url), 'utf8');
    expect(summariseDiagram(await factsFromXml(xml))).toEqual({
      steps: [
        { id: 'Task_Accept', name: 'Принять заявление', hasData: true },
        // Its only document has a direction the app does not know, so it is not read: nothing recorded.
        { id: 'Task_Check', name: 'Проверить записи', hasData: false },
      ],
    });
  });

  it('of a new diagram has no step', async () => {
    expect(summariseDiagram(await factsFromXml(newDiagramXml('x', 'Новый'))).steps).toEqual([]);
  });
});
