import { useTranslation } from 'react-i18next';
import type { JourneyStage } from '../../domain/journey/model';
import { CommitInput } from '../ui/CommitInput';

interface Props {
  stage: JourneyStage;
  index: number;
  count: number;
  cardCount: number;
  broken: boolean;
  selected: boolean;
  onSelect(): void;
  onRename(title: string): void;
  onMove(toIndex: number): void;
  onMerge(): void;
  onDelete(): void;
  onDropStage(stageId: string): void;
}

/** A stage's column head: its title to edit in place, drag or Alt+←/→ to move, and what else a stage can do. */
export function StageHeader({ stage, index, count, cardCount, broken, selected, onSelect, onRename, onMove, onMerge, onDelete, onDropStage }: Props) {
  const { t } = useTranslation();
  const title = stage.title || t('journey.stage.untitled', { number: index + 1 });
  return (
    <div
      className={`journey-stage${selected ? ' journey-stage--selected' : ''}`}
      role="columnheader"
      draggable
      data-stage-id={stage.id}
      onFocus={onSelect}
      onDragStart={(e) => e.dataTransfer.setData('application/x-journey-stage', stage.id)}
      onDragOver={(e) => e.dataTransfer.types.includes('application/x-journey-stage') && e.preventDefault()}
      onDrop={(e) => {
        const dragged = e.dataTransfer.getData('application/x-journey-stage');
        if (dragged && dragged !== stage.id) onDropStage(dragged);
      }}
      onKeyDown={(e) => {
        if (!e.altKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
        e.preventDefault();
        onMove(index + (e.key === 'ArrowLeft' ? -1 : 1));
      }}
    >
      <CommitInput multiline className="journey-stage__title" aria-label={t('journey.stage.title', { number: index + 1 })} value={stage.title} placeholder={title} onCommit={(value) => onRename(value.trim())} />
      <div className="journey-stage__actions">
        {broken && (
          <span className="chip chip--broken" title={t('journey.links.brokenHint')}>
            ⚠
          </span>
        )}
        <button type="button" className="icon-button" disabled={index === 0} aria-label={t('journey.stage.moveLeft', { stage: title })} title={t('journey.stage.moveLeft', { stage: title })} onClick={() => onMove(index - 1)}>
          ←
        </button>
        <button type="button" className="icon-button" disabled={index === count - 1} aria-label={t('journey.stage.moveRight', { stage: title })} title={t('journey.stage.moveRight', { stage: title })} onClick={() => onMove(index + 1)}>
          →
        </button>
        <details className="menu">
          <summary aria-label={t('journey.stage.menu', { stage: title })}>⋯</summary>
          <div className="menu__items" role="menu">
            <button type="button" role="menuitem" onClick={(e) => (closeMenu(e), onSelect())}>
              {t('journey.stage.linkSteps')}
            </button>
            <button type="button" role="menuitem" disabled={index === count - 1} onClick={(e) => (closeMenu(e), onMerge())}>
              {t('journey.stage.mergeNext')}
            </button>
            <button type="button" role="menuitem" className="danger" onClick={(e) => (closeMenu(e), onDelete())}>
              {cardCount ? t('journey.stage.deleteWithCards', { count: cardCount }) : t('journey.stage.delete')}
            </button>
          </div>
        </details>
      </div>
    </div>
  );
}

function closeMenu(event: React.MouseEvent<HTMLElement>): void {
  event.currentTarget.closest('details')?.removeAttribute('open');
}
