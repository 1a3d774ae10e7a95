import { describe, expect, it } from 'vitest';
import { compareDictionary, loadFacts, threeVariants } from '../../../test/fixtures/compare/compareFixtures';
import { compareVariants } from './comparison';
import { mergeQuestionnaire, patchRow, prefillQuestionnaire, questionnaireParameters, questionnaireValueText, type QuestionnaireRow, type Translate } from './questionnaire';

/** Shows the key's last two parts and the params, so a test reads what the UI would be asked to translate. */
const t: Translate = (key, params) => `${key.split('.').slice(-2).join('.')}(${Object.entries(params ?? {}).map(([name, value]) => `${name}=${value}`).join(', ')})`;
const row = (rows: QuestionnaireRow[], number: number) => rows.find((candidate) => candidate.number === number)!;

describe('prefillQuestionnaire', () => {
  it('has the 14 rows of the form, pre-filling 4, 5, 6, 7, 11, 13 and 14 only', async () => {
    const rows = prefillQuestionnaire(await threeVariants(), 'toBe');
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(rows.map((r) => r.parameter)).toEqual([...questionnaireParameters]);
    expect(rows[3]?.parameterKey).toBe('compare.questionnaire.parameter.termReduction');
    expect(rows.filter((r) => r.prefill).map((r) => r.number)).toEqual([4, 5, 6, 7, 11, 13, 14]);
    expect(rows.every((r) => r.value === '' && r.justification === '' && !r.touched)).toBe(true);
  });

  it('fills values as data from the as-is and the to-be', async () => {
    const rows = prefillQuestionnaire(await threeVariants(), 'toBe');
    expect(row(rows, 4).prefill).toEqual({ kind: 'reduction', reduce: true, from: 2.5625, to: 1 / 48 + 1.125 });
    expect(row(rows, 5).prefill).toEqual({ kind: 'documents', from: 6, to: 1, removed: ['Удостоверение личности', 'Свидетельство о браке', 'doc-unnamed', 'Электронная справка', 'Справка с места работы'] });
    expect(row(rows, 6).prefill).toEqual({ kind: 'eliminated', from: 1, to: 0, remaining: [] });
    // Staff: as-is 5 manual + 1 automated; the to-be still has two automated steps.
    expect(row(rows, 7).prefill).toEqual({ kind: 'eliminated', from: 6, to: 2, remaining: ['Подать заявление на портале', 'Согласовать'] });
    expect(row(rows, 11).prefill).toEqual({ kind: 'reduction', reduce: true, from: 2, to: 1 });
    expect(row(rows, 13).prefill).toEqual({
      kind: 'list',
      current: [
        { name: 'ИИС ЦОН', developer: 'Госкорпорация «Правительство для граждан»' },
        { name: 'ГБД ФЛ', developer: 'Министерство юстиции' },
        { name: 'ИС КПСиСУ', developer: 'КПСиСУ ГП' },
        { name: 'АР' },
      ],
      added: [{ name: 'Портал eGov', developer: 'МЦРИАП' }],
    });
    expect(row(rows, 14).prefill).toEqual({ kind: 'list', current: [{ name: 'ИИС ЦОН → ГБД ФЛ' }, { name: 'ГБД ФЛ → ИИС ЦОН' }, { name: 'ИИС ЦОН → ИС КПСиСУ' }], added: [{ name: 'Портал eGov → ИИС ЦОН' }] });
  });

  it('leaves every row empty without both variants', async () => {
    const rows = prefillQuestionnaire(compareVariants({ toBe: await loadFacts('to-be.bpmn') }, compareDictionary), 'toBe');
    expect(rows.every((r) => r.prefill === null)).toBe(true);
  });
});

describe('questionnaireValueText', () => {
  it('renders pre-fills through the translate function, days to two decimals', async () => {
    const rows = prefillQuestionnaire(await threeVariants(), 'toBe');
    const text = (number: number) => questionnaireValueText(row(rows, number), t);
    expect(text(4)).toBe('termReduction.yes(from=2.56, to=1.15)');
    expect(text(5)).toBe('documentsRemoved.yes(from=6, to=1, names=Удостоверение личности; Свидетельство о браке; doc-unnamed; Электронная справка; Справка с места работы)');
    expect(text(6)).toBe('collegialRemoved.yes(from=1, to=0, names=)');
    expect(text(7)).toBe('staffRemoved.no(from=6, to=2, names=Подать заявление на портале; Согласовать)');
    expect(text(13)).toBe(
      'informationSystem.yes(list=value.systemWithDeveloper(name=ИИС ЦОН, developer=Госкорпорация «Правительство для граждан»); value.systemWithDeveloper(name=ГБД ФЛ, developer=Министерство юстиции); value.systemWithDeveloper(name=ИС КПСиСУ, developer=КПСиСУ ГП); АР); informationSystem.added(list=value.systemWithDeveloper(name=Портал eGov, developer=МЦРИАП))',
    );
    expect(text(1)).toBe('');
  });

  it('says "none" when the as-is had nothing to remove, and "no" when the as-is has no systems', async () => {
    const optimal = await loadFacts('optimal.bpmn');
    const rows = prefillQuestionnaire(compareVariants({ asIs: optimal, optimal: await loadFacts('to-be.bpmn') }, compareDictionary), 'optimal');
    expect(questionnaireValueText(row(rows, 6), t)).toBe('collegialRemoved.none(from=0, to=0, names=)');
    expect(questionnaireValueText(row(rows, 7), t)).toBe('staffRemoved.none(from=0, to=2, names=Подать заявление на портале; Согласовать)');
    expect(questionnaireValueText(row(rows, 11), t)).toBe('manualFieldsReduced.no(from=0, to=1)');
    const staffGone = prefillQuestionnaire(await threeVariants(), 'optimal');
    expect(questionnaireValueText(row(staffGone, 7), t)).toBe('staffRemoved.yes(from=6, to=0, names=)');
    const noSystems = prefillQuestionnaire(compareVariants({ asIs: { ...optimal, steps: [] }, optimal }, compareDictionary), 'optimal');
    expect(questionnaireValueText(row(noSystems, 13), t)).toBe('informationSystem.no(); informationSystem.added(list=value.systemWithDeveloper(name=ИИС ЦОН, developer=Госкорпорация «Правительство для граждан»); value.systemWithDeveloper(name=ГБД ФЛ, developer=Министерство юстиции))');
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
    expect(questionnaireValueText(row(merged, 1), t)).toBe('12 000 заявлений в год');
    expect(questionnaireValueText(row(merged, 4), t)).toBe('До одного рабочего дня');
    expect(row(merged, 4).prefill).toEqual(row(prefilled, 4).prefill);
    expect(questionnaireValueText(row(merged, 5), t)).toMatch(/^documentsRemoved\.yes/);
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
