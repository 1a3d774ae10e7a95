import { useTranslation } from 'react-i18next';
import { compareJourneyTotals, journeyTotalIds, type JourneyTotalId, type JourneyTotals } from '../../domain/journey/totals';
import { formatJourneyTotal, journeyChangeText } from './formatTotals';

interface Props {
  totals: JourneyTotals;
  /** Another map's totals and its name: the table then says "from N to M" for each figure. */
  against: { totals: JourneyTotals; label: string } | null;
  label: string;
}

/** The map's figures, and their change against another variant's map. */
export function TotalsTable({ totals, against, label }: Props) {
  const { t, i18n } = useTranslation();
  const changes = against ? new Map(compareJourneyTotals(against.totals, totals).map((change) => [change.id, change])) : null;
  const value = (id: JourneyTotalId, v: number) => formatJourneyTotal(t, i18n.language, id, v);
  return (
    <table className="metrics-table journey-totals" data-testid="journey-totals">
      <thead>
        <tr>
          <th scope="col">{t('journey.totals.figure')}</th>
          {against && <th scope="col">{against.label}</th>}
          <th scope="col">{label}</th>
          {against && <th scope="col">{t('journey.totals.change')}</th>}
        </tr>
      </thead>
      <tbody>
        {journeyTotalIds.map((id) => {
          const change = changes?.get(id);
          return (
            <tr key={id} data-total={id}>
              <th scope="row">
                <span className="metric__label">{t(`journey.totals.${id}`)}</span>
                <span className="metric__hint" tabIndex={0} role="note" title={t(`journey.totals.${id}Hint`)} aria-label={t(`journey.totals.${id}Hint`)}>
                  ?
                </span>
              </th>
              {against && <td className="figure">{value(id, against.totals[id].value)}</td>}
              <td className="figure" title={totals[id].items.join(', ') || undefined}>
                {value(id, totals[id].value)}
              </td>
              {change && (
                <td className={`figure change change--${change.verdict}`} data-verdict={change.verdict}>
                  {journeyChangeText(t, i18n.language, id, change.from, change.to)}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
