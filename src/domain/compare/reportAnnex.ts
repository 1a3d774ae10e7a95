import { variantKinds } from '../variant';
import { changeBetween, variantPairs, type ComparisonRow, type MetricChange } from './comparison';
import { passport, printable, textCell, type ReportCell, type ReportInput, type ReportSection } from './report';

const none: ReportCell = { text: '—' };

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
  return {
    id: 'metrics',
    name: printable(t('report.sheet.metrics')),
    caption: [],
    heading: printable(t('report.annex.title')),
    passport: passport(input),
    blocks: [
      {
        kind: 'table',
        table: {
          columns: [
            t('compare.metricColumn'),
            ...variantKinds.map((kind) => t(`variant.${kind}`)),
            ...variantPairs.map(([from, to]) => t('compare.pair', { from: t(`variant.${from}`), to: t(`variant.${to}`) })),
          ].map(printable),
          rows: comparison.rows.map((row) => [
            textCell(t(row.labelKey)),
            ...variantKinds.map((kind) => {
              const value = row.values[kind];
              return value ? figure(row, value.value) : none;
            }),
            ...variantPairs.map(([from, to]) => changeCell(row, changeBetween(row, from, to))),
          ]),
        },
      },
      ...termBounds(input).map((text) => ({ kind: 'paragraph' as const, text })),
    ],
    footnotes: [],
    notes: [printable(t('report.annex.note'))],
    landscape: true,
  };
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
