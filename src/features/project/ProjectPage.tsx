import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../domain/project';
import { variantKinds, type VariantKind } from '../../domain/variant';
import { listProcesses, listProcessTrash } from '../../storage/processRepository';
import { getProject } from '../../storage/projectRepository';
import { workspaceDb } from '../../storage/workspace';
import { ProcessWorkspace } from '../editor/ProcessWorkspace';
import { ProcessList } from './ProcessList';
import { DictionaryPage } from '../dictionary/DictionaryPage';
import { ComparePage } from '../compare/ComparePage';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { NotFound } from '../ui/NotFound';
import { PackageExportDialog } from '../package/PackageExportDialog';
import { ShareDialog } from '../sync/ShareDialog';
import { getSyncLink } from '../../storage/sync/syncLinks';

// The journey screens load on first use, to keep them out of the first load.
const JourneyPage = lazy(() => import('../journey/JourneyPage'));

// The plan and the roadmap load on first use: the app's first load stays within its budget.
const PlanPage = lazy(() => import('../plan/PlanPage').then((module) => ({ default: module.PlanPage })));
const RoadmapPage = lazy(() => import('../plan/roadmap/RoadmapPage').then((module) => ({ default: module.RoadmapPage })));

// So do the passport and the readiness table of the processes.
const PassportPage = lazy(() => import('../passport/PassportPage').then((module) => ({ default: module.PassportPage })));
const ReadinessPage = lazy(() => import('../passport/ReadinessPage').then((module) => ({ default: module.ReadinessPage })));

interface Props {
  projectId: string;
  processId?: string;
  kind?: string;
  /** The project dictionary instead of a process. */
  dictionary?: boolean;
  /** The client journey maps of the process's variant `kind` instead of its diagram. */
  journey?: { mapId?: string };
  /** The project's roadmap and the progress of its plans instead of a process. */
  roadmap?: boolean;
  /** Every process's completeness checklist and statuses instead of a process. */
  readiness?: boolean;
}

export function ProjectPage({ projectId, processId, kind, dictionary, journey, roadmap, readiness }: Props) {
  const { t } = useTranslation();
  const [packaging, setPackaging] = useState(false);
  const [sharing, setSharing] = useState(false);
  /** The process and variant whose editors are open, kept hidden behind that process's other tabs. */
  const [openWorkspace, setOpenWorkspace] = useState<{ processId: string; kind: VariantKind } | null>(null);
  // A shared project opened on this computer for the first time has a link before it has records.
  const link = useLiveQuery(async () => (await getSyncLink(workspaceDb, projectId)) ?? null, [projectId]);
  // null for a project that is not here (deleted, another browser's link): undefined only while loading.
  const project = useShownProject(useLiveQuery(async () => (await getProject(workspaceDb, projectId)) ?? null, [projectId]));
  const processes = useLiveQuery(() => listProcesses(workspaceDb, projectId), [projectId]);
  const trash = useLiveQuery(() => listProcessTrash(workspaceDb, projectId), [projectId]);
  if (project === undefined || processes === undefined || trash === undefined || link === undefined) return <p className="page">{t('app.loading')}</p>;
  if (!project && link) return <p className="page" role="status">{t('sync.open.downloading')}</p>;
  if (!project || project.deletedAt !== null) return <NotFound />;
  const selected = processes.find((p) => p.id === processId) ?? (processId ? undefined : processes[0]);
  // A process trashed here or in another tab while it was open: say where it went.
  const trashed = trash.find((p) => p.id === processId);
  const variantKind: VariantKind = variantKinds.includes(kind as VariantKind) ? (kind as VariantKind) : 'asIs';
  /** A page other than the process's variants: the project's own pages, or another tab of the process. */
  const otherPage = () => {
    if (dictionary) return <DictionaryPage projectId={project.id} projectName={project.name} />;
    if (roadmap) return <RoadmapPage project={project} processes={processes} />;
    if (readiness) return <ReadinessPage projectId={project.id} processes={processes} />;
    if (selected && journey) return <JourneyPage key={selected.id} process={selected} kind={variantKind} mapId={journey.mapId} />;
    if (selected && kind === 'compare') return <ComparePage key={selected.id} process={selected} />;
    if (selected && kind === 'plan') return <PlanPage key={selected.id} process={selected} />;
    if (selected && kind === 'passport') return <PassportPage key={selected.id} process={selected} projectCode={project.serviceCode} />;
    if (selected) return null;
    return <p className="empty-state">{trashed ? t('project.processInTrash', { name: trashed.name }) : t('project.selectProcess')}</p>;
  };
  const page = otherPage();
  const workspaceShown = selected !== undefined && page === null;
  // Another tab of the same process (journey, comparison, plan, passport) keeps the open editors hidden, so coming
  // back is instant; the project's own pages and another process close them (the dictionary's merges need their locks).
  const processTab = Boolean(journey) || kind === 'compare' || kind === 'plan' || kind === 'passport';
  const keptHidden = !workspaceShown && processTab && selected !== undefined && openWorkspace?.processId === selected.id;
  const nextWorkspace = workspaceShown ? { processId: selected.id, kind: variantKind } : keptHidden ? openWorkspace : null;
  if (nextWorkspace?.processId !== openWorkspace?.processId || nextWorkspace?.kind !== openWorkspace?.kind) setOpenWorkspace(nextWorkspace);

  return (
    <main className="project-page">
      <header className="project-header">
        <div>
          <h1>{project.name}</h1>
          <p className="muted">
            {[project.owner, project.serviceName && `${project.serviceName}${project.serviceCode ? ` (${project.serviceCode})` : ''}`, t(`status.${project.status}`)]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <button type="button" onClick={() => setPackaging(true)}>
          {t('package.title')}
        </button>
        <PackageExportDialog project={project} open={packaging} onClose={() => setPackaging(false)} />
        <button type="button" onClick={() => setSharing(true)}>
          {t(link ? 'sync.share.buttonShared' : 'sync.share.button')}
        </button>
        <ShareDialog projectId={project.id} open={sharing} onClose={() => setSharing(false)} />
      </header>
      <div className="project-body">
        <ErrorBoundary>
          <ProcessList
            projectId={project.id}
            processes={processes}
            trash={trash}
            selectedId={dictionary || roadmap || readiness ? undefined : selected?.id}
            dictionaryOpen={Boolean(dictionary)}
            roadmapOpen={Boolean(roadmap)}
            readinessOpen={Boolean(readiness)}
          />
        </ErrorBoundary>
        <ErrorBoundary resetKeys={[dictionary, roadmap, readiness, selected?.id, kind, journey?.mapId]}>
          <Suspense fallback={<p className="page">{t('app.loading')}</p>}>{page}</Suspense>
          {selected && nextWorkspace && (
            <div className="workspace-slot" hidden={!workspaceShown}>
              <ProcessWorkspace key={selected.id} process={selected} kind={nextWorkspace.kind} shown={workspaceShown} />
            </div>
          )}
        </ErrorBoundary>
      </div>
    </main>
  );
}

/**
 * The same project object while only its `updatedAt` moves: every autosave of a diagram bumps it, and nothing on
 * this page shows it, so a save re-renders none of the page (the project list shows it, from its own query).
 */
function useShownProject(project: Project | null | undefined): Project | null | undefined {
  const signature = project ? JSON.stringify({ ...project, updatedAt: 0 }) : String(project);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the signature says when the shown project changed
  return useMemo(() => project, [signature]);
}
