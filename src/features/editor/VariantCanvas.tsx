import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BpmnEditor } from '../../bpmn/createEditor';
import type { BpmnLanguage } from '../../bpmn/translate';
import type { Variant } from '../../domain/variant';
import { embedDictionary } from '../../domain/dictionary/embeddedDictionary';
import { listDictionary } from '../../storage/dictionaryRepository';
import { announce } from '../../storage/tabSync';
import { replaceVariantXml } from '../../storage/variantRepository';
import { workspaceDb } from '../../storage/workspace';
import { DropZone } from '../import/DropZone';
import { useBpmnFileReader } from '../import/useBpmnFileReader';
import { ConfirmDialog } from '../ui/Dialog';
import { EditorToolbar } from './EditorToolbar';
import { SessionBanners } from './SessionBanners';
import { useVariantSession } from './useVariantSession';
import { usePanelOpen, useWorkspace } from './workspaceStore';
import { StepDataPanel } from '../data/StepDataPanel';
import { ProblemsPanel } from '../checks/ProblemsPanel';
import { useLintIssues } from '../checks/useLintIssues';

interface Props {
  variant: Variant;
  processName: string;
  onEditor?(editor: BpmnEditor | null): void;
}

export function VariantCanvas({ variant, processName, onEditor }: Props) {
  const { t, i18n } = useTranslation();
  const { attach, ...session } = useVariantSession(variant.projectId, variant.id, i18n.language as BpmnLanguage);
  const readFile = useBpmnFileReader(variant.projectId);
  const [replacing, setReplacing] = useState<File | null>(null);
  const panelOpen = usePanelOpen();
  const badgesVisible = useWorkspace((s) => s.badgesVisible);
  const lintIssues = useLintIssues(session.editor, variant.projectId, variant.kind);

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
    await session.flush();
    const replaced = await readFile(file, async ({ xml }) => {
      const revision = await replaceVariantXml(workspaceDb, variant.id, xml);
      announce(variant.projectId, { type: 'variantSaved', variantId: variant.id, revision });
    });
    if (replaced) session.reload();
  };

  return (
    <section
      className="variant-canvas"
      aria-label={t('editor.canvasLabel', { variant: variantName })}
      data-variant={variant.kind}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
          e.preventDefault();
          void session.flush();
        }
      }}
    >
      <EditorToolbar
        editor={session.editor}
        status={session.status}
        editable={session.editable === true}
        exportName={`${processName} - ${variantName}`}
        prepareXml={async (xml) => embedDictionary(xml, await listDictionary(workspaceDb, variant.projectId))}
        onReplaceFile={setReplacing}
      />
      <SessionBanners session={session} />
      <div className="canvas-row">
        <DropZone onFile={setReplacing} label={t('editor.replaceFromFile')} className="canvas-drop">
          <div className="canvas" ref={attach} data-testid={`canvas-${variant.kind}`} />
        </DropZone>
        {panelOpen && <StepDataPanel editor={session.editor} projectId={variant.projectId} variantKind={variant.kind} />}
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
    </section>
  );
}
