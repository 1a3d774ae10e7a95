import type { JourneyComparison } from '../journey/comparison';
import type { JourneyTotalId } from '../journey/totals';
import { variantKinds } from '../variant';
import { changeBetween, displayValue, variantPairs, type Comparison, type ComparisonRow, type MetricChange } from './comparison';
import type { MetricUnit } from './metrics';
import { answerKey, chosenAnswer, isDerivedItem, proposalItems, reductionAnswerKey, reductionUnits, type ChoiceItem, type DerivedProposals, type Proposals } from './proposals';
import { questionnaireValueText, type QuestionnaireRow, type Translate } from './questionnaire';
import { printable, textCell, type Report, type ReportCell, type ReportSection } from '../report/report';

/*
 * The comparison as a document: the figures, the "Предложения" block of Appendix 1 and the МВК
 * questionnaire of Appendix 2 to the 2015 Rules, as headed tables of text (see ../report/report.ts).
 * The official headings come from `report.*` i18n keys: in Russian they are the Rules' own wording.
 */

/** The screen's number formats (locale decimal mark, signed percent), so a document shows the same figures. */
export interface FigureFormat {
  figure(value: number, unit: MetricUnit): string;
  percent(change: MetricChange): string | null;
  /** A client journey figure: client time in hours and minutes, the others as numbers. */
  journey(id: JourneyTotalId, value: number): string;
}

/** One persona's client journeys across the variants, as the comparison page shows them. */
export interface ReportJourney {
  persona: string;
  comparison: JourneyComparison;
}

export interface ReportInput {
  processName: string;
  comparison: Comparison;
  proposals: Proposals;
  questionnaire: readonly QuestionnaireRow[];
  /** Client journey figures per persona; the section is left out when there are none. */
  journeys?: readonly ReportJourney[];
  t: Translate;
  format: FigureFormat;
}

const portraitColumns = 4;
const none: ReportCell = { text: '—' };

export function buildReport(input: ReportInput): Report {
  const { t, processName, proposals } = input;
  return {
    title: [t('compare.title', { process: processName }), `${t('compare.target')}: ${t(`variant.${proposals.target}Long`)}`].map(printable),
    sections: [metricsSection(input), ...(input.journeys?.length ? [journeySection(input)] : []), proposalsSection(input), questionnaireSection(input)],
  };
}

function section(fields: Omit<ReportSection, 'landscape'>): ReportSection {
  return { ...fields, landscape: fields.columns.length > portraitColumns };
}

const text = (value: string): ReportCell => textCell(value);

function metricsSection({ comparison, t, format }: ReportInput): ReportSection {
  const figure = (row: ComparisonRow, value: number): ReportCell => ({
    text: format.figure(value, row.unit),
    figure: { value: displayValue(value, row.unit), decimals: row.unit === 'workingDays' ? 2 : 0 },
  });
  const changeCell = (row: ComparisonRow, change: MetricChange | undefined): ReportCell => {
    if (!change) return none;
    const fromTo = t('compare.fromTo', { from: format.figure(change.from, row.unit), to: format.figure(change.to, row.unit) });
    const percent = format.percent(change);
    return text(percent ? `${fromTo} (${percent})` : fromTo);
  };
  return section({
    id: 'metrics',
    name: t('report.sheet.metrics'),
    heading: t('compare.metricsTitle'),
    columns: [
      { title: t('compare.metricColumn'), width: 36 },
      ...variantKinds.map((kind) => ({ title: t(`variant.${kind}`), width: 12 })),
      ...variantPairs.map(([from, to]) => ({ title: t('compare.pair', { from: t(`variant.${from}`), to: t(`variant.${to}`) }), width: 22 })),
    ],
    rows: comparison.rows.map((row) => [
      text(t(row.labelKey)),
      ...variantKinds.map((kind) => {
        const value = row.values[kind];
        return value ? figure(row, value.value) : none;
      }),
      ...variantPairs.map(([from, to]) => changeCell(row, changeBetween(row, from, to))),
    ]),
  });
}

/** The client journey figures next to the process figures: one block of rows per persona. */
function journeySection({ journeys = [], t, format }: ReportInput): ReportSection {
  const figure = (id: JourneyTotalId, value: number): ReportCell => ({ text: format.journey(id, value), figure: { value, decimals: Number.isInteger(value) ? 0 : 2 } });
  return section({
    id: 'journey',
    name: t('journey.report.sheet'),
    heading: t('journey.report.heading'),
    columns: [
      { title: t('compare.metricColumn'), width: 36 },
      ...variantKinds.map((kind) => ({ title: t(`variant.${kind}`), width: 12 })),
      ...variantPairs.map(([from, to]) => ({ title: t('compare.pair', { from: t(`variant.${from}`), to: t(`variant.${to}`) }), width: 22 })),
    ],
    rows: journeys.flatMap(({ persona, comparison }) => [
      [text(t('journey.report.persona', { persona })), ...variantKinds.map((kind) => text(comparison.maps[kind]?.name ?? '—')), ...variantPairs.map(() => none)],
      ...comparison.rows.map((row) => [
        text(t(`journey.totals.${row.id}`)),
        ...variantKinds.map((kind) => (row.values[kind] === undefined ? none : figure(row.id, row.values[kind]))),
        ...variantPairs.map(([from, to]) => {
          const change = row.changes.find((c) => c.fromVariant === from && c.toVariant === to);
          return change ? text(t('compare.fromTo', { from: format.journey(row.id, change.from), to: format.journey(row.id, change.to) })) : none;
        }),
      ]),
    ]),
  });
}

/** In the order of the form, as the page lists them. */
function proposalsSection({ proposals, t, format }: ReportInput): ReportSection {
  const { chosen, derived } = proposals;
  const label = (key: string) => text(t(`compare.proposals.${key}`));
  const choice = (item: ChoiceItem): ReportCell[] => [label(item), label(answerKey(item, chosenAnswer(chosen, item)))];
  const reduction = (item: keyof DerivedProposals): ReportCell[] => {
    const found = derived[item];
    const figure = (value: number) => format.figure(value, reductionUnits[item]);
    return [label(item), text(t(`compare.proposals.${reductionAnswerKey(item, found)}`, found ? { from: figure(found.from), to: figure(found.to) } : {}))];
  };
  const service = chosen.oneApplication === true ? [[label('oneApplicationService'), text(chosen.oneApplicationService)]] : [];
  return section({
    id: 'proposals',
    name: t('report.sheet.proposals'),
    caption: t('report.appendix1'),
    heading: t('report.proposals.title'),
    columns: [
      { title: t('report.proposals.item'), width: 60 },
      { title: t('report.proposals.answer'), width: 40 },
    ],
    rows: proposalItems.flatMap((item) => {
      if (isDerivedItem(item)) return [reduction(item)];
      return item === 'oneApplication' ? [choice(item), ...service] : [choice(item)];
    }),
  });
}

function questionnaireSection({ questionnaire, t }: ReportInput): ReportSection {
  return section({
    id: 'questionnaire',
    name: t('report.sheet.questionnaire'),
    caption: t('report.appendix2'),
    heading: t('report.questionnaire.title'),
    columns: [
      { title: t('report.questionnaire.number'), width: 5 },
      { title: t('report.questionnaire.parameterName'), width: 55 },
      { title: t('report.questionnaire.parameter'), width: 50 },
      { title: t('report.questionnaire.justification'), width: 40 },
    ],
    rows: questionnaire.map((row) => [
      { text: String(row.number), figure: { value: row.number, decimals: 0 } },
      text(t(row.parameterKey)),
      text(questionnaireValueText(row, t)),
      text(row.justification),
    ]),
  });
}
