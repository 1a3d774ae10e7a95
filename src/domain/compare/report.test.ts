import { describe, expect, it } from 'vitest';
import { threeVariants } from '../../../test/fixtures/compare/compareFixtures';
import { buildProposals, emptyChosenProposals } from './proposals';
import { mergeQuestionnaire, prefillQuestionnaire, questionnaireParameters, type Translate } from './questionnaire';
import { columnShares, type Report, type ReportSection } from '../report/report';
import { buildReport, type FigureFormat, type ReportJourney } from './report';
import { generatedSampleMap } from '../../../test/journeySamples';
import { compareJourneys } from '../journey/comparison';

/** Echoes the key and its params, so a test reads which text the UI is asked for. */
const t: Translate = (key, params) => (params ? `${key}(${Object.values(params).join(', ')})` : key);
const format: FigureFormat = {
  figure: (value, unit) => (unit === 'workingDays' ? value.toFixed(2) : String(value)),
  percent: (change) => (change.percent === null ? null : `${Math.round(change.percent)} %`),
  journey: (id, value) => (id === 'clientMinutes' ? `${value} min` : String(value)),
};

async function report(chosen = emptyChosenProposals, journeys: ReportJourney[] = []): Promise<Report> {
  const comparison = await threeVariants();
  const questionnaire = mergeQuestionnaire(prefillQuestionnaire(comparison, 'toBe'), [{ number: 1, value: '12 000 в год', justification: 'Статистика\u000b ЦОН', touched: true }]);
  return buildReport({ processName: 'Регистрация рождения', comparison, proposals: buildProposals(comparison, 'toBe', chosen), questionnaire, journeys, t, format });
}

const part = (built: Report, id: ReportSection['id']) => built.sections.find((section) => section.id === id)!;
const texts = (section: ReportSection) => section.rows.map((row) => row.map((cell) => cell.text));

describe('buildReport', () => {
  it('has the three parts with their official headings, the form’s ones captioned by their appendix', async () => {
    const built = await report();
    expect(built.title).toEqual(['compare.title(Регистрация рождения)', 'compare.target: variant.toBeLong']);
    expect(built.sections.map((s) => [s.id, s.name, s.caption, s.heading, s.landscape])).toEqual([
      ['metrics', 'report.sheet.metrics', undefined, 'compare.metricsTitle', true],
      ['proposals', 'report.sheet.proposals', 'report.appendix1', 'report.proposals.title', false],
      ['questionnaire', 'report.sheet.questionnaire', 'report.appendix2', 'report.questionnaire.title', false],
    ]);
    expect(columnShares(part(built, 'questionnaire'))).toEqual([5 / 150, 55 / 150, 50 / 150, 40 / 150]);
    expect(part(built, 'questionnaire').columns.map((c) => c.title)).toEqual(['report.questionnaire.number', 'report.questionnaire.parameterName', 'report.questionnaire.parameter', 'report.questionnaire.justification']);
  });

  it('gives every metric a row: figures as numbers, changes as the page words them', async () => {
    const metrics = part(await report(), 'metrics');
    expect(metrics.columns.map((c) => c.title)).toEqual([
      'compare.metricColumn', 'variant.asIs', 'variant.toBe', 'variant.optimal',
      'compare.pair(variant.asIs, variant.toBe)', 'compare.pair(variant.asIs, variant.optimal)', 'compare.pair(variant.toBe, variant.optimal)',
    ]);
    const row = (label: string) => metrics.rows.find((cells) => cells[0]?.text === label)!;
    expect(metrics.rows).toHaveLength(24);
    expect(row('compare.metric.applicantDocuments.label').slice(1, 3)).toEqual([{ text: '6', figure: { value: 6, decimals: 0 } }, { text: '1', figure: { value: 1, decimals: 0 } }]);
    expect(row('compare.metric.applicantDocuments.label')[4]).toEqual({ text: 'compare.fromTo(6, 1) (-83 %)' });
    // Working days: the figure is the displayed, rounded value; the text is the screen's format.
    expect(row('compare.metric.termDays.label')[1]).toEqual({ text: '2.56', figure: { value: 2.56, decimals: 2 } });
  });

  it('answers the proposals in the form’s order, the unanswered as not chosen', async () => {
    const built = await report({ ...emptyChosenProposals, electronicOnly: true, paperFormat: 'keep', oneApplication: true, oneApplicationService: 'Пособие', alternativeThroughProvider: 'keep' });
    expect(texts(part(built, 'proposals'))).toEqual([
      ['compare.proposals.electronicOnly', 'compare.proposals.yes'],
      ['compare.proposals.paperFormat', 'compare.proposals.keep'],
      ['compare.proposals.oneTimePassword', 'compare.proposals.notChosen'],
      ['compare.proposals.oneApplication', 'compare.proposals.yes'],
      ['compare.proposals.oneApplicationService', 'Пособие'],
      ['compare.proposals.proactive', 'compare.proposals.notChosen'],
      ['compare.proposals.fullAutomation', 'compare.proposals.notChosen'],
      ['compare.proposals.term', 'compare.proposals.reduceYesDays(2.56, 1.15)'],
      ['compare.proposals.documents', 'compare.proposals.reduceYes(6, 1)'],
      ['compare.proposals.steps', 'compare.proposals.reduceYes(8, 4)'],
      ['compare.proposals.fields', 'compare.proposals.reduceYes(2, 1)'],
      ['compare.proposals.alternativeThroughProvider', 'compare.proposals.keepAlternative'],
    ]);
  });

  it('lists the 14 questionnaire rows with the computed or typed value, without control characters', async () => {
    const rows = part(await report(), 'questionnaire').rows;
    expect(rows.map((cells) => cells[0]?.figure?.value)).toEqual(questionnaireParameters.map((_, index) => index + 1));
    expect(rows.map((cells) => cells[1]?.text)).toEqual(questionnaireParameters.map((p) => `compare.questionnaire.parameter.${p}`));
    expect(rows[0]?.map((cell) => cell.text)).toEqual(['1', 'compare.questionnaire.parameter.demand', '12 000 в год', 'Статистика ЦОН']);
    expect(rows[3]?.[2]?.text).toBe('compare.questionnaire.value.termReduction.yes(2.56, 1.15)');
    expect(rows[1]?.[2]?.text).toBe('');
  });

  it('puts the client journey figures after the process figures, one block per persona, "from N to M" per pair', async () => {
    const asIs = { ...(await generatedSampleMap('birth-registration/as-is')), name: 'Путь как есть', createdAt: 1 };
    const toBe = { ...(await generatedSampleMap('birth-registration/to-be')), name: 'Путь как будет', createdAt: 2 };
    const [comparison] = compareJourneys([asIs, toBe]);
    const built = await report(emptyChosenProposals, [{ persona: 'Родитель', comparison: comparison! }]);
    expect(built.sections.map((s) => s.id)).toEqual(['metrics', 'journey', 'proposals', 'questionnaire']);
    const journey = part(built, 'journey');
    expect([journey.name, journey.heading]).toEqual(['journey.report.sheet', 'journey.report.heading']);
    expect(texts(journey)[0]).toEqual(['journey.report.persona(Родитель)', 'Путь как есть', 'Путь как будет', '—', '—', '—', '—']);
    const visits = journey.rows.find((row) => row[0]?.text === 'journey.totals.inPersonVisits')!;
    expect(visits.slice(1, 5)).toEqual([{ text: '4', figure: { value: 4, decimals: 0 } }, { text: '0', figure: { value: 0, decimals: 0 } }, { text: '—' }, { text: 'compare.fromTo(4, 0)' }]);
    expect(journey.rows.find((row) => row[0]?.text === 'journey.totals.clientMinutes')![4]).toEqual({ text: 'compare.fromTo(560 min, 10 min)' });
  });

  it('leaves the journey section out when no variant has a journey map', async () => {
    expect((await report()).sections.some((s) => s.id === 'journey')).toBe(false);
  });
});
