import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyStage } from '../../domain/journey/model';
import { CommitInput } from '../ui/CommitInput';

export interface StageActions {
  select(stageId: string): void;
  rename(stageId: string, title: string): void;
  move(stageId: string, toIndex: number): void;
  merge(stageId: string): void;
  remove(stageId: string, cardCount: number): void;
}

interface Props {
  stage: JourneyStage;
  index: number;
  count: number;
  cardCount: number;
  broken: boolean;
  selected: boolean;
  actions: StageActions;
}

const stageType = 'application/x-journey-stage';

/** A stage's column head: its title to edit in place, drag or Alt+←/→ to move, and what else a stage can do. */
export const StageHeader = memo(function StageHeader({ stage, index, count, cardCount, broken, selected, actions }: Props) {
  const { t } = useTranslation();
  const title = stage.title || t('journey.stage.untitled', { number: index + 1 });
  const closeMenu = (event: React.MouseEvent<HTMLElement>) => event.currentTarget.closest('details')?.removeAttribute('open');
  return (
    <div
      className={`journey-stage${selected ? ' journey-stage--selected' : ''}`}
      role="columnheader"
      draggable
      data-stage-id={stage.id}
      onFocus={() => actions.select(stage.id)}
      onDragStart={(e) => e.dataTransfer.setData(stageType, stage.id)}
      onDragOver={(e) => e.dataTransfer.types.includes(stageType) && e.preventDefault()}
      onDrop={(e) => {
        const dragged = e.dataTransfer.getData(stageType);
        if (dragged && dragged !== stage.id) actions.move(dragged, index);
      }}
      onKeyDown={(e) => {
        if (!e.altKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
        e.preventDefault();
        actions.move(stage.id, index + (e.key === 'ArrowLeft' ? -1 : 1));
      }}
    >
      <CommitInput multiline className="journey-stage__title" aria-label={t('journey.stage.title', { number: index + 1 })} value={stage.title} placeholder={title} onCommit={(value) => actions.rename(stage.id, value.trim())} />
      <div className="journey-stage__actions">
        {broken && (
          <span className="chip chip--broken" title={t('journey.links.brokenHint')}>
            ⚠
          </span>
        )}
        <button type="button" className="icon-button" disabled={index === 0} aria-label={t('journey.stage.moveLeft', { stage: title })} title={t('journey.stage.moveLeft', { stage: title })} onClick={() => actions.move(stage.id, index - 1)}>
          ←
        </button>
        <button type="button" className="icon-button" disabled={index === count - 1} aria-label={t('journey.stage.moveRight', { stage: title })} title={t('journey.stage.moveRight', { stage: title })} onClick={() => actions.move(stage.id, index + 1)}>
          →
        </button>
        <details className="menu">
          <summary aria-label={t('journey.stage.menu', { stage: title })}>⋯</summary>
          <div className="menu__items" role="menu">
            <button type="button" role="menuitem" onClick={(e) => (closeMenu(e), actions.select(stage.id))}>
              {t('journey.stage.linkSteps')}
            </button>
            <button type="button" role="menuitem" disabled={index === count - 1} onClick={(e) => (closeMenu(e), actions.merge(stage.id))}>
              {t('journey.stage.mergeNext')}
            </button>
            <button type="button" role="menuitem" className="danger" onClick={(e) => (closeMenu(e), actions.remove(stage.id, cardCount))}>
              {cardCount ? t('journey.stage.deleteWithCards', { count: cardCount }) : t('journey.stage.delete')}
            </button>
          </div>
        </details>
      </div>
    </div>
  );
});
