import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { centreOn, elementInfo, neighbourIds, selectOnly } from '../../../bpmn/diff';
import { syncViewboxes } from '../../../bpmn/viewboxSync';
import type { MatchOverride } from '../../../domain/diff/matchSteps';
import type { ElementChange, MarkerCategory } from '../../../domain/diff/types';
import { useWorkspace } from '../../editor/workspaceStore';
import { ChangeList } from './ChangeList';
import { elementLabel, type EntryName } from './describeChange';
import { MatchCorrection } from './MatchCorrection';
import { nearestCounterpart } from './nearestCounterpart';
import { useDiffViewer } from './useDiffViewer';
import { useVariantDiff } from './useVariantDiff';

/** One side of the diff: a variant of the process, or a version of one. */
export interface DiffSide {
  xml: string;
  title: string;
}

interface Props {
  oldSide: DiffSide;
  newSide: DiffSide;
  entryName: EntryName;
  /** The team's corrections of the step matching; without them the matching is shown as computed, not editable. */
  matching?: { overrides: readonly MatchOverride[]; onOverrides(overrides: MatchOverride[]): void };
}

const legend: readonly MarkerCategory[] = ['added', 'removed', 'changed', 'layout'];

const noOverrides: readonly MatchOverride[] = [];

/** Two diagrams side by side, coloured by their diff, with the list of changes and the matching under them. */
export function VariantDiffView({ oldSide, newSide, entryName, matching }: Props) {
  const { t } = useTranslation();
  const state = useVariantDiff(oldSide.xml, newSide.xml, matching?.overrides ?? noOverrides);
  const diff = state.status === 'ready' ? state.diff : null;
  const oldView = useDiffViewer(oldSide.xml, diff?.markers.old ?? null);
  const newView = useDiffViewer(newSide.xml, diff?.markers.new ?? null);
  const sides = { old: { side: oldSide, view: oldView }, new: { side: newSide, view: newView } };
  const oldViewer = oldView.viewer;
  const newViewer = newView.viewer;
  const syncViews = useWorkspace((s) => s.syncViews);

  useEffect(() => {
    if (!syncViews || !oldViewer || !newViewer) return;
    return syncViewboxes(oldViewer, newViewer);
  }, [syncViews, oldViewer, newViewer]);

  const reveal = (change: ElementChange) => {
    if (!diff || !oldViewer || !newViewer) return;
    selectOnly(oldViewer, change.oldId);
    selectOnly(newViewer, change.newId);
    if (syncViews) {
      // Views in step share one viewbox: centre on the element, the new side's last (where the change lands).
      if (change.oldId) centreOn(oldViewer, change.oldId);
      if (change.newId) centreOn(newViewer, change.newId);
      return;
    }
    // A step on one side only: the other side shows where it would be, at its nearest matched neighbour.
    const newOf = new Map(diff.matches.map((pair) => [pair.oldId, pair.newId]));
    const oldOf = new Map(diff.matches.map((pair) => [pair.newId, pair.oldId]));
    const oldId = change.oldId ?? nearestCounterpart(change.newId!, (id) => neighbourIds(newViewer, id), oldOf);
    const newId = change.newId ?? nearestCounterpart(change.oldId!, (id) => neighbourIds(oldViewer, id), newOf);
    if (oldId) centreOn(oldViewer, oldId);
    if (newId) centreOn(newViewer, newId);
  };

  const labelOf = (side: 'old' | 'new', id: string) => {
    const viewer = sides[side].view.viewer;
    const info = viewer && elementInfo(viewer, id);
    return info ? elementLabel(t, info.type, info.name) : id;
  };

  return (
    <div className="diff-view">
      <div className="diff-view__canvases">
        {(['old', 'new'] as const).map((side) => {
          const { side: shown, view } = sides[side];
          return (
            <section key={side} className="diff-view__pane" aria-label={t('diff.canvasLabel', { variant: shown.title })}>
              <h4>{shown.title}</h4>
              {view.problem && <p className="banner banner--error">{t('diff.viewerFailed', { reason: view.problem })}</p>}
              <div className="diff-view__canvas" ref={view.attach} data-testid={`diff-canvas-${side}`} />
            </section>
          );
        })}
      </div>
      <ul className="diff-legend" aria-label={t('diff.legend')}>
        {legend.map((category) => (
          <li key={category} className={`diff-legend__item diff-legend__item--${category}`}>
            {t(`diff.kind.${category}`)}
          </li>
        ))}
      </ul>
      {state.status === 'computing' && <p>{t('diff.computing')}</p>}
      {state.status === 'failed' && <p className="banner banner--error">{t('diff.failed', { reason: state.reason })}</p>}
      {diff && (
        <>
          <h4>{t('diff.changesTitle')}</h4>
          <p className="muted">{t('diff.revealHint')}</p>
          <ChangeList diff={diff} entryName={entryName} onReveal={reveal} />
          {matching && (
            <MatchCorrection
              diff={diff}
              overrides={matching.overrides}
              onChange={matching.onOverrides}
              labelOf={labelOf}
              variantNames={{ old: oldSide.title, new: newSide.title }}
            />
          )}
        </>
      )}
    </div>
  );
}
