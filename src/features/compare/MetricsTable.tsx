import { useTranslation } from 'react-i18next';
import { changeBetween, variantPairs, type Comparison, type ComparisonRow, type MetricChange } from '../../domain/compare/comparison';
import type { MetricId } from '../../domain/compare/metrics';
import { variantKinds } from '../../domain/variant';
import { useFormat } from '../ui/format';
import { figureText, percentText } from './formatFigures';
import { itemName } from './itemName';
import { VariantColumnsHead } from './VariantColumnsHead';

/** Metrics shown as a part of the one above them (indented). */
const parts: ReadonlySet<MetricId> = new Set([
  'stepsManual',
  'stepsAutomated',
  'stepsAutomatic',
  'staffSteps',
  'termLongest',
  'applicantDocumentsPaper',
  'applicantDocumentsElectronic',
  'applicantDocumentsFormOfInformation',
]);

/** One column per variant and one per pair: "from N to M (−x %)", every figure counted from the diagrams. */
export function MetricsTable({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const format = useFormat();

  const changeCell = (row: ComparisonRow, change: MetricChange | undefined, key: string) => {
    if (!change) return <td key={key} className="figure figure--none">—</td>;
    const percent = percentText(format, change);
    const term = row.unit === 'workingDays';
    const from = term ? format.duration(change.from, { role: 'from' }) : change.from;
    const to = term ? format.duration(change.to, { role: 'to' }) : change.to;
    const listed = [
      change.removed.length ? t('compare.removedItems', { list: change.removed.map((item) => itemName(t, item)).join(', ') }) : '',
      change.added.length ? t('compare.addedItems', { list: change.added.map((item) => itemName(t, item)).join(', ') }) : '',
    ].filter(Boolean);
    const improved = row.better === 'lower' ? change.delta < 0 : change.delta > 0;
    const verdict = change.delta === 0 || row.better === 'neutral' ? 'neutral' : improved ? 'better' : 'worse';
    return (
      <td key={key} className={`figure change change--${verdict}`} data-verdict={verdict} title={listed.join('\n') || undefined}>
        {t(term ? 'compare.fromToTerm' : 'compare.fromTo', { from, to })}
        {percent && <span className="change__percent"> ({percent})</span>}
      </td>
    );
  };

  return (
    <table className="metrics-table" data-testid="metrics-table">
      <VariantColumnsHead first={t('compare.metricColumn')} />
      <tbody>
        {comparison.rows.map((row) => (
          <tr key={row.id} data-metric={row.id} className={parts.has(row.id) ? 'metric--part' : undefined}>
            <th scope="row">
              <span className="metric__label">{t(row.labelKey)}</span>
              <span className="metric__hint" tabIndex={0} role="note" title={t(row.hintKey)} aria-label={t(row.hintKey)}>
                ?
              </span>
            </th>
            {variantKinds.map((kind) => {
              const value = row.values[kind];
              return (
                <td key={kind} className="figure" title={value?.items.map((item) => itemName(t, item)).join(', ') || undefined}>
                  {value ? figureText(format, value.value, row.unit) : '—'}
                </td>
              );
            })}
            {variantPairs.map(([from, to]) =>
changeCell(row, changeBetween(row, from, to), `${from}-${to}`)
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
