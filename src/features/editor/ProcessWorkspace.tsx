import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, useEffect, useMemo, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BpmnEditor } from '../../bpmn/createEditor';
import { syncViewboxes } from '../../bpmn/viewboxSync';
import { variantKinds, type Process, type VariantKind, type VariantRef } from '../../domain/variant';
import { listVariantRefs } from '../../storage/variantRepository';
import { workspaceDb } from '../../storage/workspace';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { MissingVariant } from './MissingVariant';
import { ProcessTabs } from './ProcessTabs';
import { SyncViewsToggle } from './SyncViewsToggle';
import { VariantCanvas } from './VariantCanvas';
import { useWorkspace } from './workspaceStore';
import { useKeptEditors } from './keptEditors';
import { ForkBanner } from '../sync/ForkBanner';

interface Props {
  process: Process;
  kind: VariantKind;
  /** False while another tab of the process (comparison, passport…) is shown: every editor is then hidden. */
  shown?: boolean;
}

/** Memoised: the project page redraws after every save (the project's `updatedAt`), this need not. */
export const ProcessWorkspace = memo(function ProcessWorkspace({ process, kind, shown: workspaceShown = true }: Props) {
  const { t } = useTranslation();
  const variants = useStableRefs(useLiveQuery(() => listVariantRefs(workspaceDb, process), [process]));
  const { sideBySide, secondKind, syncViews, setSideBySide, setSecondKind } = useWorkspace();
  const [left, setLeft] = useState<BpmnEditor | null>(null);
  const [right, setRight] = useState<BpmnEditor | null>(null);
  const otherKind = secondKind === kind ? variantKinds.find((k) => k !== kind) ?? 'toBe' : secondKind;

  useEffect(() => {
    if (!sideBySide || !syncViews || !left || !right) return;
    return syncViewboxes(left, right);
  }, [sideBySide, syncViews, left, right]);

  const onRight = useCallback((editor: BpmnEditor | null) => setRight(editor), []);
  const onLeft = useCallback((editor: BpmnEditor | null) => setLeft(editor), []);
  const shown = sideBySide ? [kind, otherKind] : [kind];
  const existing = variants?.map((v) => v.kind) ?? [];
  // The editors of recently shown variants stay open, hidden, so switching back shows them without importing again.
  // Behind another tab of the process none is shown, so any of them can be let go to another browser tab.
  const { kept, release } = useKeptEditors(workspaceShown ? shown : [], existing);

  if (!variants) return <p>{t('app.loading')}</p>;
  const leaveKeptPane = (e: FocusEvent) => {
    if (e.target instanceof HTMLElement || e.target instanceof SVGElement) e.target.blur();
  };
  const byKind = new Map(variants.map((v) => [v.kind, v]));
  // Every kept editor stays at one place in the tree (a move would remount it); the grid column puts the shown ones
  // left and right. A hidden one lies under the first pane, drawn and laid out still, so showing it only brings its
  // layer forward: hidden with `display: none`, `visibility` or `content-visibility`, its thousands of SVG elements
  // were laid out or painted anew on each switch (0.3-5 s at 3,000 nodes). The order is an inline z-index, not a
  // class: a class of the pane's changing makes the browser match `.pane > *` and restyle the pane (15-50 ms there).
  // It is hidden from assistive technology, its controls are inert (VariantCanvas) and focus never stays in its canvas,
  // so no key reaches it.
  const pane = (paneKind: VariantKind) => {
    const variant = byKind.get(paneKind);
    const place = shown.indexOf(paneKind);
    const className = place === 1 ? 'pane pane--second' : 'pane';
    const style = { gridRow: 1, gridColumn: place === 1 ? 2 : 1, zIndex: place < 0 ? 0 : 1 };
    if (!variant)
      return place < 0 ? null : (
        <div key={`missing-${paneKind}`} className={className} style={style}>
          <MissingVariant process={process} kind={paneKind} existing={existing} />
        </div>
      );
    return (
      <div key={variant.id} className={className} style={style} aria-hidden={place < 0 || undefined} onFocusCapture={place < 0 ? leaveKeptPane : undefined}>
        {/* The boundary's reload flushes every open editor's pending saves first, so an error here loses no edit. */}
        <ErrorBoundary>
          <VariantCanvas
            variant={variant}
            processName={process.name}
            shown={workspaceShown && place >= 0}
            onEditor={[onLeft, onRight][place]}
            onReleaseWanted={release}
          />
        </ErrorBoundary>
      </div>
    );
  };

  return (
    <div className="process-workspace">
      <div className="workspace-bar">
        <ProcessTabs process={process} current={kind} existing={existing} />
        <label className="inline-control">
          <input type="checkbox" checked={sideBySide} onChange={(e) => setSideBySide(e.target.checked)} />
          {t('editor.sideBySide')}
        </label>
        {sideBySide && (
          <>
            <label className="inline-control">
              {t('editor.compareWith')}
              <select value={otherKind} onChange={(e) => setSecondKind(e.target.value as VariantKind)}>
                {variantKinds
                  .filter((k) => k !== kind)
                  .map((k) => (
                    <option key={k} value={k}>
                      {t(`variant.${k}`)}
                    </option>
                  ))}
              </select>
            </label>
            <SyncViewsToggle />
          </>
        )}
      </div>
      {byKind.get(kind) && <ForkBanner projectId={process.projectId} variantId={byKind.get(kind)!.id} />}
      <div className={sideBySide ? 'panes panes--two' : 'panes'} role="tabpanel">
        {variantKinds.filter((paneKind) => kept.includes(paneKind)).map(pane)}
      </div>
    </div>
  );
});

/** The same objects while the same variants exist, so a save (which re-runs the live query) redraws no canvas. */
function useStableRefs(refs: VariantRef[] | undefined): VariantRef[] | undefined {
  const signature = refs?.map((r) => `${r.id}:${r.kind}`).join(' ');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the signature says when the refs changed
  return useMemo(() => refs, [signature]);
}
