import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Project, ProjectFields } from '../../domain/project';
import { createProject, duplicateProject, listProjects, moveToTrash, restoreFromTrash, updateProject } from '../../storage/projectRepository';
import { viewerOnlyProjects } from '../../storage/sync/syncLinks';
import { workspaceDb } from '../../storage/workspace';
import { ConfirmDialog } from '../ui/Dialog';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { showInfo } from '../ui/toastStore';
import { DropZone } from '../import/DropZone';
import { BackupReminder } from '../package/BackupReminder';
import { useImportPackage } from '../package/ImportPackage';
import { PackageButtons } from '../package/PackageButtons';
import { ProjectFormDialog } from './ProjectFormDialog';
import { ProjectRow } from './ProjectRow';
import { FirstRunGuide } from '../help/Guide';
import { SamplesSection } from './SamplesSection';
import { OpenSharedDialog } from '../sync/OpenSharedDialog';
import { TrashSection } from './TrashSection';

type Editing = { mode: 'create' } | { mode: 'edit'; project: Project } | null;

export function ProjectsPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const projects = useLiveQuery(() => listProjects(workspaceDb), []);
  const viewing = useLiveQuery(() => viewerOnlyProjects(workspaceDb), []);
  const [editing, setEditing] = useState<Editing>(null);
  const [trashing, setTrashing] = useState<Project | null>(null);
  const [openingShared, setOpeningShared] = useState(false);
  const packages = useImportPackage();

  const save = async (fields: ProjectFields) => {
    if (editing?.mode === 'edit') await updateProject(workspaceDb, editing.project.id, fields);
    else navigate(`/project/${(await createProject(workspaceDb, fields)).id}`);
    setEditing(null);
  };

  const trash = async (project: Project) => {
    setTrashing(null);
    await moveToTrash(workspaceDb, project.id);
    showInfo(t('projects.movedToTrash', { name: project.name }), {
      action: { label: t('app.undo'), run: () => void restoreFromTrash(workspaceDb, project.id) },
    });
  };

  return (
    <DropZone onFile={(file) => void packages.importFile(file)} label={t('package.dropHere')}>
      <main className="page projects-page">
        <div className="page__header">
          <h1>{t('projects.title')}</h1>
          <div className="page__actions">
            <button type="button" className="primary" onClick={() => setEditing({ mode: 'create' })}>
              {t('projects.create')}
            </button>
            <button type="button" onClick={() => setOpeningShared(true)}>
              {t('sync.open.button')}
            </button>
          </div>
          <OpenSharedDialog open={openingShared} onClose={() => setOpeningShared(false)} />
        </div>
        <PackageButtons projects={projects ?? []} onImport={(file) => void packages.importFile(file)} />
        {projects && <BackupReminder projects={projects} />}
        <ErrorBoundary>
          <FirstRunGuide />
        </ErrorBoundary>
        <ErrorBoundary>
          {projects === undefined ? (
            <p>{t('app.loading')}</p>
          ) : projects.length === 0 ? (
            <p className="empty-state">{t('projects.empty')}</p>
          ) : (
            <table className="projects-table">
              <thead>
                <tr>
                  <th scope="col">{t('projects.name')}</th>
                  <th scope="col">{t('projects.serviceName')}</th>
                  <th scope="col">{t('projects.status')}</th>
                  <th scope="col">{t('projects.updated')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('projects.actionsFor', { name: '' })}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {projects.map((project) => (
                  <ProjectRow
                    key={project.id}
                    project={project}
                    viewerOnly={viewing?.has(project.id) ?? false}
                    onEdit={() => setEditing({ mode: 'edit', project })}
                    onDuplicate={() => void duplicateProject(workspaceDb, project.id, t('projects.copyName', { name: project.name }))}
                    onTrash={() => setTrashing(project)}
                  />
                ))}
              </tbody>
            </table>
          )}
        </ErrorBoundary>
        <ErrorBoundary>
          <SamplesSection />
        </ErrorBoundary>
        <ErrorBoundary>
          <TrashSection />
        </ErrorBoundary>
        <ProjectFormDialog
          open={editing !== null}
          initial={editing?.mode === 'edit' ? editing.project : undefined}
          onSubmit={save}
          onClose={() => setEditing(null)}
        />
        <ConfirmDialog
          open={trashing !== null}
          title={t('projects.confirmTrashTitle')}
          message={t('projects.confirmTrash', { name: trashing?.name ?? '' })}
          confirmLabel={t('projects.toTrash')}
          danger
          onConfirm={() => trashing && void trash(trashing)}
          onCancel={() => setTrashing(null)}
        />
        {packages.dialog}
      </main>
    </DropZone>
  );
}
