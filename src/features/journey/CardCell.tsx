import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyCard, JourneyLane } from '../../domain/journey/model';
import { CardTile } from './CardTile';
import { laneTitle } from './journeyView';

export interface CellActions {
  select(cardId: string): void;
  key(cardId: string, event: React.KeyboardEvent): void;
  add(stageId: string, lane: JourneyLane): void;
  drop(stageId: string, laneId: string, beforeCardId: string | null, event: React.DragEvent): void;
}

interface Props {
  stageId: string;
  stageTitle: string;
  lane: JourneyLane;
  cards: JourneyCard[];
  /** The selected card if it is in this cell. */
  selectedId: string | null;
  broken: ReadonlySet<string>;
  interviewNames: ReadonlyMap<string, string>;
  actions: CellActions;
}

const cardType = 'application/x-journey-card';
const allowCard = (event: React.DragEvent) => event.dataTransfer.types.includes(cardType) && event.preventDefault();

/**
 * One stage's cards in one lane, and the place to drop a card. Drawn again only when its own
 * cards change (an edit replaces only the cards it touches), so one edit on a map of hundreds of
 * cards redraws a cell or two, not the map.
 */
export const CardCell = memo(function CardCell({ stageId, stageTitle, lane, cards, selectedId, broken, interviewNames, actions }: Props) {
  const { t } = useTranslation();
  return (
    <div className="journey-cell" role="gridcell" onDragOver={allowCard} onDrop={(e) => actions.drop(stageId, lane.id, null, e)}>
      {cards.map((card) => (
        <div key={card.id} onDragOver={allowCard} onDrop={(e) => actions.drop(stageId, lane.id, card.id, e)}>
          <CardTile
            card={card}
            selected={card.id === selectedId}
            broken={broken.has(card.id)}
            citedInterview={card.pain?.interviewId ? (interviewNames.get(card.pain.interviewId) ?? t('journey.card.deletedInterview')) : null}
            onSelect={actions.select}
            onKey={actions.key}
          />
        </div>
      ))}
      <button type="button" className="journey-cell__add" aria-label={t('journey.card.addTo', { lane: laneTitle(t, lane), stage: stageTitle })} onClick={() => actions.add(stageId, lane)}>
        +
      </button>
    </div>
  );
}, sameCell);

function sameCell(before: Props, after: Props): boolean {
  return (
    before.stageId === after.stageId &&
    before.stageTitle === after.stageTitle &&
    before.lane === after.lane &&
    before.selectedId === after.selectedId &&
    before.interviewNames === after.interviewNames &&
    before.actions === after.actions &&
    sameItems(before.cards, after.cards) &&
    after.cards.every((card) => before.broken.has(card.id) === after.broken.has(card.id))
  );
}

export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
