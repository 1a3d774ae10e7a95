import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyCard, JourneyLane } from '../../domain/journey/model';
import { journeyTotals } from '../../domain/journey/totals';
import { sameItems } from './CardCell';
import { formatMinutes, waitingLines } from './journeyView';

/** A stage's cell in a lane that shows what its cards carry: the documents, or the time. */
export const DerivedCell = memo(function DerivedCell({ lane, cards }: { lane: JourneyLane; cards: JourneyCard[] }) {
  const { t, i18n } = useTranslation();
  const totals = journeyTotals({ cards, lanes: [] });
  if (lane.kind === 'documents') {
    return (
      <div className="journey-cell journey-cell--derived" role="gridcell">
        {totals.documents.items.length ? (
          <ul className="journey-documents">
            {totals.documents.items.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        ) : (
          <span className="muted">—</span>
        )}
      </div>
    );
  }
  const parts = [
    totals.clientMinutes.value ? t('journey.time.client', { time: formatMinutes(t, totals.clientMinutes.value) }) : '',
    ...waitingLines(t, i18n.language, totals.waitingWorkingDays.value, totals.waitingCalendarDays.value),
  ].filter(Boolean);
  return (
    <div className="journey-cell journey-cell--derived" role="gridcell">
      {parts.length ? parts.map((part) => <div key={part}>{part}</div>) : <span className="muted">—</span>}
    </div>
  );
}, (before, after) => before.lane === after.lane && sameItems(before.cards, after.cards));
