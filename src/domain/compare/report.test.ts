import { describe, expect, it } from 'vitest';
import { threeVariants } from '../../../test/fixtures/compare/compareFixtures';
import { buildProposals, emptyChosenProposals } from './proposals';
import { mergeQuestionnaire, prefillQuestionnaire, questionnaireParameters, type Translate } from './questionnaire';
import { tablesOf, type Report, type ReportSection } from '../report/report';
import { buildReport, type ReportFormat, type ReportInput, type ReportJourney } from './report';
import { generatedSampleMap } from '../../../test/journeySamples';
import { compareJourneys } from '../journey/comparison';

/** Echoes the key and its params, so a test reads which text the UI is asked for. */
const t: Translate = (key, params) => (params ? `${key}(${Object.values(params).join(', ')})` : key);
const format: ReportFormat = {
  figure: (value, unit) => (unit === 'workingDays' ? `${value.toFixed(2)} d` : String(value)),
  percent: (change) => (change.percent === null ? null : `${Math.round(change.percent)} %`),
  date: (time) => new Date(time).toISOString().slice(0, 10),
  duration: (days, role) => `${role} ${days.toFixed(2)} d`,
  exactDuration: (days, role) => `${role} ${days.toFixed(4)} d`,
  journey: (id, value) => (id === 'clientMinutes' ? `${value} min` : String(value)),
  journeyChange: (id, from, to) => `${id}: ${from} → ${to}`,
};
const png = { png: new Uint8Array([137, 80, 78, 71]), width: 400, height: 200 };

async function input(chosen = emptyChosenProposals, journeys: ReportJourney[] = []): Promise<ReportInput> {
  const comparison = await threeVariants();
  const questionnaire = mergeQuestionnaire(prefillQuestionnaire(comparison, 'toBe', chosen), [{ number: 1, value: '12 000 в год', justification: 'Статистика\u000b ЦОН', touched: true }]);
  return {
    project: { owner: 'Комитет по правовой статистике', serviceName: 'Выдача справки о судимости', serviceCode: '00501001', consumers: 'Физические лица' },
    processName: 'Выдача справки',
    author: 'Иванов И. И.',
    date: Date.UTC(2025, 2, 5),
    locale: 'ru-RU',
    comparison,
    proposals: buildProposals(comparison, 'toBe', chosen),
    questionnaire,
    journeys,
    images: { asIs: png },
    t,
    format,
  };
}

const part = (built: Report, id: ReportSection['id']) => built.sections.find((section) => section.id === id)!;
const table = (section: ReportSection) => tablesOf(section)[0]!;
const texts = (section: ReportSection) => table(section).rows.map((row) => row.map((cell) => cell.text));

describe('buildReport', () => {
  it('puts the forms first, captioned as forms of the 2015 Rules with their status, and the figures last as an annex', async () => {
    const built = buildReport(await input());
    expect(built.sections.map((s) => [s.id, s.name, s.caption, s.heading, s.notes, s.landscape])).toEqual([
      ['appendix1', 'report.sheet.appendix1', ['report.form.caption(1)', 'report.form.order'], 'report.appendix1.current', ['report.form.status'], false],
      ['questionnaire', 'report.sheet.questionnaire', ['report.form.caption(2)', 'report.form.order'], 'report.questionnaire.title', ['report.form.status'], false],
      ['metrics', 'report.sheet.metrics', undefined, 'report.annex.title', ['report.annex.note'], true],
    ]);
  });

  it('names on every form the state body, the service and its code, the process, the variants compared and the date', async () => {
    const built = buildReport(await input());
    for (const section of built.sections) {
      expect(section.passport).toEqual([
        { label: 'report.passport.owner', value: 'Комитет по правовой статистике' },
        { label: 'report.passport.service', value: 'report.passport.serviceWithCode(Выдача справки о судимости, 00501001)' },
        { label: 'report.passport.process', value: 'Выдача справки' },
        { label: 'report.passport.variants', value: 'report.passport.variantsCompared(variant.asIsLong, variant.toBeLong)' },
        { label: 'report.passport.date', value: '2025-03-05' },
      ]);
    }
    expect(built.properties).toEqual({
      title: 'report.properties.title(Выдача справки)',
      subject: 'report.properties.subject(Выдача справки о судимости)',
      author: 'Иванов И. И.',
      language: 'ru-RU',
      keywords: '00501001; Комитет по правовой статистике',
    });
  });

  it('has the whole of Appendix 1: the current diagram, documents required before and after, consumers, proposals, the proposed diagram, signatures', async () => {
    const appendix = part(buildReport(await input()), 'appendix1');
    expect(appendix.blocks.map((block) => block.kind)).toEqual(['image', 'heading', 'list', 'heading', 'text', 'heading', 'table', 'heading', 'image', 'heading', 'list', 'signatures']);
    const [current, , before, , consumers, , , proposed, missing, , after, signatures] = appendix.blocks;
    expect(current).toEqual({ kind: 'image', image: png, caption: 'variant.asIsLong', missing: 'report.appendix1.noDiagram' });
    expect(before).toEqual({ kind: 'list', items: ['Удостоверение личности', 'Свидетельство о браке', 'Заявление', 'doc-unnamed', 'Электронная справка', 'Справка с места работы'], empty: 'report.appendix1.noDocuments' });
    expect(consumers).toEqual({ kind: 'text', lines: ['Физические лица'], align: 'left' });
    expect(proposed).toEqual({ kind: 'heading', text: 'report.appendix1.proposed(variant.toBeLong)' });
    expect(missing).toMatchObject({ kind: 'image', image: null });
    expect(after).toMatchObject({ kind: 'list', items: ['Заявление'] });
    expect(signatures).toEqual({
      kind: 'signatures',
      lines: [{ role: 'report.signatures.head', name: 'Комитет по правовой статистике' }, { role: 'report.signatures.preparedBy', name: 'Иванов И. И.' }],
      date: 'report.signatures.date',
    });
  });

  it('answers the proposals in the form’s order, an unanswered one as an empty answer, and footnotes the corrected wording', async () => {
    const appendix = part(buildReport(await input({ ...emptyChosenProposals, electronicOnly: true, paperFormat: 'keep', oneApplication: true, oneApplicationService: 'Пособие', alternativeThroughProvider: 'keep' })), 'appendix1');
    expect(texts(appendix)).toEqual([
      ['compare.proposals.electronicOnly', 'compare.proposals.yes'],
      ['compare.proposals.paperFormat', 'compare.proposals.keep'],
      ['compare.proposals.oneTimePassword', ''],
      ['compare.proposals.oneApplication', 'compare.proposals.yes'],
      ['compare.proposals.oneApplicationService', 'Пособие'],
      ['compare.proposals.proactive', ''],
      ['compare.proposals.fullAutomation', 'compare.proposals.no'],
      ['compare.proposals.term', 'compare.proposals.reduceYesTerm(from 2.56 d, to 1.15 d)'],
      ['compare.proposals.documents', 'compare.proposals.reduceYes(6, 1)'],
      ['compare.proposals.steps', 'compare.proposals.reduceYes(8, 4)'],
      ['compare.proposals.fields', 'compare.proposals.reduceYes(2, 1)'],
      ['compare.proposals.alternativeThroughProvider', 'compare.proposals.keepAlternative'],
    ]);
    expect(table(appendix).rows.map((row) => row[0]?.footnote)).toEqual([undefined, undefined, 1, 2, undefined, 3, undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(appendix.footnotes).toEqual(['report.footnote.oneTimePassword', 'report.footnote.truncatedItem', 'report.footnote.proactive']);
    expect(JSON.stringify(appendix)).not.toContain('notChosen');
  });

  it('lists the 14 questionnaire rows with the computed, shared or typed value, without control characters', async () => {
    const questionnaire = part(buildReport(await input({ ...emptyChosenProposals, proactive: false })), 'questionnaire');
    const rows = table(questionnaire).rows;
    expect(table(questionnaire).columns).toEqual(['report.questionnaire.number', 'report.questionnaire.parameterName', 'report.questionnaire.parameter', 'report.questionnaire.justification']);
    expect(rows.map((cells) => cells[0]?.figure?.value)).toEqual(questionnaireParameters.map((_, index) => index + 1));
    expect(rows.map((cells) => cells[1]?.text)).toEqual(questionnaireParameters.map((p) => `compare.questionnaire.parameter.${p}`));
    expect(rows[0]?.map((cell) => cell.text)).toEqual(['1', 'compare.questionnaire.parameter.demand', '12 000 в год', 'Статистика ЦОН']);
    expect(rows[3]?.[2]?.text).toBe('compare.questionnaire.value.termReduction.yes(from 2.56 d, to 1.15 d)');
    expect(rows[8]?.[2]?.text).toBe('compare.questionnaire.value.shared.no');
    expect(rows[1]?.[2]?.text).toBe('');
    expect(questionnaire.blocks.at(-1)?.kind).toBe('signatures');
  });

  it('gives every metric a row in the annex: counts as numbers, terms in their unit, then where each term starts and ends', async () => {
    const metrics = part(buildReport(await input()), 'metrics');
    expect(table(metrics).columns).toEqual([
      'compare.metricColumn', 'variant.asIs', 'variant.toBe', 'variant.optimal',
      'compare.pair(variant.asIs, variant.toBe)', 'compare.pair(variant.asIs, variant.optimal)', 'compare.pair(variant.toBe, variant.optimal)',
    ]);
    const row = (label: string) => table(metrics).rows.find((cells) => cells[0]?.text === label)!;
    expect(table(metrics).rows).toHaveLength(27);
    expect(row('compare.metric.applicantDocuments.label').slice(1, 3)).toEqual([{ text: '6', figure: { value: 6, decimals: 0 } }, { text: '1', figure: { value: 1, decimals: 0 } }]);
    expect(row('compare.metric.applicantDocuments.label')[4]).toEqual({ text: 'compare.fromTo(6, 1) (-83 %)' });
    expect(row('compare.metric.termTypical.label').slice(1, 2)).toEqual([{ text: '2.56 d' }]);
    expect(row('compare.metric.termTypical.label')[4]?.text).toBe('compare.fromToTerm(from 2.5625 d, to 1.1458 d) (-55 %)');
    const paragraphs = metrics.blocks.flatMap((block) => (block.kind === 'text' ? block.lines : []));
    expect(paragraphs).toEqual([
      'report.annex.boundsProcess(variant.asIs)',
      'report.annex.unmarkedGateways(variant.asIs, 1)',
      'report.annex.boundsProcess(variant.toBe)',
      'report.annex.boundsProcess(variant.optimal)',
    ]);
  });

  it('puts the client journey figures after the process figures, as an annex of their own: one block per persona, "from N to M" per pair', async () => {
    const asIs = { ...(await generatedSampleMap('birth-registration/as-is')), name: 'Путь как есть', createdAt: 1 };
    const toBe = { ...(await generatedSampleMap('birth-registration/to-be')), name: 'Путь как будет', createdAt: 2 };
    const [comparison] = compareJourneys([asIs, toBe]);
    const built = buildReport(await input(emptyChosenProposals, [{ persona: 'Родитель', comparison: comparison! }]));
    expect(built.sections.map((s) => s.id)).toEqual(['appendix1', 'questionnaire', 'metrics', 'journey']);
    const journey = part(built, 'journey');
    expect([journey.name, journey.heading, journey.landscape]).toEqual(['journey.report.sheet', 'journey.report.heading', true]);
    expect(journey.passport).toEqual(part(built, 'metrics').passport);
    expect(texts(journey)[0]).toEqual(['journey.report.persona(Родитель)', 'Путь как есть', 'Путь как будет', '—', '—', '—', '—']);
    const visits = table(journey).rows.find((row) => row[0]?.text === 'journey.totals.inPersonVisits')!;
    expect(visits.slice(1, 5)).toEqual([{ text: '4', figure: { value: 4, decimals: 0 } }, { text: '0', figure: { value: 0, decimals: 0 } }, { text: '—' }, { text: 'inPersonVisits: 4 → 0' }]);
    expect(table(journey).rows.find((row) => row[0]?.text === 'journey.totals.clientMinutes')![4]).toEqual({ text: 'clientMinutes: 560 → 10' });
  });

  it('leaves the journey annex out when no variant has a journey map', async () => {
    expect(buildReport(await input()).sections.some((s) => s.id === 'journey')).toBe(false);
  });
});
