import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyCard } from '../../domain/journey/model';
import { emotionClass, signed } from './emotion';

interface Props {
  card: JourneyCard;
  selected: boolean;
  /** Links to elements the variant no longer has. */
  broken: boolean;
  citedInterview: string | null;
  onSelect(cardId: string): void;
  onKey(cardId: string, event: React.KeyboardEvent): void;
}

/** One card on the map: its text as text (never markup), and what it carries at a glance. */
export const CardTile = memo(function CardTile({ card, selected, broken, citedInterview, onSelect, onKey }: Props) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`journey-card${selected ? ' journey-card--selected' : ''}${broken ? ' journey-card--broken' : ''}${card.pain ? ' journey-card--pain' : ''}`}
      aria-pressed={selected}
      draggable
      data-card-id={card.id}
      onDragStart={(e) => {
        e.dataTransfer.setData('application/x-journey-card', card.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onClick={() => onSelect(card.id)}
      onKeyDown={(event) => onKey(card.id, event)}
    >
      <span className="journey-card__text">{card.text || t('journey.card.untitled')}</span>
      {card.pain?.quote && (
        <q className="journey-card__quote" title={citedInterview ? t('journey.card.citedFrom', { interview: citedInterview }) : undefined}>
          {card.pain.quote}
        </q>
      )}
      <span className="journey-card__chips">
        {card.channel && <span className="chip">{t(`journey.channel.${card.channel}`)}</span>}
        {card.inPersonVisit && <span className="chip chip--visit">{t('journey.card.visit')}</span>}
        {card.emotion !== null && (
          <span className={`chip ${emotionClass(card.emotion)}`} title={t('journey.emotion.label', { value: signed(card.emotion) })}>
            {signed(card.emotion)}
          </span>
        )}
        {card.links.length > 0 && (
          <span className={broken ? 'chip chip--broken' : 'chip'} title={broken ? t('journey.links.brokenHint') : t('journey.links.count', { count: card.links.length })}>
            {broken ? '⚠' : '↔'} {card.links.length}
          </span>
        )}
      </span>
    </button>
  );
});
