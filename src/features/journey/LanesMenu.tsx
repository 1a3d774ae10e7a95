import { useTranslation } from 'react-i18next';
import { addLane, deleteLane, moveLane, updateLane } from '../../domain/journey/edit';
import type { JourneyMap } from '../../domain/journey/model';
import { CommitInput } from '../ui/CommitInput';
import { laneTitle } from './journeyView';

interface Props {
  map: JourneyMap;
  apply(label: string, edit: (map: JourneyMap) => JourneyMap): void;
}

/** The lanes of the map: show or hide, order, rename, add a free-text lane, delete one. */
export function LanesMenu({ map, apply }: Props) {
  const { t } = useTranslation();
  return (
    <details className="menu journey-lanes-menu">
      <summary>{t('journey.lane.menu')}</summary>
      <div className="menu__items journey-lanes" role="group" aria-label={t('journey.lane.menu')}>
        <ol>
          {map.lanes.map((lane, index) => (
            <li key={lane.id}>
              <label className="inline-control">
                <input type="checkbox" checked={!lane.hidden} onChange={(e) => apply(t('journey.edit.showLane'), (m) => updateLane(m, lane.id, { hidden: !e.target.checked }))} />
                <span className="visually-hidden">{t('journey.lane.visible')}</span>
              </label>
              <CommitInput aria-label={t('journey.lane.title', { number: index + 1 })} value={lane.title} placeholder={laneTitle(t, lane)} onCommit={(title) => apply(t('journey.edit.renameLane'), (m) => updateLane(m, lane.id, { title: title.trim() }))} />
              <button type="button" className="icon-button" disabled={index === 0} aria-label={t('journey.lane.up', { lane: laneTitle(t, lane) })} onClick={() => apply(t('journey.edit.moveLane'), (m) => moveLane(m, lane.id, index - 1))}>
                ↑
              </button>
              <button type="button" className="icon-button" disabled={index === map.lanes.length - 1} aria-label={t('journey.lane.down', { lane: laneTitle(t, lane) })} onClick={() => apply(t('journey.edit.moveLane'), (m) => moveLane(m, lane.id, index + 1))}>
                ↓
              </button>
              {lane.kind === 'custom' && (
                <button type="button" className="icon-button danger" aria-label={t('journey.lane.delete', { lane: laneTitle(t, lane) })} onClick={() => apply(t('journey.edit.deleteLane'), (m) => deleteLane(m, lane.id))}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => apply(t('journey.edit.addLane'), (m) => addLane(m, { id: crypto.randomUUID(), kind: 'custom', title: t('journey.lane.newTitle'), hidden: false }))}>
          {t('journey.lane.add')}
        </button>
      </div>
    </details>
  );
}
