import { useTranslation } from 'react-i18next';
import { dottedDate } from '../../domain/plan/calendar/isoDate';
import { buildPlanReport } from '../../domain/plan/planReport';
import type { Process } from '../../domain/variant';
import { setPlanStatus } from '../../storage/statusRepository';
import { workspaceDb } from '../../storage/workspace';
import { StatusControl } from '../lifecycle/StatusControl';
import { StatusHistory } from '../lifecycle/StatusHistory';
import type { ProcessStatuses } from '../lifecycle/useProcessStatuses';
import { DocumentExport } from './DocumentExport';
import { useViewerOnly } from '../sync/syncStore';

/**
 * The plan's status (its approved and published states are the dates of its approval block), the
 * control to change it, and the history of its changes with each approved plan as it was approved.
 */
export function PlanStatus({ process, statuses, flush }: { process: Process; statuses: ProcessStatuses; flush(): Promise<void> }) {
  const { t } = useTranslation();
  const ids = { projectId: process.projectId, processId: process.id };
  const readOnly = useViewerOnly(process.projectId);
  return (
    <section className="plan-section plan-status" aria-label={t('lifecycle.statusOf', { subject: t('plan.tab') })}>
      <StatusControl subject="plan" current={statuses.of('plan')} beforeChange={flush} apply={async (request) => void (await setPlanStatus(workspaceDb, ids, request))} readOnly={readOnly} />
      <details>
        <summary>{t('lifecycle.history')}</summary>
        <StatusHistory
          changes={statuses.changes}
          subjects={['plan']}
          approvedPlan={(change) => {
            const approved = change.plan!;
            const date = approved.approval.approvedBy.date;
            return (
              <details className="approved-plan">
                <summary>{t('lifecycle.approvedPlan', { date: date ? dottedDate(date) : '' })}</summary>
                <DocumentExport
                  label={t('lifecycle.approvedPlan', { date: date ? dottedDate(date) : '' })}
                  fileName={(inDocument) => `${process.name} - ${inDocument('plan.fileName')} ${date ?? ''}`.trim()}
                  build={(maker) => buildPlanReport({ processName: process.name, plan: approved, ...maker })}
                />
              </details>
            );
          }}
        />
      </details>
    </section>
  );
}
