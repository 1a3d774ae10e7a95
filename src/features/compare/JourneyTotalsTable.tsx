import { useTranslation } from 'react-i18next';
import { variantPairs } from '../../domain/compare/comparison';
import type { ReportJourney } from '../../domain/compare/report';
import { variantKinds } from '../../domain/variant';
import { formatJourneyTotal, journeyChangeText } from '../journey/formatTotals';
import { VariantColumnsHead } from './VariantColumnsHead';

/** The client journey figures of the variants, per persona, next to the process figures: "from N to M" for each pair. */
export function JourneyTotalsTable({ journeys }: { journeys: ReportJourney[] }) {
  const { t, i18n } = useTranslation();
  if (!journeys.length) return <p className="muted">{t('journey.report.none')}</p>;
  return (
    <table className="metrics-table" data-testid="journey-comparison">
      <VariantColumnsHead first={t('compare.metricColumn')} />
      {journeys.map(({ persona, comparison }) => (
        <tbody key={comparison.personaId}>
          <tr>
            <th scope="rowgroup" colSpan={1 + variantKinds.length + variantPairs.length}>
              {t('journey.report.persona', { persona })}
            </th>
          </tr>
          {comparison.rows.map((row) => (
            <tr key={row.id} data-total={row.id} className="metric--part">
              <th scope="row">
                <span className="metric__label">{t(`journey.totals.${row.id}`)}</span>
              </th>
              {variantKinds.map((kind) => (
                <td key={kind} className="figure" title={comparison.maps[kind]?.name}>
                  {row.values[kind] === undefined ? '—' : formatJourneyTotal(t, i18n.language, row.id, row.values[kind])}
                </td>
              ))}
              {variantPairs.map(([from, to]) => {
                const change = row.changes.find((c) => c.fromVariant === from && c.toVariant === to);
                if (!change) return <td key={`${from}-${to}`} className="figure figure--none">—</td>;
                return (
                  <td key={`${from}-${to}`} className={`figure change change--${change.verdict}`} data-verdict={change.verdict}>
                    {journeyChangeText(t, i18n.language, row.id, change.from, change.to)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
