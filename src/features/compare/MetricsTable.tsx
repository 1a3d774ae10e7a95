import { useTranslation } from 'react-i18next';
import { changeBetween, variantPairs, type Comparison, type ComparisonRow, type MetricChange } from '../../domain/compare/comparison';
import type { MetricId } from '../../domain/compare/metrics';
import { variantKinds } from '../../domain/variant';
import { formatFigure, formatPercent } from './formatFigures';
import { itemName } from './itemName';
import { VariantColumnsHead } from './VariantColumnsHead';

/** Metrics shown as a part of the one above them (indented). */
const parts: ReadonlySet<MetricId> = new Set([
  'stepsManual',
  'stepsAutomated',
  'stepsAutomatic',
  'applicantDocumentsPaper',
  'applicantDocumentsElectronic',
  'applicantDocumentsFormOfInformation',
]);

/** One column per variant and one per pair: "from N to M (−x %)", every figure counted from the diagrams. */
export function MetricsTable({ comparison }: { comparison: Comparison }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;

  const changeCell = (row: ComparisonRow, change: MetricChange | undefined, key: string) => {
    if (!change) return <td key={key} className="figure figure--none">—</td>;
    const percent = formatPercent(change, language);
    const from = formatFigure(change.from, row.unit, language);
    const to = formatFigure(change.to, row.unit, language);
    const listed = [
      change.removed.length ? t('compare.removedItems', { list: change.removed.map((item) => itemName(t, item)).join(', ') }) : '',
      change.added.length ? t('compare.addedItems', { list: change.added.map((item) => itemName(t, item)).join(', ') }) : '',
    ].filter(Boolean);
    const improved = row.better === 'lower' ? change.delta < 0 : change.delta > 0;
    const verdict = change.delta === 0 || row.better === 'neutral' ? 'neutral' : improved ? 'better' : 'worse';
    return (
      <td key={key} className={`figure change change--${verdict}`} data-verdict={verdict} title={listed.join('\n') || undefined}>
        {t('compare.fromTo', { from, to })}
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
                  {value ? formatFigure(value.value, row.unit, language) : '—'}
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
