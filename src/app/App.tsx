import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ProjectsPage } from '../features/projects/ProjectsPage';
import { NotFound } from '../features/ui/NotFound';
import { HelpDialogs } from '../features/help/HelpDialogs';
import { ErrorBoundary } from '../features/ui/ErrorBoundary';
import { Toasts } from '../features/ui/Toasts';
import { Announcer } from '../features/ui/announcer';
import { Header } from './Header';
import { UpdateNotice } from './UpdateNotice';
import { useUnloadGuard } from './useUnloadGuard';

// The project pages bring bpmn-js and the file libraries: loaded when a project is opened, so the
// start page comes up fast (and offline from the cache all the same).
const ProjectPage = lazy(() => import('../features/project/ProjectPage').then((m) => ({ default: m.ProjectPage })));
const DamagedRecordsPage = lazy(() => import('../features/damaged/DamagedRecordsPage').then((m) => ({ default: m.DamagedRecordsPage })));

/** Hash routes: the app is served as static files and must open any page offline from the cache. */
export function App({ persistent }: { persistent: boolean }) {
  useUnloadGuard();
  return (
    <Router hook={useHashLocation}>
      <ErrorBoundary>
        <Header persistent={persistent} />
      </ErrorBoundary>
      <UpdateNotice />
      <Pages />
      <Toasts />
      <Announcer />
      <ErrorBoundary>
        <HelpDialogs />
      </ErrorBoundary>
    </Router>
  );
}

/** One page at a time, behind a boundary that lets go of an error when the user goes elsewhere. */
function Pages() {
  const [location] = useLocation();
  const { t } = useTranslation();
  return (
    <ErrorBoundary resetKeys={[location]}>
      <Suspense fallback={<p className="page">{t('app.loading')}</p>}>
        <Switch>
          <Route path="/">
            <ProjectsPage />
          </Route>
          <Route path="/damaged">
            <DamagedRecordsPage />
          </Route>
          <Route path="/project/:projectId">{(p) => <ProjectPage projectId={p.projectId} />}</Route>
          <Route path="/project/:projectId/dictionary">{(p) => <ProjectPage projectId={p.projectId} dictionary />}</Route>
          <Route path="/project/:projectId/roadmap">{(p) => <ProjectPage projectId={p.projectId} roadmap />}</Route>
          <Route path="/project/:projectId/readiness">{(p) => <ProjectPage projectId={p.projectId} readiness />}</Route>
          <Route path="/project/:projectId/process/:processId/journey/:kind/:mapId">
            {(p) => <ProjectPage projectId={p.projectId} processId={p.processId} kind={p.kind} journey={{ mapId: p.mapId }} />}
          </Route>
          <Route path="/project/:projectId/process/:processId/journey/:kind?">
            {(p) => <ProjectPage projectId={p.projectId} processId={p.processId} kind={p.kind} journey={{}} />}
          </Route>
          <Route path="/project/:projectId/process/:processId/:kind?">
            {(p) => <ProjectPage projectId={p.projectId} processId={p.processId} kind={p.kind} />}
          </Route>
          <Route>
            <NotFound />
          </Route>
        </Switch>
      </Suspense>
    </ErrorBoundary>
  );
}
