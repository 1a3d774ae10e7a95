import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { mapGeometry } from '../../domain/journey/curve';
import { addCard, addStage, mergeWithNextStage, moveCard, moveStage, renameStage, stepCard, takesCards } from '../../domain/journey/edit';
import { newCard, type JourneyCard, type JourneyMap } from '../../domain/journey/model';
import { stageEmotions } from '../../domain/journey/totals';
import { CardCell, type CellActions } from './CardCell';
import { DerivedCell } from './DerivedCell';
import { EmotionCurve } from './EmotionCurve';
import { laneTitle, type Selection } from './journeyView';
import { StageHeader, type StageActions } from './StageHeader';

interface Props {
  map: JourneyMap;
  broken: ReadonlySet<string>;
  selection: Selection | null;
  interviewNames: ReadonlyMap<string, string>;
  overlay: { values: (number | null)[]; label: string } | null;
  curveLabel: string;
  /** These four keep their identity between renders (useCallback), so an edit redraws only the cells it touches. */
  apply(label: string, edit: (map: JourneyMap) => JourneyMap): void;
  onSelect(selection: Selection | null): void;
  onDeleteStage(stageId: string, cardCount: number): void;
  onDeleteCard(cardId: string): void;
}

const arrows: Record<string, 'left' | 'right' | 'up' | 'down'> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const none: JourneyCard[] = [];

/** The map as a grid: stages across, lanes down. Cards move by drag and drop or Alt+arrows; Delete removes one. */
export function JourneyGrid({ map, broken, selection, interviewNames, overlay, curveLabel, apply, onSelect, onDeleteStage, onDeleteCard }: Props) {
  const { t } = useTranslation();
  const lanes = map.lanes.filter((lane) => !lane.hidden);
  const columns = `${mapGeometry.laneHeaderWidth}px repeat(${map.stages.length}, ${mapGeometry.stageWidth}px) auto`;
  const { byCell, byStage } = useMemo(() => indexCards(map.cards), [map.cards]);

  const cellActions = useMemo<CellActions>(
    () => ({
      select: (id) => onSelect({ kind: 'card', id }),
      key(cardId, event) {
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
      },
      add(stageId, lane) {
        const id = crypto.randomUUID();
        apply(t('journey.edit.addCard'), (m) => addCard(m, newCard({ id, stageId, laneId: lane.id, text: t('journey.card.newText') })));
        onSelect({ kind: 'card', id });
      },
      drop(stageId, laneId, beforeCardId, event) {
        const cardId = event.dataTransfer.getData('application/x-journey-card');
        if (!cardId) return;
        event.preventDefault();
        event.stopPropagation();
        apply(t('journey.edit.moveCard'), (m) => moveCard(m, cardId, { stageId, laneId, beforeCardId }));
      },
    }),
    [apply, onSelect, onDeleteCard, t],
  );
  const stageActions = useMemo<StageActions>(
    () => ({
      select: (id) => onSelect({ kind: 'stage', id }),
      rename: (id, title) => apply(t('journey.edit.renameStage'), (m) => renameStage(m, id, title)),
      move: (id, to) => apply(t('journey.edit.moveStage'), (m) => moveStage(m, id, to)),
      merge: (id) => apply(t('journey.edit.mergeStages'), (m) => mergeWithNextStage(m, id)),
      remove: onDeleteStage,
    }),
    [apply, onSelect, onDeleteStage, t],
  );
  const addStageAtEnd = () => {
    const id = crypto.randomUUID();
    apply(t('journey.edit.addStage'), (m) => addStage(m, { id, title: t('journey.stage.newTitle'), links: [] }));
    onSelect({ kind: 'stage', id });
  };
  const selectedCard = selection?.kind === 'card' ? selection.id : null;

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
            cardCount={byStage.get(stage.id)?.length ?? 0}
            broken={broken.has(stage.id)}
            selected={selection?.kind === 'stage' && selection.id === stage.id}
            actions={stageActions}
          />
        ))}
        <div className="journey-grid__add-stage">
          <button type="button" onClick={addStageAtEnd}>
            {t('journey.stage.add')}
          </button>
        </div>
      </div>
      {lanes.map((lane) => (
        <div key={lane.id} className={`journey-grid__row journey-grid__row--${lane.kind}`} role="row" data-lane={lane.kind}>
          <div className="journey-lane" role="rowheader">
            {laneTitle(t, lane)}
            {lane.kind === 'emotion' && overlay && (
              <ul className="journey-legend" aria-label={t('journey.emotion.legend')}>
                <li className="journey-legend__this">{curveLabel}</li>
                <li className="journey-legend__other">{overlay.label}</li>
              </ul>
            )}
          </div>
          {lane.kind === 'emotion' ? (
            <div className="journey-cell journey-cell--curve" role="gridcell" style={{ gridColumn: `span ${Math.max(1, map.stages.length)}` }}>
              <EmotionCurve values={stageEmotions(map)} overlay={overlay} label={curveLabel} />
            </div>
          ) : (
            map.stages.map((stage, index) => {
              if (!takesCards(lane)) return <DerivedCell key={stage.id} lane={lane} cards={byStage.get(stage.id) ?? none} />;
              const cards = byCell.get(`${stage.id}/${lane.id}`) ?? none;
              return (
                <CardCell
                  key={stage.id}
                  stageId={stage.id}
                  stageTitle={stage.title || t('journey.stage.untitled', { number: index + 1 })}
                  lane={lane}
                  cards={cards}
                  selectedId={selectedCard !== null && cards.some((card) => card.id === selectedCard) ? selectedCard : null}
                  broken={broken}
                  interviewNames={interviewNames}
                  actions={cellActions}
                />
              );
            })
          )}
          <div aria-hidden="true" />
        </div>
      ))}
    </div>
  );
}

/** The cards of each cell and of each stage, in map order, read in one pass. */
function indexCards(cards: readonly JourneyCard[]): { byCell: Map<string, JourneyCard[]>; byStage: Map<string, JourneyCard[]> } {
  const byCell = new Map<string, JourneyCard[]>();
  const byStage = new Map<string, JourneyCard[]>();
  const add = (map: Map<string, JourneyCard[]>, key: string, card: JourneyCard) => (map.get(key) ?? map.set(key, []).get(key)!).push(card);
  for (const card of cards) {
    add(byCell, `${card.stageId}/${card.laneId}`, card);
    add(byStage, card.stageId, card);
  }
  return { byCell, byStage };
}
