import { describe, expect, it } from 'vitest';
import { compareDictionary, dictionaryWithSides, loadFacts, threeVariants } from '../../../test/fixtures/compare/compareFixtures';
import { compareVariants } from './comparison';
import { emptyChosenProposals } from './proposals';
import { mergeQuestionnaire, patchRow, prefillQuestionnaire, questionnaireParameters, questionnaireValueText, unansweredQuestions, type QuestionnaireRow, type TermFormat, type Translate } from './questionnaire';

/** Shows the key's last two parts and the params, so a test reads what the UI would be asked to translate. */
const t: Translate = (key, params) => `${key.split('.').slice(-2).join('.')}(${Object.entries(params ?? {}).map(([name, value]) => `${name}=${value}`).join(', ')})`;
const row = (rows: QuestionnaireRow[], number: number) => rows.find((candidate) => candidate.number === number)!;
/** Terms in days to two decimals, with the role they play, so a test sees which way each is asked for. */
const format: TermFormat = { duration: (days, role) => `${role} ${days.toFixed(2)} d` };

describe('prefillQuestionnaire', () => {
  it('has the 14 rows of the form: 4, 5, 6, 7, 11, 13 and 14 computed, 2, 3, 8, 9, 10 and 12 shared with Appendix 1', async () => {
    const rows = prefillQuestionnaire(await threeVariants(), 'toBe');
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(rows.map((r) => r.parameter)).toEqual([...questionnaireParameters]);
    expect(rows[3]?.parameterKey).toBe('compare.questionnaire.parameter.termReduction');
    expect(rows.filter((r) => r.prefill && r.prefill.kind !== 'shared').map((r) => r.number)).toEqual([4, 5, 6, 7, 11, 13, 14]);
    expect(rows.filter((r) => r.prefill?.kind === 'shared').map((r) => r.number)).toEqual([2, 3, 8, 9, 10, 12]);
    expect(rows.every((r) => r.value === '' && r.justification === '' && !r.touched)).toBe(true);
  });

  it('fills values as data from the as-is and the to-be', async () => {
    const rows = prefillQuestionnaire(await threeVariants(), 'toBe');
    const term = { reduce: true, from: 2.5625, to: 1 / 48 + 1.125 };
    expect(row(rows, 4).prefill).toEqual({ kind: 'term', typical: term, longest: term });
    expect(row(rows, 5).prefill).toEqual({ kind: 'documents', from: 6, to: 1, removed: ['Удостоверение личности', 'Свидетельство о браке', 'doc-unnamed', 'Электронная справка', 'Справка с места работы'] });
    expect(row(rows, 6).prefill).toEqual({ kind: 'eliminated', from: 1, to: 0, remaining: [] });
    expect(row(rows, 11).prefill).toEqual({ kind: 'reduction', reduce: true, from: 2, to: 1 });
    expect(row(rows, 13).prefill).toEqual({
      kind: 'list',
      current: [
        { name: 'ИИС ЦОН', developer: 'АО «НИТ»' },
        { name: 'ГБД ФЛ', developer: 'АО «НИТ»' },
        { name: 'ИС КПСиСУ', developer: 'КПСиСУ ГП' },
        { name: 'АР', developer: null },
      ],
      added: [{ name: 'Портал eGov', developer: 'АО «НИТ»' }],
      removed: [{ name: 'ИС КПСиСУ', developer: 'КПСиСУ ГП' }, { name: 'АР', developer: null }],
    });
    expect(row(rows, 14).prefill).toEqual({
      kind: 'list',
      current: [{ name: 'ИИС ЦОН → ГБД ФЛ' }, { name: 'ГБД ФЛ → ИИС ЦОН' }, { name: 'ИИС ЦОН → ИС КПСиСУ' }],
      added: [{ name: 'Портал eGov → ИИС ЦОН' }],
      removed: [{ name: 'ГБД ФЛ → ИИС ЦОН' }, { name: 'ИИС ЦОН → ИС КПСиСУ' }],
    });
  });

  it('counts for question 7 only the steps of state staff, and lists the steps of a person whose side nobody gave', async () => {
    const [asIs, toBe] = await Promise.all(['as-is.bpmn', 'to-be.bpmn'].map(loadFacts));
    // As-is: the six steps of people (the sub-process and the meeting inside it included) are all in
    // the lanes «Оператор ЦОН», «Руководитель ЦОН» (provider roles) and «КПСиСУ» (another state body's unit). To-be: the applicant's own portal step is in the lane
    // «Портал», which no role names: it is not counted as staff, but listed as unclassified.
    const rows = prefillQuestionnaire(compareVariants({ asIs, toBe }, dictionaryWithSides), 'toBe');
    expect(row(rows, 7).prefill).toEqual({ kind: 'staff', from: 6, to: 1, remaining: ['Согласовать'], unclassified: ['Подать заявление на портале'] });
    // Without any side known, no step counts as staff's, and every step of a person is unclassified.
    const unknown = prefillQuestionnaire(await threeVariants(), 'toBe');
    expect(row(unknown, 7).prefill).toMatchObject({ kind: 'staff', from: 0, to: 0, unclassified: ['Подать заявление на портале', 'Согласовать'] });
  });

  it('shows the Appendix 1 choices as the answers of their questions', async () => {
    const chosen = { ...emptyChosenProposals, proactive: true, oneApplication: true, oneApplicationService: 'Назначение пособия', alternativeThroughProvider: 'keep' as const };
    const rows = prefillQuestionnaire(await threeVariants(), 'toBe', chosen);
    expect(row(rows, 9).prefill).toEqual({ kind: 'shared', item: 'proactive', answer: 'yes', service: '' });
    expect(row(rows, 10).prefill).toEqual({ kind: 'shared', item: 'oneApplication', answer: 'yes', service: 'Назначение пособия' });
    expect(row(rows, 12).prefill).toEqual({ kind: 'shared', item: 'alternativeThroughProvider', answer: 'no', service: '' });
    expect(row(rows, 8).prefill).toEqual({ kind: 'shared', item: 'oneTimePassword', answer: null, service: '' });
    const text = (number: number, note = '') => questionnaireValueText({ ...row(rows, number), value: note }, t, format);
    expect([text(9), text(10), text(12), text(8), text(8, 'Обсуждается'), text(9, 'с согласия по SMS')]).toEqual([
      'shared.yes()',
      'shared.yesWithService(service=Назначение пособия)',
      'shared.no()',
      '',
      'Обсуждается',
      'value.withNote(answer=shared.yes(), note=с согласия по SMS)',
    ]);
    expect(unansweredQuestions(rows)).toEqual([1, 2, 3, 8]);
  });

  it('leaves every computed row empty without both variants', async () => {
    const rows = prefillQuestionnaire(compareVariants({ toBe: await loadFacts('to-be.bpmn') }, compareDictionary), 'toBe');
    expect(rows.every((r) => r.prefill === null || r.prefill.kind === 'shared')).toBe(true);
  });
});

describe('questionnaireValueText', () => {
  it('renders pre-fills through the translate function, terms through the term format', async () => {
    const rows = prefillQuestionnaire(await threeVariants(), 'toBe');
    const text = (number: number) => questionnaireValueText(row(rows, number), t, format);
    expect(text(4)).toBe('termReduction.yes(from=from 2.56 d, to=to 1.15 d)');
    expect(text(5)).toBe('documentsRemoved.yes(from=6, to=1, names=Удостоверение личности; Свидетельство о браке; doc-unnamed; Электронная справка; Справка с места работы)');
    expect(text(6)).toBe('collegialRemoved.yes(from=1, to=0, names=)');
    expect(text(13)).toBe(
      'informationSystem.yes(list=value.systemWithDeveloper(name=ИИС ЦОН, developer=АО «НИТ»); value.systemWithDeveloper(name=ГБД ФЛ, developer=АО «НИТ»); value.systemWithDeveloper(name=ИС КПСиСУ, developer=КПСиСУ ГП); value.systemWithoutDeveloper(name=АР)); informationSystem.added(list=value.systemWithDeveloper(name=Портал eGov, developer=АО «НИТ»)); informationSystem.removed(list=value.systemWithDeveloper(name=ИС КПСиСУ, developer=КПСиСУ ГП); value.systemWithoutDeveloper(name=АР))',
    );
    expect(text(14)).toBe('integrations.yes(list=ИИС ЦОН → ГБД ФЛ; ГБД ФЛ → ИИС ЦОН; ИИС ЦОН → ИС КПСиСУ); integrations.added(list=Портал eGov → ИИС ЦОН); integrations.removed(list=ГБД ФЛ → ИИС ЦОН; ИИС ЦОН → ИС КПСиСУ)');
    expect(text(1)).toBe('');
  });

  it('names the longest term beside the typical one when they differ', () => {
    const termRow = { number: 4, parameter: 'termReduction', parameterKey: '', value: '', justification: '', touched: false } as const;
    const prefill = { kind: 'term', typical: { reduce: true, from: 3, to: 0.01 }, longest: { reduce: true, from: 8, to: 5 } } as const;
    expect(questionnaireValueText({ ...termRow, prefill }, t, format)).toBe('termReduction.yes(from=from 3.00 d, to=to 0.01 d); termReduction.longest(from=from 8.00 d, to=to 5.00 d)');
    const notShorter = { kind: 'term', typical: { reduce: false, from: 1, to: 1 }, longest: { reduce: false, from: 1, to: 1 } } as const;
    expect(questionnaireValueText({ ...termRow, prefill: notShorter }, t, format)).toBe('termReduction.no(from=plain 1.00 d, to=plain 1.00 d)');
  });

  it('says "none" when the as-is had nothing to remove, and "no" when the as-is has no systems', async () => {
    const optimal = await loadFacts('optimal.bpmn');
    const rows = prefillQuestionnaire(compareVariants({ asIs: optimal, optimal: await loadFacts('to-be.bpmn') }, compareDictionary), 'optimal');
    expect(questionnaireValueText(row(rows, 6), t, format)).toBe('collegialRemoved.none(from=0, to=0, names=)');
    expect(questionnaireValueText(row(rows, 7), t, format)).toBe('staffRemoved.none(from=0, to=0, names=); staffRemoved.unclassified(names=Подать заявление на портале; Согласовать)');
    expect(questionnaireValueText(row(rows, 11), t, format)).toBe('manualFieldsReduced.no(from=0, to=1)');
    const noSystems = prefillQuestionnaire(compareVariants({ asIs: { ...optimal, steps: [] }, optimal }, compareDictionary), 'optimal');
    expect(questionnaireValueText(row(noSystems, 13), t, format)).toBe(
      'informationSystem.no(); informationSystem.added(list=value.systemWithDeveloper(name=ИИС ЦОН, developer=АО «НИТ»); value.systemWithDeveloper(name=ГБД ФЛ, developer=АО «НИТ»))',
    );
  });
});

describe('mergeQuestionnaire', () => {
  it('lets what the team typed override a pre-fill only once touched, and keeps their justifications', async () => {
    const prefilled = prefillQuestionnaire(await threeVariants(), 'toBe');
    const merged = mergeQuestionnaire(prefilled, [
      { number: 1, value: '12 000 заявлений в год', justification: 'Статистика ИИС ЦОН за 2024 год', touched: true },
      { number: 4, value: 'До одного рабочего дня', justification: 'Проверка по учетам автоматическая', touched: true },
      { number: 5, value: '', justification: 'Сведения берутся из ГБД ФЛ', touched: false },
    ]);
    expect(questionnaireValueText(row(merged, 1), t, format)).toBe('12 000 заявлений в год');
    expect(questionnaireValueText(row(merged, 4), t, format)).toBe('До одного рабочего дня');
    expect(row(merged, 4).prefill).toEqual(row(prefilled, 4).prefill);
    expect(questionnaireValueText(row(merged, 5), t, format)).toMatch(/^documentsRemoved\.yes/);
    expect(row(merged, 5).justification).toBe('Сведения берутся из ГБД ФЛ');
    expect(row(merged, 6)).toEqual(row(prefilled, 6));
  });
});

describe('patchRow', () => {
  it('changes one field of a saved row and keeps the others, creating the row on first touch', () => {
    const saved = patchRow([], 4, { value: 'с 10 до 2 дней', touched: true });
    expect(saved).toEqual([{ number: 4, value: 'с 10 до 2 дней', justification: '', touched: true }]);
    const both = patchRow(patchRow(saved, 1, { justification: 'Статистика ЦОН' }), 4, { justification: 'По схемам' });
    expect(both).toEqual([
      { number: 1, value: '', justification: 'Статистика ЦОН', touched: false },
      { number: 4, value: 'с 10 до 2 дней', justification: 'По схемам', touched: true },
    ]);
  });
});
