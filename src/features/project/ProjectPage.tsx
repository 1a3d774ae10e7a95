import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { variantKinds, type VariantKind } from '../../domain/variant';
import { listProcesses } from '../../storage/processRepository';
import { getProject } from '../../storage/projectRepository';
import { workspaceDb } from '../../storage/workspace';
import { ProcessWorkspace } from '../editor/ProcessWorkspace';
import { ProcessList } from './ProcessList';
import { DictionaryPage } from '../dictionary/DictionaryPage';
import { ComparePage } from '../compare/ComparePage';

// The journey screens load on first use, to keep them out of the first load.
const JourneyPage = lazy(() => import('../journey/JourneyPage'));

interface Props {
  projectId: string;
  processId?: string;
  kind?: string;
  /** The project dictionary instead of a process. */
  dictionary?: boolean;
  /** The client journey maps of the process's variant `kind` instead of its diagram. */
  journey?: { mapId?: string };
}

export function ProjectPage({ projectId, processId, kind, dictionary, journey }: Props) {
  const { t } = useTranslation();
  const project = useLiveQuery(() => getProject(workspaceDb, projectId), [projectId]);
  const processes = useLiveQuery(() => listProcesses(workspaceDb, projectId), [projectId]);
  if (project === undefined || processes === undefined) return <p className="page">{t('app.loading')}</p>;
  if (!project || project.deletedAt !== null) return <NotFound />;
  const selected = processes.find((p) => p.id === processId) ?? (processId ? undefined : processes[0]);
  const variantKind: VariantKind = variantKinds.includes(kind as VariantKind) ? (kind as VariantKind) : 'asIs';

  return (
    <main className="project-page">
      <header className="project-header">
        <h1>{project.name}</h1>
        <p className="muted">
          {[project.owner, project.serviceName && `${project.serviceName}${project.serviceCode ? ` (${project.serviceCode})` : ''}`, t(`status.${project.status}`)]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </header>
      <div className="project-body">
        <ProcessList projectId={project.id} processes={processes} selectedId={dictionary ? undefined : selected?.id} dictionaryOpen={Boolean(dictionary)} />
        {dictionary ? (
          <DictionaryPage projectId={project.id} projectName={project.name} />
        ) : selected && journey ? (
          <Suspense fallback={<p className="page">{t('app.loading')}</p>}>
            <JourneyPage key={selected.id} process={selected} kind={variantKind} mapId={journey.mapId} />
          </Suspense>
        ) : selected && kind === 'compare' ? (
          <ComparePage key={selected.id} process={selected} />
        ) : selected ? (
          <ProcessWorkspace key={selected.id} process={selected} kind={variantKind} />
        ) : (
          <p className="empty-state">{t('project.selectProcess')}</p>
        )}
      </div>
    </main>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <main className="page">
      <h1>{t('app.notFound')}</h1>
      <Link href="/">{t('app.backHome')}</Link>
    </main>
  );
}
