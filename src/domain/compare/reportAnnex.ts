import type { JourneyTotalId } from '../journey/totals';
import { printable, textBlock, textCell, type ReportBlock, type ReportCell, type ReportSection } from '../report/report';
import { variantKinds } from '../variant';
import { changeBetween, variantPairs, type ComparisonRow, type MetricChange } from './comparison';
import { passport, type ReportInput } from './report';

const none: ReportCell = { text: '—' };

/**
 * An annex after the forms, on landscape pages: whose it is, then a table whose first column names
 * the figure, then every variant, then the change for each pair.
 */
function annex(input: ReportInput, part: Pick<ReportSection, 'id' | 'name' | 'heading' | 'notes'> & { rows: ReportCell[][]; after?: ReportBlock[] }): ReportSection {
  const { t } = input;
  const columns = [
    t('compare.metricColumn'),
    ...variantKinds.map((kind) => t(`variant.${kind}`)),
    ...variantPairs.map(([from, to]) => t('compare.pair', { from: t(`variant.${from}`), to: t(`variant.${to}`) })),
  ].map(printable);
  const { rows, after = [], ...fields } = part;
  return { ...fields, name: printable(part.name), heading: printable(part.heading), passport: passport(input), blocks: [{ kind: 'table', table: { columns, rows } }, ...after], landscape: true };
}

/**
 * The figures behind the forms, as an annex after them: every metric of every variant and the
 * change for each pair, then where each variant's service term starts and ends.
 */
export function metricsAnnex(input: ReportInput): ReportSection {
  const { comparison, t, format } = input;
  const figure = (row: ComparisonRow, value: number): ReportCell =>
    row.unit === 'workingDays' ? textCell(format.figure(value, row.unit)) : { text: format.figure(value, row.unit), figure: { value, decimals: 0 } };
  const changeCell = (row: ComparisonRow, change: MetricChange | undefined): ReportCell => {
    if (!change) return none;
    const fromTo = t(row.unit === 'workingDays' ? 'compare.fromToTerm' : 'compare.fromTo', {
      from: row.unit === 'workingDays' ? format.exactDuration(change.from, 'from') : change.from,
      to: row.unit === 'workingDays' ? format.exactDuration(change.to, 'to') : change.to,
    });
    const percent = format.percent(change);
    return textCell(percent ? `${fromTo} (${percent})` : fromTo);
  };
  return annex(input, {
    id: 'metrics',
    name: t('report.sheet.metrics'),
    heading: t('report.annex.title'),
    rows: comparison.rows.map((row) => [
      textCell(t(row.labelKey)),
      ...variantKinds.map((kind) => {
        const value = row.values[kind];
        return value ? figure(row, value.value) : none;
      }),
      ...variantPairs.map(([from, to]) => changeCell(row, changeBetween(row, from, to))),
    ]),
    after: termBounds(input).map((text) => textBlock([text])),
    notes: [printable(t('report.annex.note'))],
  });
}

/** For each variant: the steps its service term runs between, and gateways whose typical outcome nobody marked. */
export function termBounds({ comparison, t }: ReportInput): string[] {
  return comparison.variants.flatMap((kind) => {
    const term = comparison.terms[kind];
    if (!term) return [];
    const name = (id: string | null) => term.candidates.find((step) => step.id === id)?.name ?? '';
    const variant = t(`variant.${kind}`);
    const bounds =
      term.basis === 'process'
        ? t('report.annex.boundsProcess', { variant })
        : t(term.typical ? 'report.annex.bounds' : 'report.annex.boundsUnreachable', { variant, start: name(term.startId), end: name(term.endId) });
    const unmarked = term.unmarkedGateways.length ? [t('report.annex.unmarkedGateways', { variant, count: term.unmarkedGateways.length })] : [];
    return [bounds, ...unmarked].map(printable);
  });
}

/** The client journey figures next to the process figures, as an annex of their own: one block of rows per persona. */
export function journeyAnnex(input: ReportInput): ReportSection {
  const { journeys = [], t, format } = input;
  const figure = (id: JourneyTotalId, value: number): ReportCell => ({ text: format.journey(id, value), figure: { value, decimals: Number.isInteger(value) ? 0 : 2 } });
  return annex(input, {
    id: 'journey',
    name: t('journey.report.sheet'),
    heading: t('journey.report.heading'),
    rows: journeys.flatMap(({ persona, comparison }) => [
      [textCell(t('journey.report.persona', { persona })), ...variantKinds.map((kind) => textCell(comparison.maps[kind]?.name ?? '—')), ...variantPairs.map(() => none)],
      ...comparison.rows.map((row) => [
        textCell(t(`journey.totals.${row.id}`)),
        ...variantKinds.map((kind) => (row.values[kind] === undefined ? none : figure(row.id, row.values[kind]))),
        ...variantPairs.map(([from, to]) => {
          const change = row.changes.find((c) => c.fromVariant === from && c.toVariant === to);
          return change ? textCell(format.journeyChange(row.id, change.from, change.to)) : none;
        }),
      ]),
    ]),
  });
}
