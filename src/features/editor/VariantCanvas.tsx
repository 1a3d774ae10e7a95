import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BpmnEditor } from '../../bpmn/createEditor';
import type { BpmnLanguage } from '../../bpmn/translate';
import type { Variant } from '../../domain/variant';
import { embedDictionary } from '../../domain/dictionary/embeddedDictionary';
import { listDictionary } from '../../storage/dictionaryRepository';
import { workspaceDb } from '../../storage/workspace';
import { DropZone } from '../import/DropZone';
import { useBpmnFileReader } from '../import/useBpmnFileReader';
import { ConfirmDialog } from '../ui/Dialog';
import { EditorToolbar } from './EditorToolbar';
import { SessionBanners } from './SessionBanners';
import { ConflictBanner } from './ConflictBanner';
import { useVariantSession } from './session/useVariantSession';
import { VersionHistoryDialog } from './history/VersionHistoryDialog';
import { NameVersionDialog } from './history/NameVersionDialog';
import { DraftsProvider } from '../ui/drafts';
import { showError, showInfo } from '../ui/toastStore';
import { usePanelOpen, useWorkspace } from './workspaceStore';
import { StepDataPanel } from '../data/StepDataPanel';
import { ProblemsPanel } from '../checks/ProblemsPanel';
import { useLintIssues } from '../checks/useLintIssues';
import { isLocked } from '../../domain/lifecycle/lifecycle';
import { useProcessStatuses } from '../lifecycle/useProcessStatuses';
import { VariantStatusBar } from '../lifecycle/VariantStatusBar';

interface Props {
  variant: Variant;
  processName: string;
  onEditor?(editor: BpmnEditor | null): void;
}

export function VariantCanvas({ variant, processName, onEditor }: Props) {
  const { t, i18n } = useTranslation();
  // An approved or published variant opens read-only until its status is set back with a reason.
  const status = useProcessStatuses(variant.processId)?.of(variant.kind);
  const { attach, ...session } = useVariantSession(variant.projectId, variant.id, i18n.language as BpmnLanguage, status ? isLocked(status.status) : null);
  const readFile = useBpmnFileReader(variant.projectId);
  const [replacing, setReplacing] = useState<File | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [naming, setNaming] = useState(false);
  const panelOpen = usePanelOpen();
  const badgesVisible = useWorkspace((s) => s.badgesVisible);
  const lintIssues = useLintIssues(session.content, variant.projectId, variant.kind);

  useEffect(() => {
    session.editor?.get<{ setVisible(visible: boolean): void }>('stepBadges').setVisible(badgesVisible);
  }, [session.editor, badgesVisible]);
  const variantName = t(`variant.${variant.kind}`);

  useEffect(() => {
    onEditor?.(session.editor);
    return () => onEditor?.(null);
  }, [onEditor, session.editor]);

  const replace = async (file: File) => {
    setReplacing(null);
    await readFile(file, ({ xml }) => session.replaceContent(xml));
  };
  const saveNamed = (name: string) => {
    setNaming(false);
    session.saveNamedVersion(name).then(
      () => showInfo(t('history.savedNamed', { name })),
      (error: unknown) => showError(t('history.failed', { reason: error instanceof Error ? error.message : String(error) })),
    );
  };

  return (
    <section
      className="variant-canvas"
      aria-label={t('editor.canvasLabel', { variant: variantName })}
      data-variant={variant.kind}
      onKeyDown={(e) => {
        if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 's') return;
        e.preventDefault();
        if (!e.shiftKey) void session.flush();
        else if (session.editable) setNaming(true);
      }}
    >
      <EditorToolbar
        editor={session.editor}
        status={session.status}
        editable={session.editable}
        exportName={`${processName} - ${variantName}`}
        prepareXml={async (xml) => embedDictionary(xml, await listDictionary(workspaceDb, variant.projectId))}
        onReplaceFile={setReplacing}
        onOpenHistory={() => setHistoryOpen(true)}
      />
      {status && <VariantStatusBar variant={variant} current={status} flush={session.flush} />}
      <ConflictBanner session={session} projectId={variant.projectId} variantId={variant.id} />
      <SessionBanners session={session} />
      <div className="canvas-row">
        <DropZone onFile={setReplacing} label={t('editor.replaceFromFile')} className="canvas-drop" disabled={!session.editable}>
          <div className="canvas" ref={attach} data-testid={`canvas-${variant.kind}`} />
        </DropZone>
        {panelOpen && (
          <DraftsProvider value={session.drafts}>
            <StepDataPanel editor={session.editor} projectId={variant.projectId} variantKind={variant.kind} />
          </DraftsProvider>
        )}
      </div>
      <ProblemsPanel editor={session.editor} issues={lintIssues} />
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
}
