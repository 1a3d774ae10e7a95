import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
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
import { ForkBanner } from '../sync/ForkBanner';

interface Props {
  process: Process;
  kind: VariantKind;
}

/** Memoised: the project page redraws after every save (the project's `updatedAt`), this need not. */
export const ProcessWorkspace = memo(function ProcessWorkspace({ process, kind }: Props) {
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

  if (!variants) return <p>{t('app.loading')}</p>;
  const byKind = new Map(variants.map((v) => [v.kind, v]));
  const existing = variants.map((v) => v.kind);
  const pane = (paneKind: VariantKind, onEditor: (editor: BpmnEditor | null) => void) => {
    const variant = byKind.get(paneKind);
    return variant ? (
      // The boundary's reload flushes every open editor's pending saves first, so an error here loses no edit.
      <ErrorBoundary key={variant.id}>
        <VariantCanvas variant={variant} processName={process.name} onEditor={onEditor} />
      </ErrorBoundary>
    ) : (
      <MissingVariant process={process} kind={paneKind} existing={existing} />
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
        {pane(kind, onLeft)}
        {sideBySide && pane(otherKind, onRight)}
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
