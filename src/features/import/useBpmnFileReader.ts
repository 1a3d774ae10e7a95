import { useTranslation } from 'react-i18next';
import type { BpmnInspection } from '../../domain/bpmnFile';
import { mergeDictionary } from '../../storage/dictionaryRepository';
import { workspaceDb } from '../../storage/workspace';
import { showError, showInfo } from '../ui/toastStore';
import { looksLikeBpmnFile } from './bpmnFileTypes';
import { describeFileError, describeWarnings, readBpmnFile } from './readBpmnFile';

/**
 * Reads a chosen or dropped file and tells the user what happened; `store` runs only for a file
 * that passed, after the dictionary entries the file carried have joined the project's.
 */
export function useBpmnFileReader(projectId: string) {
  const { t } = useTranslation();
  return async (file: File, store: (inspection: BpmnInspection) => Promise<void>): Promise<boolean> => {
    if (!looksLikeBpmnFile(file)) {
      showError(t('import.notBpmnFile'));
      return false;
    }
    const result = await readBpmnFile(file);
    if (!result.ok) {
      showError(describeFileError(result, t), { details: [t('import.failed')] });
      return false;
    }
    try {
      await mergeDictionary(workspaceDb, projectId, result.inspection.dictionary);
      await store(result.inspection);
    } catch (error) {
      showError(t('import.unreadable', { detail: error instanceof Error ? error.message : String(error) }), { details: [t('import.failed')] });
      return false;
    }
    const { warnings, layoutGenerated } = result.inspection;
    const details = [...(layoutGenerated ? [t('editor.layoutGenerated')] : []), ...describeWarnings(warnings, t)];
    showInfo(t('import.done', { file: file.name }), { details, sticky: details.length > 0 });
    return true;
  };
}
