import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Process } from '../../domain/variant';
import { createProcess, moveProcessToTrash, renameProcess, restoreProcess } from '../../storage/processRepository';
import { workspaceDb } from '../../storage/workspace';
import { FileButton } from '../import/FileButton';
import { useBpmnFileReader, usePrepareBpmnFileReading } from '../import/useBpmnFileReader';
import { showInfo } from '../ui/toastStore';
import { DropZone } from '../import/DropZone';
import { ProcessTrash } from './ProcessTrash';
import { useViewerOnly } from '../sync/syncStore';

interface Props {
  projectId: string;
  processes: Process[];
  trash: Process[];
  selectedId: string | undefined;
  dictionaryOpen: boolean;
  roadmapOpen: boolean;
  readinessOpen: boolean;
}

export function ProcessList({ projectId, processes, trash, selectedId, dictionaryOpen, roadmapOpen, readinessOpen }: Props) {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const readFile = useBpmnFileReader(projectId);
  const prepareImport = usePrepareBpmnFileReading();
  // A viewer of a shared project opens its processes; adding, renaming or deleting them is for its editors.
  const viewerOnly = useViewerOnly(projectId);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);

  const add = async () => {
    const process = await createProcess(workspaceDb, projectId, t('project.newProcessName'));
    navigate(`/project/${projectId}/process/${process.id}/asIs`);
  };

  const importFile = (file: File) =>
    void readFile(file, async ({ xml, firstProcessName }) => {
      const name = firstProcessName || file.name.replace(/\.[^.]+$/, '');
      const process = await createProcess(workspaceDb, projectId, name, { asIs: xml });
      navigate(`/project/${projectId}/process/${process.id}/asIs`);
      return { processId: process.id, kind: 'asIs' };
    });

  // No confirmation: the trash keeps everything, and the toast undoes it at once (back to where the user was).
  const moveToTrash = async (process: Process) => {
    const wasOpen = process.id === selectedId;
    await moveProcessToTrash(workspaceDb, process.id);
    if (wasOpen) navigate(`/project/${projectId}`);
    showInfo(t('processTrash.movedToTrash', { name: process.name }), {
      action: { label: t('app.undo'), run: () => void restoreProcess(workspaceDb, process.id).then(() => wasOpen && navigate(location)) },
    });
  };

  const commitRename = async () => {
    if (renaming && renaming.name.trim()) await renameProcess(workspaceDb, renaming.id, renaming.name);
    setRenaming(null);
  };

  return (
    <DropZone onFile={importFile} onDragIn={prepareImport} label={t('project.dropHere')} disabled={viewerOnly}>
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
              {!viewerOnly && (
                <span className="process-list__actions">
                  <button type="button" className="link-button" onClick={() => setRenaming({ id: process.id, name: process.name })}>
                    {t('project.renameProcess')}
                  </button>
                  <button type="button" className="link-button danger" onClick={() => void moveToTrash(process)}>
                    {t('app.delete')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
        {!viewerOnly && (
          <div className="process-list__add">
            <button type="button" className="primary" onClick={() => void add()}>
              {t('project.addProcess')}
            </button>
            <FileButton label={t('project.importProcess')} onFile={importFile} onOpen={prepareImport} />
          </div>
        )}
        <p className="process-list__dictionary">
          <Link href={`/project/${projectId}/dictionary`} aria-current={dictionaryOpen ? 'page' : undefined}>
            {t('dictionary.link')}
          </Link>
        </p>
        <p className="process-list__dictionary">
          <Link href={`/project/${projectId}/roadmap`} aria-current={roadmapOpen ? 'page' : undefined}>
            {t('roadmap.link')}
          </Link>
        </p>
        <p className="process-list__dictionary">
          <Link href={`/project/${projectId}/readiness`} aria-current={readinessOpen ? 'page' : undefined}>
            {t('passport.readiness.link')}
          </Link>
        </p>
        <ProcessTrash trash={trash} />
      </nav>
    </DropZone>
  );
}
