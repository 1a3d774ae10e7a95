import { useTranslation } from 'react-i18next';
import type { BpmnInspection } from '../../domain/bpmnFile';
import { groupWarnings, warningCount } from '../../domain/bpmnWarnings';
import { mergeDictionary } from '../../storage/dictionaryRepository';
import { workspaceDb } from '../../storage/workspace';
import { showError, showInfo } from '../ui/toastStore';
import { looksLikeBpmnFile } from './bpmnFileTypes';
import { useImportNotes, warningsWhenDrawn, type VariantSlot } from './importNotes';
import { describeFileError, readBpmnFile } from './readBpmnFile';

/** How long the toast waits for the editor to draw an imported file before it counts the checks' warnings alone. */
const drawnWithinMs = 30_000;

/**
 * Reads a chosen or dropped file and tells the user what happened; `store` runs only for a file
 * that passed, after the dictionary entries the file carried have joined the project's, and says
 * which variant the file went into: its warnings are listed over that variant's diagram.
 */
export function useBpmnFileReader(projectId: string) {
  const { t } = useTranslation();
  const remember = useImportNotes((s) => s.remember);
  return async (file: File, store: (inspection: BpmnInspection) => Promise<VariantSlot>): Promise<boolean> => {
    if (!looksLikeBpmnFile(file)) {
      showError(t('import.notBpmnFile'));
      return false;
    }
    const result = await readBpmnFile(file);
    if (!result.ok) {
      showError(describeFileError(result, t), { details: [t('import.failed')] });
      return false;
    }
    const { xml, warnings, layoutGenerated, diagramCount } = result.inspection;
    let slot: VariantSlot;
    try {
      await mergeDictionary(workspaceDb, projectId, result.inspection.dictionary);
      slot = await store(result.inspection);
      remember(slot, warnings, xml);
    } catch (error) {
      showError(t('import.unreadable', { detail: error instanceof Error ? error.message : String(error) }), { details: [t('import.failed')] });
      return false;
    }
    // The toast counts what the banner lists, the editor's import included: it comes once the diagram is drawn.
    const count = warningCount(groupWarnings(await warningsWhenDrawn(slot, drawnWithinMs)));
    const details = [
      ...(layoutGenerated ? [t('editor.layoutGenerated')] : []),
      ...(diagramCount > 1 ? [t('import.diagrams', { count: diagramCount })] : []),
      ...(count > 0 ? [t('import.seeWarnings', { count })] : []),
    ];
    showInfo(t('import.done', { file: file.name }), { details, sticky: details.length > 0 });
    return true;
  };
}
