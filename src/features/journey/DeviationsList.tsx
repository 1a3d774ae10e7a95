import { useTranslation } from 'react-i18next';
import { journeyDeviations } from '../../domain/journey/deviations';
import type { JourneyMap } from '../../domain/journey/model';

/** An actual journey's deviations from the planned map (CJML): what happened that was not planned, and what was planned but did not happen. */
export function DeviationsList({ actual, planned }: { actual: JourneyMap; planned: JourneyMap | null }) {
  const { t } = useTranslation();
  if (!planned) return <p className="banner banner--warning">{t('journey.deviations.noPlanned')}</p>;
  const { unplanned, missed, asPlanned } = journeyDeviations(actual, planned);
  return (
    <section className="journey-deviations" aria-labelledby="journey-deviations" data-testid="journey-deviations">
      <h3 id="journey-deviations">{t('journey.deviations.title', { planned: planned.name })}</h3>
      <p className="muted">{t('journey.deviations.asPlanned', { count: asPlanned })}</p>
      <h4>{t('journey.deviations.unplanned', { count: unplanned.length })}</h4>
      {unplanned.length ? (
        <ul>
          {unplanned.map((card) => (
            <li key={card.id}>{card.text}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('journey.deviations.none')}</p>
      )}
      <h4>{t('journey.deviations.missed', { count: missed.length })}</h4>
      {missed.length ? (
        <ul>
          {missed.map((card) => (
            <li key={card.id}>{card.text}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('journey.deviations.none')}</p>
      )}
    </section>
  );
}
