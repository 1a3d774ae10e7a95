import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Process } from '../../domain/variant';
import { createProcess, deleteProcess, renameProcess } from '../../storage/processRepository';
import { workspaceDb } from '../../storage/workspace';
import { FileButton } from '../import/FileButton';
import { useBpmnFileReader } from '../import/useBpmnFileReader';
import { ConfirmDialog } from '../ui/Dialog';
import { DropZone } from '../import/DropZone';

interface Props {
  projectId: string;
  processes: Process[];
  selectedId: string | undefined;
  dictionaryOpen: boolean;
}

export function ProcessList({ projectId, processes, selectedId, dictionaryOpen }: Props) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const readFile = useBpmnFileReader(projectId);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [deleting, setDeleting] = useState<Process | null>(null);

  const add = async () => {
    const process = await createProcess(workspaceDb, projectId, t('project.newProcessName'));
    navigate(`/project/${projectId}/process/${process.id}/asIs`);
  };

  const importFile = (file: File) =>
    void readFile(file, async ({ xml, firstProcessName }) => {
      const name = firstProcessName || file.name.replace(/\.[^.]+$/, '');
      const process = await createProcess(workspaceDb, projectId, name, { asIs: xml });
      navigate(`/project/${projectId}/process/${process.id}/asIs`);
    });

  const commitRename = async () => {
    if (renaming && renaming.name.trim()) await renameProcess(workspaceDb, renaming.id, renaming.name);
    setRenaming(null);
  };

  return (
    <DropZone onFile={importFile} label={t('project.dropHere')}>
      <nav className="process-list" aria-label={t('project.processes')}>
        <h2>{t('project.processes')}</h2>
        {processes.length === 0 && <p className="muted">{t('project.noProcesses')}</p>}
        <ul>
          {processes.map((process) => (
            <li key={process.id} className={process.id === selectedId ? 'selected' : undefined}>
              {renaming?.id === process.id ? (
                <input
                  aria-label={t('project.processName')}
                  value={renaming.name}
                  autoFocus
                  onChange={(e) => setRenaming({ id: process.id, name: e.target.value })}
                  onBlur={() => void commitRename()}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') void commitRename();
                    if (e.key === 'Escape') setRenaming(null);
                  }}
                />
              ) : (
                <Link href={`/project/${projectId}/process/${process.id}/asIs`} aria-current={process.id === selectedId ? 'page' : undefined}>
                  {process.name}
                </Link>
              )}
              <span className="process-list__actions">
                <button type="button" className="link-button" onClick={() => setRenaming({ id: process.id, name: process.name })}>
                  {t('project.renameProcess')}
                </button>
                <button type="button" className="link-button danger" onClick={() => setDeleting(process)}>
                  {t('app.delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
        <div className="process-list__add">
          <button type="button" className="primary" onClick={() => void add()}>
            {t('project.addProcess')}
          </button>
          <FileButton label={t('project.importProcess')} onFile={importFile} />
        </div>
        <p className="process-list__dictionary">
          <Link href={`/project/${projectId}/dictionary`} aria-current={dictionaryOpen ? 'page' : undefined}>
            {t('dictionary.link')}
          </Link>
        </p>
        <ConfirmDialog
          open={deleting !== null}
          title={t('project.confirmDeleteProcessTitle')}
          message={t('project.confirmDeleteProcess', { name: deleting?.name ?? '' })}
          confirmLabel={t('project.deleteProcess')}
          danger
          onConfirm={() => {
            if (deleting) void deleteProcess(workspaceDb, deleting.id).then(() => navigate(`/project/${projectId}`));
            setDeleting(null);
          }}
          onCancel={() => setDeleting(null)}
        />
      </nav>
    </DropZone>
  );
}
