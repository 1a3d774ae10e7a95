import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isModeler, type BpmnEditor } from '../../bpmn/createEditor';
import type { FitView } from '../../bpmn/fit';
import { exportDiagram, type DiagramFormat } from '../export/diagramExport';
import { showError } from '../ui/toastStore';
import { FileButton } from '../import/FileButton';
import { HelpMenu } from '../help/HelpMenu';
import { Menu, MenuItem } from '../ui/Menu';
import { usePanelOpen, useWorkspace } from './workspaceStore';

interface Props {
  editor: BpmnEditor | null;
  /** The save status, shown at the toolbar's end (`SessionSaveStatus`). */
  saveStatus: ReactNode;
  editable: boolean;
  exportName: string;
  prepareXml(xml: string): Promise<string>;
  onReplaceFile(file: File): void;
  onOpenHistory(): void;
  /** Controls of the shown diagram, after the zoom buttons (the picker of a file's diagrams). */
  children?: ReactNode;
}

interface Service {
  undo(): void;
  redo(): void;
  stepZoom(delta: number): void;
  trigger(action: string): void;
}

/** The export menu: the file, and each image with or without the step badges. */
const exports: { format: DiagramFormat; badges: boolean; label: string }[] = [
  { format: 'bpmn', badges: false, label: 'editor.exportBpmn' },
  { format: 'svg', badges: false, label: 'editor.exportSvg' },
  { format: 'svg', badges: true, label: 'editor.exportSvgBadges' },
  { format: 'png', badges: false, label: 'editor.exportPng' },
  { format: 'png', badges: true, label: 'editor.exportPngBadges' },
];

export function EditorToolbar({ editor, saveStatus, editable, exportName, prepareXml, onReplaceFile, onOpenHistory, children }: Props) {
  const { t } = useTranslation();
  const modeler = editor && isModeler(editor) ? editor : null;
  const panelOpen = usePanelOpen();
  const setPanelOpen = useWorkspace((s) => s.setPanelOpen);
  const badgesVisible = useWorkspace((s) => s.badgesVisible);
  const setBadgesVisible = useWorkspace((s) => s.setBadgesVisible);
  const call = (service: string, action: (s: Service) => void) => () => editor && action(editor.get<Service>(service));

  const runExport = async (format: DiagramFormat, badges: boolean) => {
    if (!editor) return;
    try {
      await exportDiagram(editor, format, exportName, prepareXml, badges);
    } catch (error) {
      showError(t('editor.exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={exportName}>
      {modeler && (
        <>
          <button type="button" onClick={call('commandStack', (s) => s.undo())} title={t('editor.undo')} aria-label={t('editor.undo')}>
            ↶
          </button>
          <button type="button" onClick={call('commandStack', (s) => s.redo())} title={t('editor.redo')} aria-label={t('editor.redo')}>
            ↷
          </button>
          <button
            type="button"
            onClick={(e) => {
              // The search box closes on any click that reaches the page; this one opened it.
              e.stopPropagation();
              call('editorActions', (s) => s.trigger('find'))();
            }}
          >
            {t('editor.search')}
          </button>
        </>
      )}
      <button type="button" onClick={call('zoomScroll', (s) => s.stepZoom(1))} title={t('editor.zoomIn')} aria-label={t('editor.zoomIn')}>
        +
      </button>
      <button type="button" onClick={call('zoomScroll', (s) => s.stepZoom(-1))} title={t('editor.zoomOut')} aria-label={t('editor.zoomOut')}>
        −
      </button>
      <button type="button" onClick={() => editor?.get<FitView>('fitView').fit()}>
        {t('editor.fit')}
      </button>
      {children}
      <Menu label={t('editor.export')}>
        {exports.map(({ format, badges, label }) => (
          <MenuItem key={label} disabled={!editor} onSelect={() => void runExport(format, badges)}>
            {t(label)}
          </MenuItem>
        ))}
      </Menu>
      {editable && <FileButton label={t('editor.replaceFromFile')} onFile={onReplaceFile} />}
      <button type="button" onClick={onOpenHistory} title={t('history.openTitle')}>
        {t('history.button')}
      </button>
      <label className="inline-control">
        <input type="checkbox" checked={panelOpen} onChange={(e) => setPanelOpen(e.target.checked)} />
        {t('stepData.panelToggle')}
      </label>
      <label className="inline-control">
        <input type="checkbox" checked={badgesVisible} onChange={(e) => setBadgesVisible(e.target.checked)} />
        {t('stepData.badges')}
      </label>
      <HelpMenu />
      {saveStatus}
    </div>
  );
}
