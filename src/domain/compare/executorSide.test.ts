import { describe, expect, it } from 'vitest';
import { dictionaryWithSides, loadFacts, loadSample } from '../../../test/fixtures/compare/compareFixtures';
import { newEntry, type DictionaryEntry, type ExecutorSide } from '../dictionary/dictionary';
import { stepSides } from './executorSide';

const role = (name: string, unit: string, side: ExecutorSide | ''): DictionaryEntry => ({ ...newEntry('role', { id: name, projectId: 'p', name, createdAt: 0, updatedAt: 0 }), kind: 'role', unit, side });

describe('whose staff does a step', () => {
  it('takes the executor role’s side, then the side of roles of the step’s unit', async () => {
    const { facts, dictionary } = await loadSample('criminal-record-certificate');
    const sides = stepSides(facts.asIs, dictionary);
    expect(Object.fromEntries(sides)).toMatchObject({ Task_SubmitApplication: 'applicant', Task_CheckDocuments: 'provider', Task_ApproveCertificate: 'provider', Task_CollectCertificate: 'applicant' });
    // An automatic step names no executor, only its unit, «Территориальное управление КПСиСУ».
    expect(stepSides(facts.optimal, dictionary).get('Task_CheckRecords')).toBe('provider');
  });

  it('takes a lane’s side from a role named like it, else from most of the lane’s steps, else from its parent lane', async () => {
    const facts = await loadFacts('as-is.bpmn');
    const sides = stepSides(facts, dictionaryWithSides);
    // Lanes «Оператор ЦОН» and «Руководитель ЦОН» are named as provider roles; «КПСиСУ» is a unit of a state body's role.
    expect([sides.get('Task_Accept'), sides.get('Task_Approve'), sides.get('Task_CoApprove'), sides.get('Task_Meeting')]).toEqual(['provider', 'provider', 'stateBody', 'stateBody']);
    // The same names in another case and spacing still match; a role without a side says nothing.
    expect(stepSides(facts, [role('  оператор   цон ', '', 'other'), role('Руководитель ЦОН', '', '')]).get('Task_Accept')).toBe('other');
    expect(stepSides(facts, [role('Руководитель ЦОН', '', '')]).has('Task_Approve')).toBe(false);
  });

  it('leaves a step of nobody’s known side out', async () => {
    expect(stepSides(await loadFacts('to-be.bpmn'), dictionaryWithSides).get('Task_Accept')).toBeUndefined();
  });
});
