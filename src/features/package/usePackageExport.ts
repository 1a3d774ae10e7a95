import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BpmnLanguage } from '../../bpmn/translate';
import { markBackedUp } from '../../storage/backupRepository';
import { workspaceDb } from '../../storage/workspace';
import { downloadBlob, safeFileName } from '../export/download';
import { showError, showInfo } from '../ui/toastStore';
import type { PackageProgress } from './buildPackage';

export interface PackageExport {
  /** Null while no package is being made. */
  progress: PackageProgress | null;
  run(projectIds: readonly string[], scope: 'all' | 'approved', name: string): Promise<boolean>;
}

/** Makes a package and saves it; the builder (bpmn-js, the file libraries) loads on first use. */
export function usePackageExport(): PackageExport {
  const { t, i18n } = useTranslation();
  const [progress, setProgress] = useState<PackageProgress | null>(null);
  return {
    progress,
    async run(projectIds, scope, name) {
      setProgress({ done: 0, total: 1 });
      try {
        const { buildPackage } = await import('./buildPackage');
        const blob = await buildPackage({ projectIds, scope, language: i18n.language as BpmnLanguage, t, onProgress: setProgress });
        const date = new Date().toISOString().slice(0, 10);
        downloadBlob(blob, `${safeFileName(name)} ${date}.zip`);
        if (scope === 'all') await markBackedUp(workspaceDb, projectIds);
        showInfo(t('package.exported', { count: projectIds.length }));
        return true;
      } catch (error) {
        showError(t('package.exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
        return false;
      } finally {
        setProgress(null);
      }
    },
  };
}
