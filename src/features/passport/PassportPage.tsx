import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Process } from '../../domain/variant';
import { listVariantRefs } from '../../storage/variantRepository';
import { workspaceDb } from '../../storage/workspace';
import { ProcessTabs } from '../editor/ProcessTabs';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ChecklistPanel } from './ChecklistPanel';
import { JustificationSection } from './JustificationSection';
import { LegalActsSection } from './LegalActsSection';
import { ProblemsSection } from './ProblemsSection';
import { ProcessStatuses } from './ProcessStatuses';
import { ServiceSection } from './ServiceSection';
import { StakeholdersSection } from './StakeholdersSection';
import { TeamSection } from './TeamSection';
import { useChecklists } from './useChecklists';
import { usePassportEditor } from './usePassportEditor';
import './passport.css';
import { recordSaveStatusText } from '../ui/saveStatusText';
import { useViewerOnly } from '../sync/syncStore';
import { ViewerBanner } from '../sync/ViewerBanner';

/** The passport of a process (tab «Паспорт процесса», §32 and §36) beside its completeness checklist and the statuses of its variants and plan. */
export function PassportPage({ process, projectCode }: { process: Process; projectCode: string }) {
  const { t } = useTranslation();
  const { passport, status, apply } = usePassportEditor(process);
  const checklists = useChecklists(process.projectId);
  // Only which variants exist: their refs, read from an index, not their diagrams.
  const existing = useLiveQuery(() => listVariantRefs(workspaceDb, process), [process])?.map((variant) => variant.kind) ?? [];
  const processPath = `/project/${process.projectId}/process/${process.id}`;
  const viewerOnly = useViewerOnly(process.projectId);

  return (
    <div className="process-workspace">
      <div className="workspace-bar">
        <ProcessTabs process={process} current="passport" existing={existing} />
      </div>
      <div className="passport-page" role="tabpanel">
        <div className="passport-page__header">
          <h2>{t('passport.title', { process: process.name })}</h2>
          <span className={`save-status save-status--${status}`} role="status" data-testid="passport-status">
            {passport && t(recordSaveStatusText[status])}
          </span>
        </div>
        {viewerOnly && <ViewerBanner />}
        {status === 'conflict' && <p className="banner banner--error">{t('passport.damaged')}</p>}
        <div className="passport-layout">
          <div className="passport-main">
            {!passport ? (
              <p>{t('passport.loading')}</p>
            ) : (
              <ErrorBoundary>
                <fieldset className="read-only-fieldset" disabled={viewerOnly}>
                  <ServiceSection passport={passport} projectCode={projectCode} apply={apply} />
                  <LegalActsSection passport={passport} apply={apply} />
                  <StakeholdersSection passport={passport} apply={apply} />
                  <ProblemsSection passport={passport} apply={apply} steps={checklists?.diagramOf(process.id, 'asIs')?.steps ?? (checklists && !existing.includes('asIs') ? [] : undefined)} />
                  <TeamSection passport={passport} apply={apply} />
                  <JustificationSection passport={passport} apply={apply} />
                </fieldset>
              </ErrorBoundary>
            )}
            <ErrorBoundary>
              <ProcessStatuses processId={process.id} processPath={processPath} existing={existing} />
            </ErrorBoundary>
          </div>
          <aside className="passport-side">
            <ErrorBoundary>
              <ChecklistPanel items={checklists?.itemsOf(process.id) ?? null} optimalRequired={passport?.optimalRequired ?? false} processPath={processPath} />
            </ErrorBoundary>
          </aside>
        </div>
      </div>
    </div>
  );
}
