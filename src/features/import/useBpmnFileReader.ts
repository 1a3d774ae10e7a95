import { useTranslation } from 'react-i18next';
import { prepareEarlyDrawing, startEarlyDrawing } from '../../bpmn/earlyDrawing';
import type { BpmnLanguage } from '../../bpmn/translate';
import type { BpmnInspection } from '../../domain/bpmnFile';
import { groupWarnings, warningCount } from '../../domain/bpmnWarnings';
import { mergeDictionary } from '../../storage/dictionaryRepository';
import { workspaceDb } from '../../storage/workspace';
import { showError, showInfo } from '../ui/toastStore';
import { looksLikeBpmnFile } from './bpmnFileTypes';
import { useImportNotes, warningsWhenDrawn, type VariantSlot } from './importNotes';
import { inspectionWorkerStarted } from './inspectionWorker';
import { describeFileError, readBpmnFile } from './readBpmnFile';

/** How long the toast waits for the editor to draw an imported file before it counts the checks' warnings alone. */
const drawnWithinMs = 30_000;

/**
 * Reads a chosen or dropped file and tells the user what happened; `store` runs only for a file
 * that passed, after the dictionary entries the file carried have joined the project's, and says
 * which variant the file went into: its warnings are listed over that variant's diagram.
 */
export function useBpmnFileReader(projectId: string) {
  const { t, i18n } = useTranslation();
  const remember = useImportNotes((s) => s.remember);
  type Store = (inspection: BpmnInspection) => Promise<VariantSlot>;

  /** Stores a file that passed; then how many warnings the banner lists once it is drawn, or null when it could not be stored. */
  const storeCountingWarnings = async (inspection: BpmnInspection, store: Store): Promise<number | null> => {
    let slot: VariantSlot;
    try {
      await mergeDictionary(workspaceDb, projectId, inspection.dictionary);
      slot = await store(inspection);
      remember(slot, inspection.warnings, inspection.xml);
    } catch (error) {
      showError(t('import.unreadable', { detail: error instanceof Error ? error.message : String(error) }), { details: [t('import.failed')] });
      return null;
    }
    // The toast counts what the banner lists, the editor's import included: it comes once the diagram is drawn.
    return warningCount(groupWarnings(await warningsWhenDrawn(slot, drawnWithinMs)));
  };

  return async (file: File, store: Store): Promise<boolean> => {
    if (!looksLikeBpmnFile(file)) {
      showError(t('import.notBpmnFile'));
      return false;
    }
    const result = await readBpmnFile(file, (xml) => startEarlyDrawing(xml, i18n.language as BpmnLanguage));
    if (!result.ok) {
      showError(describeFileError(result, t), { details: [t('import.failed')] });
      return false;
    }
    const { layoutGenerated, diagramCount } = result.inspection;
    // The drawing made while the checks ran goes to the editor that opens the stored file; one that no
    // editor took by the time the toast stops waiting for a drawing (the user went elsewhere) is dropped.
    result.early?.offer();
    const count = await storeCountingWarnings(result.inspection, store).finally(() => result.early?.discard());
    if (count === null) return false;
    const details = [
      ...(layoutGenerated ? [t('editor.layoutGenerated')] : []),
      ...(diagramCount > 1 ? [t('import.diagrams', { count: diagramCount })] : []),
      ...(count > 0 ? [t('import.seeWarnings', { count })] : []),
    ];
    showInfo(t('import.done', { file: file.name }), { details, sticky: details.length > 0 });
    return true;
  };
}

/**
 * What to call when the user sets out to import a file (opens the picker, drags a file in): the checks'
 * worker starts and the editor that draws the file is made while the file is chosen, not after.
 */
export function usePrepareBpmnFileReading(): () => void {
  const { i18n } = useTranslation();
  return () => {
    void inspectionWorkerStarted().catch(() => undefined);
    prepareEarlyDrawing(i18n.language as BpmnLanguage);
  };
}
