import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { DamagedRecordsPage } from '../features/damaged/DamagedRecordsPage';
import { ProjectPage, NotFound } from '../features/project/ProjectPage';
import { ProjectsPage } from '../features/projects/ProjectsPage';
import { HelpDialogs } from '../features/help/HelpDialogs';
import { ErrorBoundary } from '../features/ui/ErrorBoundary';
import { Toasts } from '../features/ui/Toasts';
import { Announcer } from '../features/ui/announcer';
import { Header } from './Header';
import { UpdateNotice } from './UpdateNotice';
import { useUnloadGuard } from './useUnloadGuard';

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
  return (
    <ErrorBoundary resetKeys={[location]}>
      <Switch>
        <Route path="/">
          <ProjectsPage />
        </Route>
        <Route path="/damaged">
          <DamagedRecordsPage />
        </Route>
        <Route path="/project/:projectId">{(p) => <ProjectPage projectId={p.projectId} />}</Route>
        <Route path="/project/:projectId/dictionary">{(p) => <ProjectPage projectId={p.projectId} dictionary />}</Route>
        <Route path="/project/:projectId/process/:processId/:kind?">
          {(p) => <ProjectPage projectId={p.projectId} processId={p.processId} kind={p.kind} />}
        </Route>
        <Route>
          <NotFound />
        </Route>
      </Switch>
    </ErrorBoundary>
  );
}
