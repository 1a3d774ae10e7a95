import { memo, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BpmnEditor } from '../../bpmn/createEditor';
import type { OutOfReach } from '../../bpmn/keyboard';
import type { ProcessNameService } from '../../bpmn/processName';
import type { BpmnLanguage } from '../../bpmn/translate';
import type { BpmnWarning } from '../../domain/bpmnWarnings';
import type { VariantRef } from '../../domain/variant';
import { embedDictionary } from '../../domain/dictionary/embeddedDictionary';
import { listDictionary } from '../../storage/dictionaryRepository';
import { workspaceDb } from '../../storage/workspace';
import { DropZone } from '../import/DropZone';
import { useBpmnFileReader, usePrepareBpmnFileReading } from '../import/useBpmnFileReader';
import { ConfirmDialog } from '../ui/Dialog';
import { EditorToolbar } from './EditorToolbar';
import { SessionSaveStatus } from './SaveStatusText';
import { SessionBanners } from './SessionBanners';
import { WarningsBanner } from './WarningsBanner';
import { DiagramPicker } from './DiagramPicker';
import { useImportNotes, useImportNotesOf } from '../import/importNotes';
import { ConflictBanner } from './ConflictBanner';
import { useVariantSession } from './session/useVariantSession';
import { VersionHistoryDialog } from './history/VersionHistoryDialog';
import { NameVersionDialog } from './history/NameVersionDialog';
import { DraftsProvider } from '../ui/drafts';
import { showError } from '../ui/toastStore';
import { announce } from '../ui/announcer';
import { usePanelOpen, useWorkspace } from './workspaceStore';
import { StepDataPanel } from '../data/StepDataPanel';
import { VariantChecks } from '../checks/VariantChecks';
import { useHelp } from '../help/helpStore';
import { onEditorAreaKey } from './editorAreaKeys';
import { isLocked } from '../../domain/lifecycle/lifecycle';
import { useProcessStatuses } from '../lifecycle/useProcessStatuses';
import { VariantStatusBar } from '../lifecycle/VariantStatusBar';
import { useViewerOnly } from '../sync/syncStore';
import { ViewerBanner } from '../sync/ViewerBanner';

interface Props {
  variant: VariantRef;
  processName: string;
  /** False while the editor is kept open behind another variant's tab (see keptEditors.ts). */
  shown?: boolean;
  onEditor?(editor: BpmnEditor | null): void;
  /** Hidden, and another browser tab waits to edit this variant: the workspace closes this editor. */
  onReleaseWanted?(kind: VariantRef['kind']): void;
}

/** Memoised: its props change only when another variant or process is shown, not when one is saved. */
export const VariantCanvas = memo(function VariantCanvas({ variant, processName, shown = true, onEditor, onReleaseWanted }: Props) {
  const { t, i18n } = useTranslation();
  const [diagramId, setDiagramId] = useState<string>();
  // An approved or published variant opens read-only until its status is set back with a reason.
  const status = useProcessStatuses(variant.processId)?.of(variant.kind);
  // A viewer of a shared project reads only: the server would drop their edits.
  const viewerOnly = useViewerOnly(variant.projectId);
  const kind = variant.kind;
  const releaseWanted = useCallback(() => onReleaseWanted?.(kind), [onReleaseWanted, kind]);
  const { attach, ...session } = useVariantSession(variant.projectId, variant.id, i18n.language as BpmnLanguage, {
    diagramId,
    locked: status ? isLocked(status.status) || viewerOnly : null,
    shown,
    onReleaseWanted: releaseWanted,
  });
  const slot = { processId: variant.processId, kind: variant.kind };
  const importNotes = useImportNotesOf(slot);
  const forgetImportNotes = useImportNotes((s) => s.forget);
  const reportDrawing = useImportNotes((s) => s.drew);
  // The warnings of the last import into this variant, else the editor's; hidden until the next load.
  const shownWarnings = importNotes ?? session.warnings;
  const [hiddenWarnings, setHiddenWarnings] = useState<BpmnWarning[] | null>(null);
  const readFile = useBpmnFileReader(variant.projectId);
  const prepareImport = usePrepareBpmnFileReading();
  const [replacing, setReplacing] = useState<File | null>(null);
  // Made ready while the user confirms the replacement.
  const confirmReplacing = (file: File) => {
    prepareImport();
    setReplacing(file);
  };
  const [historyOpen, setHistoryOpen] = useState(false);
  const [naming, setNaming] = useState(false);
  const panelOpen = usePanelOpen();
  const badgesVisible = useWorkspace((s) => s.badgesVisible);
  const unusable = session.problem !== null && session.drawn === null;
  const openHelp = useHelp((s) => s.open);

  useEffect(() => {
    session.editor?.get<{ setVisible(visible: boolean): void }>('stepBadges').setVisible(badgesVisible);
  }, [session.editor, badgesVisible]);
  // What bpmn-js lays over a hidden editor's drawing (problem chips, palette, context pad…) turns inert like its chrome,
  // and back, once the switch is painted: in the switch's own frame, the restyle of the chips' layer more than doubled
  // a switch at 3,000 steps (66 → 168 ms median); after it, it makes no long task. Meanwhile the workspace takes focus
  // out of a hidden pane.
  useEffect(() => {
    const outOfReach = session.editor?.get<OutOfReach>('outOfReach');
    if (!outOfReach) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => outOfReach.setOutOfReach(!shown))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [session.editor, shown]);
  const variantName = t(`variant.${variant.kind}`);

  // The process record names the process; the diagram follows it (one undo step, saved as any edit).
  useEffect(() => {
    if (session.editable && session.editor) session.editor.get<ProcessNameService | null>('processName', false)?.apply(processName);
  }, [session.editor, session.editable, processName]);

  // What the editor drew, so that the warnings of a file just imported here include its import's.
  const { processId } = variant;
  useEffect(() => {
    reportDrawing({ processId, kind }, session.drawn);
    return () => reportDrawing({ processId, kind }, null);
  }, [reportDrawing, processId, kind, session.drawn]);

  useEffect(() => {
    onEditor?.(session.editor);
    return () => onEditor?.(null);
  }, [onEditor, session.editor]);

  const replace = async (file: File) => {
    setReplacing(null);
    await readFile(file, async ({ xml }) => {
      await session.replaceContent(xml);
      return { processId: variant.processId, kind: variant.kind };
    });
  };
  const saveNamed = (name: string) => {
    setNaming(false);
    session.saveNamedVersion(name).then(
      () => announce(t('history.savedNamed', { name })),
      (error: unknown) => showError(t('history.failed', { reason: error instanceof Error ? error.message : String(error) })),
    );
  };

  return (
    <section
      className="variant-canvas"
      aria-label={t('editor.canvasLabel', { variant: variantName })}
      data-variant={variant.kind}
      onKeyDown={(e) =>
        onEditorAreaKey(e, {
          editor: session.editor,
          save: () => void session.flush(),
          nameVersion: () => session.editable && setNaming(true),
          help: () => openHelp('shortcuts'),
        })
      }
    >
      {/* A hidden editor keeps all of it, so that showing it again mounts and lays out nothing: mounting the toolbar
          (its menus are <details>) made the browser restyle the whole document, every SVG element of the open
          diagrams included. Hidden, its controls are inert (out of the focus order and of assistive technology); the
          canvas is not (inert on thousands of SVG elements costs a restyle of them all): only the HTML bpmn-js lays
          over it is (OutOfReach). */}
      <div className="editor-chrome" inert={!shown}>
        <EditorToolbar
          editor={session.editor}
          saveStatus={<SessionSaveStatus session={session} />}
          editable={session.editable}
          exportName={`${processName} - ${variantName}`}
          prepareXml={async (xml) => embedDictionary(xml, await listDictionary(workspaceDb, variant.projectId))}
          onReplaceFile={confirmReplacing}
          onOpenHistory={() => setHistoryOpen(true)}
        >
          <DiagramPicker editor={session.editor} value={diagramId} onChange={setDiagramId} />
          {status && <VariantStatusBar variant={variant} current={status} flush={session.flush} />}
        </EditorToolbar>
        <ConflictBanner session={session} projectId={variant.projectId} variantId={variant.id} />
        <SessionBanners session={session} />
        {viewerOnly && <ViewerBanner />}
        {shownWarnings !== hiddenWarnings && (
          <WarningsBanner
            warnings={shownWarnings}
            onDismiss={() => {
              setHiddenWarnings(session.warnings);
              forgetImportNotes(slot);
            }}
          />
        )}
      </div>
      {/* A diagram that could not be read or drawn leaves an empty editor that would save nothing: not offered. */}
      <div className={unusable ? 'canvas-row canvas-row--unusable' : 'canvas-row'} inert={unusable} aria-hidden={unusable || undefined}>
        <DropZone onFile={confirmReplacing} label={t('editor.replaceFromFile')} className="canvas-drop" disabled={!session.editable}>
          <div className="canvas" ref={attach} data-testid={`canvas-${variant.kind}`} />
        </DropZone>
        {panelOpen && (
          <div className="editor-chrome" inert={!shown}>
            <DraftsProvider value={session.drafts}>
              <StepDataPanel editor={session.editor} projectId={variant.projectId} variantKind={variant.kind} />
            </DraftsProvider>
          </div>
        )}
      </div>
      <VariantChecks editor={session.editor} saves={session.saves} variant={variant} panel={!unusable} shown={shown} />
      <ConfirmDialog
        open={replacing !== null}
        title={t('editor.confirmReplaceTitle')}
        message={t('editor.confirmReplace', { variant: variantName, file: replacing?.name ?? '' })}
        confirmLabel={t('editor.replaceFromFile')}
        onConfirm={() => replacing && void replace(replacing)}
        onCancel={() => setReplacing(null)}
      />
      <VersionHistoryDialog
        open={historyOpen}
        onClose={() => setHistoryOpen(false)}
        session={session}
        projectId={variant.projectId}
        variantId={variant.id}
        variantName={`${processName} — ${variantName}`}
        onSaveNamed={() => setNaming(true)}
      />
      <NameVersionDialog open={naming} onSave={saveNamed} onClose={() => setNaming(false)} />
    </section>
  );
});
