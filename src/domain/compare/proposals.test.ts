import { describe, expect, it } from 'vitest';
import { compareDictionary, dictionaryWithSides, loadFacts, threeVariants } from '../../../test/fixtures/compare/compareFixtures';
import { compareVariants } from './comparison';
import { buildProposals, emptyChosenProposals, sharedAnswer, sharedQuestions, withSharedAnswer, type ChosenProposals } from './proposals';

describe('buildProposals', () => {
  it('derives "reduce: yes (from … to …)" for term, documents, steps and hand-typed fields against the to-be', async () => {
    const { derived, target, chosen } = buildProposals(await threeVariants(), 'toBe');
    expect(target).toBe('toBe');
    expect(derived.term).toEqual({ reduce: true, from: 2.5625, to: 1 / 48 + 1.125 });
    expect(derived.documents).toEqual({ reduce: true, from: 6, to: 1 });
    expect(derived.steps).toEqual({ reduce: true, from: 8, to: 4 });
    expect(derived.fields).toEqual({ reduce: true, from: 2, to: 1 }); // f-iin now from ГБД ФЛ, the phone still typed
    expect(chosen).toBe(emptyChosenProposals);
  });

  it('compares against the optimal variant when that is the proposal', async () => {
    const { derived } = buildProposals(await threeVariants(), 'optimal');
    expect(derived.steps).toEqual({ reduce: true, from: 8, to: 2 });
    expect(derived.fields).toEqual({ reduce: true, from: 2, to: 0 });
  });

  it('answers "no" when nothing shrinks, and nothing when a variant is missing', async () => {
    const asIs = await loadFacts('as-is.bpmn');
    const same = buildProposals(compareVariants({ asIs, toBe: asIs }, compareDictionary), 'toBe').derived;
    expect(same.term).toEqual({ reduce: false, from: 2.5625, to: 2.5625 });
    expect(same.documents?.reduce).toBe(false);
    const grown = buildProposals(compareVariants({ asIs: await loadFacts('optimal.bpmn'), toBe: asIs }, compareDictionary), 'toBe').derived;
    expect(grown.steps).toEqual({ reduce: false, from: 2, to: 8 });
    expect(buildProposals(compareVariants({ asIs }, compareDictionary), 'toBe').derived).toEqual({ term: null, documents: null, steps: null, fields: null, fullAutomation: null });
  });

  it('carries the team’s own answers through, unanswered by default', async () => {
    expect(Object.values(emptyChosenProposals).every((value) => value === null || value === '')).toBe(true);
    const chosen: ChosenProposals = { ...emptyChosenProposals, electronicOnly: true, paperFormat: 'remove', oneApplication: true, oneApplicationService: 'Назначение пособия' };
    expect(buildProposals(await threeVariants(), 'toBe', chosen).chosen).toEqual(chosen);
  });

  it('answers full automation from the diagrams: no step of state staff, nor of a person of unknown side, is left', async () => {
    const [asIs, toBe, optimal] = await Promise.all(['as-is.bpmn', 'to-be.bpmn', 'optimal.bpmn'].map(loadFacts));
    // Without sides, the to-be's two steps of a person are of unknown side: not automated.
    expect(buildProposals(await threeVariants(), 'toBe').derived.fullAutomation).toBe(false);
    // The optimal variant has only automatic steps.
    expect(buildProposals(compareVariants({ asIs, optimal }, dictionaryWithSides), 'optimal').derived.fullAutomation).toBe(true);
    // With sides, the to-be's approval is in the lane «Руководитель ЦОН», a provider role.
    expect(buildProposals(compareVariants({ asIs, toBe }, dictionaryWithSides), 'toBe').derived.fullAutomation).toBe(false);
  });

  it('shares each choice with its question of the МВК questionnaire, "исключить" as "да"', () => {
    expect(sharedQuestions).toEqual({ electronicOnly: 2, paperFormat: 3, oneTimePassword: 8, proactive: 9, oneApplication: 10, alternativeThroughProvider: 12 });
    const chosen = withSharedAnswer(withSharedAnswer(emptyChosenProposals, 'alternativeThroughProvider', 'yes'), 'proactive', 'no');
    expect(chosen).toMatchObject({ alternativeThroughProvider: 'remove', proactive: false });
    expect([sharedAnswer(chosen, 'alternativeThroughProvider'), sharedAnswer(chosen, 'proactive'), sharedAnswer(chosen, 'oneTimePassword')]).toEqual(['yes', 'no', null]);
    expect(withSharedAnswer(chosen, 'proactive', null).proactive).toBeNull();
  });
});
