import { useTranslation } from 'react-i18next';
import { mapGeometry } from '../../domain/journey/curve';
import { addCard, addStage, cellCards, mergeWithNextStage, moveCard, moveStage, renameStage, stepCard, takesCards } from '../../domain/journey/edit';
import { newCard, type JourneyLane, type JourneyMap } from '../../domain/journey/model';
import { stageEmotions } from '../../domain/journey/totals';
import { CardTile } from './CardTile';
import { DerivedCell } from './DerivedCell';
import { EmotionCurve } from './EmotionCurve';
import { laneTitle, type Selection } from './journeyView';
import { StageHeader } from './StageHeader';

interface Props {
  map: JourneyMap;
  broken: ReadonlySet<string>;
  selection: Selection | null;
  interviewNames: ReadonlyMap<string, string>;
  overlay: { values: (number | null)[]; label: string } | null;
  curveLabel: string;
  apply(label: string, edit: (map: JourneyMap) => JourneyMap): void;
  onSelect(selection: Selection | null): void;
  onDeleteStage(stageId: string): void;
  onDeleteCard(cardId: string): void;
}

const cardType = 'application/x-journey-card';

/** The map as a grid: stages across, lanes down. Cards move by drag and drop or Alt+arrows; Delete removes one. */
export function JourneyGrid({ map, broken, selection, interviewNames, overlay, curveLabel, apply, onSelect, onDeleteStage, onDeleteCard }: Props) {
  const { t } = useTranslation();
  const lanes = map.lanes.filter((lane) => !lane.hidden);
  const columns = `${mapGeometry.laneHeaderWidth}px repeat(${map.stages.length}, ${mapGeometry.stageWidth}px) auto`;

  const addStageAt = (index: number) => {
    const id = crypto.randomUUID();
    apply(t('journey.edit.addStage'), (m) => addStage(m, { id, title: t('journey.stage.newTitle'), links: [] }, index));
    onSelect({ kind: 'stage', id });
  };
  const addCardTo = (stageId: string, lane: JourneyLane) => {
    const id = crypto.randomUUID();
    apply(t('journey.edit.addCard'), (m) => addCard(m, newCard({ id, stageId, laneId: lane.id, text: t('journey.card.newText') })));
    onSelect({ kind: 'card', id });
  };
  const onCardKey = (cardId: string) => (event: React.KeyboardEvent) => {
    const arrows: Record<string, 'left' | 'right' | 'up' | 'down'> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
    const direction = arrows[event.key];
    if (event.altKey && direction) {
      event.preventDefault();
      apply(t('journey.edit.moveCard'), (m) => stepCard(m, cardId, direction));
      // The card is drawn in its new cell: keep the keyboard on it.
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-card-id="${cardId}"]`)?.focus());
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      onDeleteCard(cardId);
    }
  };
  const dropInto = (stageId: string, laneId: string, beforeCardId: string | null) => (event: React.DragEvent) => {
    const cardId = event.dataTransfer.getData(cardType);
    if (!cardId) return;
    event.preventDefault();
    event.stopPropagation();
    apply(t('journey.edit.moveCard'), (m) => moveCard(m, cardId, { stageId, laneId, beforeCardId }));
  };
  const allowCard = (event: React.DragEvent) => event.dataTransfer.types.includes(cardType) && event.preventDefault();

  return (
    <div className="journey-grid" role="grid" aria-label={t('journey.grid', { name: map.name })} aria-rowcount={lanes.length + 1} style={{ gridTemplateColumns: columns }} data-testid="journey-grid">
      <div className="journey-grid__row" role="row">
      <div className="journey-grid__corner" role="columnheader">
        {t('journey.stages')}
      </div>
      {map.stages.map((stage, index) => (
        <StageHeader
          key={stage.id}
          stage={stage}
          index={index}
          count={map.stages.length}
          cardCount={map.cards.filter((card) => card.stageId === stage.id).length}
          broken={broken.has(stage.id)}
          selected={selection?.kind === 'stage' && selection.id === stage.id}
          onSelect={() => onSelect({ kind: 'stage', id: stage.id })}
          onRename={(title) => apply(t('journey.edit.renameStage'), (m) => renameStage(m, stage.id, title))}
          onMove={(to) => apply(t('journey.edit.moveStage'), (m) => moveStage(m, stage.id, to))}
          onMerge={() => apply(t('journey.edit.mergeStages'), (m) => mergeWithNextStage(m, stage.id))}
          onDelete={() => onDeleteStage(stage.id)}
          onDropStage={(dragged) => apply(t('journey.edit.moveStage'), (m) => moveStage(m, dragged, index))}
        />
      ))}
      <div className="journey-grid__add-stage">
        <button type="button" onClick={() => addStageAt(map.stages.length)}>
          {t('journey.stage.add')}
        </button>
      </div>
      </div>
      {lanes.map((lane) => (
        <div key={lane.id} className={`journey-grid__row journey-grid__row--${lane.kind}`} role="row" data-lane={lane.kind}>
          <div className="journey-lane" role="rowheader">
            {laneTitle(t, lane)}
          </div>
          {lane.kind === 'emotion' ? (
            <div className="journey-cell journey-cell--curve" role="gridcell" style={{ gridColumn: `span ${Math.max(1, map.stages.length)}` }}>
              <EmotionCurve values={stageEmotions(map)} overlay={overlay} label={curveLabel} />
            </div>
          ) : (
            map.stages.map((stage) =>
              takesCards(lane) ? (
                <div key={stage.id} className="journey-cell" role="gridcell" onDragOver={allowCard} onDrop={dropInto(stage.id, lane.id, null)}>
                  {cellCards(map, stage.id, lane.id).map((card) => (
                    <div key={card.id} onDragOver={allowCard} onDrop={dropInto(stage.id, lane.id, card.id)}>
                      <CardTile
                        card={card}
                        selected={selection?.kind === 'card' && selection.id === card.id}
                        broken={broken.has(card.id)}
                        citedInterview={card.pain?.interviewId ? (interviewNames.get(card.pain.interviewId) ?? t('journey.card.deletedInterview')) : null}
                        onSelect={() => onSelect({ kind: 'card', id: card.id })}
                        onKey={onCardKey(card.id)}
                      />
                    </div>
                  ))}
                  <button type="button" className="journey-cell__add" aria-label={t('journey.card.addTo', { lane: laneTitle(t, lane), stage: stage.title })} onClick={() => addCardTo(stage.id, lane)}>
                    +
                  </button>
                </div>
              ) : (
                <DerivedCell key={stage.id} lane={lane} cards={map.cards.filter((card) => card.stageId === stage.id)} />
              ),
            )
          )}
          <div aria-hidden="true" />
        </div>
      ))}
    </div>
  );
}
