import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Project } from '../../domain/project';
import { restoreProject, type RestoreMode } from '../../storage/projectRestore';
import { workspaceDb } from '../../storage/workspace';
import { Dialog } from '../ui/Dialog';
import { showError, showInfo } from '../ui/toastStore';
import { describeReadProblem } from './describeReadProblem';
import type { PackageToRestore } from './readPackage';

type Pending = { content: PackageToRestore; index: number; restored: Project[] } | null;

/**
 * Reads a package (`.zip`) and restores its projects one by one; for a project this browser already
 * has, asks whether to keep both or replace the one here (which then goes to the trash).
 */
export function useImportPackage(): { importFile(file: File): Promise<void>; dialog: React.ReactNode } {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [pending, setPending] = useState<Pending>(null);

  const finish = (restored: Project[]) => {
    setPending(null);
    if (restored.length === 0) return;
    showInfo(t('package.restored', { count: restored.length, name: restored[0]!.name }));
    if (restored.length === 1) navigate(`/project/${restored[0]!.id}`);
  };

  const proceed = async (state: NonNullable<Pending>, mode: RestoreMode | 'skip'): Promise<void> => {
    let { index } = state;
    const restored = [...state.restored];
    try {
      if (mode !== 'skip') restored.push(await restoreProject(workspaceDb, state.content.projects[index]!.records, mode));
      index += 1;
      while (index < state.content.projects.length && !state.content.projects[index]!.exists) {
        restored.push(await restoreProject(workspaceDb, state.content.projects[index]!.records, 'asIs'));
        index += 1;
      }
    } catch (error) {
      setPending(null);
      showError(t('package.restoreFailed', { reason: error instanceof Error ? error.message : String(error) }));
      return;
    }
    if (index < state.content.projects.length) setPending({ content: state.content, index, restored });
    else finish(restored);
  };

  const importFile = async (file: File) => {
    if (!/\.zip$/i.test(file.name)) return void showError(t('package.notZipName'));
    const { readPackage } = await import('./readPackage');
    const result = await readPackage(file);
    if (!result.ok) return void showError(describeReadProblem(result.problem, t), { details: [t('package.nothingWritten')] });
    const start = { content: result.content, index: 0, restored: [] };
    if (result.content.projects[0]!.exists) setPending(start);
    else await proceed({ ...start, index: 0 }, 'asIs');
  };

  const current = pending?.content.projects[pending.index]?.records.projects[0];
  const dialog = (
    <Dialog
      title={t('package.existsTitle')}
      open={pending !== null}
      onClose={() => pending && finish(pending.restored)}
      footer={
        pending && (
          <>
            <button type="button" onClick={() => void proceed(pending, 'skip')}>
              {t('package.skip')}
            </button>
            <button type="button" onClick={() => void proceed(pending, 'replace')}>
              {t('package.replace')}
            </button>
            <button type="button" className="primary" data-autofocus onClick={() => void proceed(pending, 'keepBoth')}>
              {t('package.keepBoth')}
            </button>
          </>
        )
      }
    >
      <p>{t('package.exists', { name: current?.name ?? '' })}</p>
      <p className="muted">{t('package.existsHint')}</p>
    </Dialog>
  );
  return { importFile, dialog };
}
