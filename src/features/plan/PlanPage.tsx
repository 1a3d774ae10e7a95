import { useLiveQuery } from 'dexie-react-hooks';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../domain/plan/calendar/isoDate';
import type { Process } from '../../domain/variant';
import { listVariantRefs } from '../../storage/variantRepository';
import { workspaceDb } from '../../storage/workspace';
import { ProcessTabs } from '../editor/ProcessTabs';
import { buildPlanReport } from '../../domain/plan/planReport';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ApprovalSection } from './ApprovalSection';
import { DocumentExport } from './DocumentExport';
import { PlanTable } from './PlanTable';
import { ProposalsSection } from './ProposalsSection';
import { PublicationStatus } from './PublicationStatus';
import { usePlanEditor } from './usePlanEditor';
import { usePlanProposals } from './usePlanProposals';
import { useWorkingCalendar } from './useWorkingCalendar';
import { isLocked } from '../../domain/lifecycle/lifecycle';
import type { PlanEdit } from '../../domain/plan/planEdits';
import { PlanStatus } from './PlanStatus';
import { useProcessStatuses } from '../lifecycle/useProcessStatuses';
import './plan.css';
import { recordSaveStatusText } from '../ui/saveStatusText';
import { useViewerOnly } from '../sync/syncStore';
import { ViewerBanner } from '../sync/ViewerBanner';

const ignoreEdit = (_edit: PlanEdit) => undefined;

/** Typing keeps the browser's own undo of the text; elsewhere on the page Ctrl+Z undoes plan edits. */
function isTextField(target: EventTarget): boolean {
  return target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type !== 'checkbox' && target.type !== 'button');
}

/** The action plan of a process (tab «План мероприятий»): proposals from the comparison, the rows, the approval and its deadline. */
export function PlanPage({ process }: { process: Process }) {
  const { t } = useTranslation();
  const editor = usePlanEditor(process);
  const proposals = usePlanProposals(process);
  const calendar = useWorkingCalendar();
  // Only which variants exist: their refs, read from an index, not their diagrams.
  const existing = useLiveQuery(() => listVariantRefs(workspaceDb, process), [process])?.map((variant) => variant.kind) ?? [];
  const today = localToday();
  const { plan } = editor;
  const statuses = useProcessStatuses(process.id);
  // An approved or published plan is read-only until its status is set back with a reason.
  const viewerOnly = useViewerOnly(process.projectId);
  const locked = !statuses || isLocked(statuses.of('plan').status) || viewerOnly;
  const apply = locked ? ignoreEdit : editor.apply;

  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || isTextField(event.target) || locked) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) editor.undo();
    else if (key === 'y' || (key === 'z' && event.shiftKey)) editor.redo();
    else return;
    event.preventDefault();
  };

  return (
    <div className="process-workspace">
      <div className="workspace-bar">
        <ProcessTabs process={process} current="plan" existing={existing} />
      </div>
      <div className="plan-page" role="tabpanel" onKeyDown={onKeyDown}>
        <div className="plan-page__header">
          <h2>{t('plan.title', { process: process.name })}</h2>
          <div className="plan-toolbar" role="toolbar" aria-label={t('plan.history')}>
            <button type="button" disabled={locked || !editor.canUndo} onClick={editor.undo}>
              {t('plan.undo')}
            </button>
            <button type="button" disabled={locked || !editor.canRedo} onClick={editor.redo}>
              {t('plan.redo')}
            </button>
          </div>
          <span className={`save-status save-status--${editor.status}`} role="status" data-testid="plan-status">
            {plan && t(recordSaveStatusText[editor.status])}
          </span>
        </div>
        {plan && (
          <DocumentExport
            label={t('plan.exportToolbar')}
            fileName={(inDocument) => `${process.name} - ${inDocument('plan.fileName')}`}
            build={(maker) => buildPlanReport({ processName: process.name, plan, ...maker })}
          />
        )}
        {statuses && <PlanStatus process={process} statuses={statuses} flush={editor.flush} />}
        {viewerOnly && <ViewerBanner />}
        {editor.status === 'conflict' && <p className="banner banner--error">{t('plan.damaged')}</p>}
        {!plan ? (
          <p>{t('plan.loading')}</p>
        ) : (
          <>
            <ErrorBoundary>
              <PublicationStatus plan={plan} today={today} calendar={calendar} />
            </ErrorBoundary>
            {/* An approved plan is read-only: every control in it is disabled, and its edits are ignored. */}
            <fieldset className="read-only-fieldset" disabled={locked}>
              <ErrorBoundary>
                <ProposalsSection plan={plan} state={proposals} apply={apply} />
              </ErrorBoundary>
              <section aria-labelledby="plan-rows-title" className="plan-section">
                <h3 id="plan-rows-title">{t('plan.documentTitle', { process: process.name })}</h3>
                {plan.rows.length === 0 && <p className="empty-state">{t('plan.empty')}</p>}
                <ErrorBoundary>
                  <div className="plan-table-wrap">
                    <PlanTable plan={plan} proposals={proposals.status === 'ready' ? proposals.proposals : null} today={today} apply={apply} />
                  </div>
                </ErrorBoundary>
              </section>
              <ErrorBoundary>
                <ApprovalSection plan={plan} apply={apply} />
              </ErrorBoundary>
            </fieldset>
          </>
        )}
      </div>
    </div>
  );
}
