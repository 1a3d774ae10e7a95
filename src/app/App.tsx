import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ProjectPage, NotFound } from '../features/project/ProjectPage';
import { ProjectsPage } from '../features/projects/ProjectsPage';
import { Toasts } from '../features/ui/Toasts';
import { Header } from './Header';

/** Hash routes: the app is served as static files and must open any page offline from the cache. */
export function App({ persistent }: { persistent: boolean }) {
  return (
    <Router hook={useHashLocation}>
      <Header persistent={persistent} />
      <Switch>
        <Route path="/">
          <ProjectsPage />
        </Route>
        <Route path="/project/:projectId">{(p) => <ProjectPage projectId={p.projectId} />}</Route>
        <Route path="/project/:projectId/dictionary">{(p) => <ProjectPage projectId={p.projectId} dictionary />}</Route>
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
      <Toasts />
    </Router>
  );
}
