import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { dottedDate, type IsoDate } from '../../../domain/plan/calendar/isoDate';
import type { WorkingCalendar } from '../../../domain/plan/calendar/workingDays';
import { approvalDate, planProgress, type ActionPlan } from '../../../domain/plan/plan';
import { publicationDeadline } from '../../../domain/plan/publication';
import type { Process } from '../../../domain/variant';

interface Props {
  processes: Process[];
  plans: ReadonlyMap<string, ActionPlan>;
  today: IsoDate;
  calendar: WorkingCalendar;
}

/** Every process of the project with its plan's progress and its publication deadline. */
export function PlansOverview({ processes, plans, today, calendar }: Props) {
  const { t } = useTranslation();
  return (
    <table className="data-table plans-overview" aria-label={t('roadmap.overviewTable')}>
      <thead>
        <tr>
          <th scope="col">{t('roadmap.process')}</th>
          <th scope="col">{t('roadmap.done')}</th>
          <th scope="col">{t('roadmap.overdue')}</th>
          <th scope="col">{t('roadmap.approvedOn')}</th>
          <th scope="col">{t('roadmap.publication')}</th>
        </tr>
      </thead>
      <tbody>
        {processes.map((process) => {
          const plan = plans.get(process.id);
          const progress = plan && plan.rows.length ? planProgress(plan.rows, today) : null;
          const approved = plan ? approvalDate(plan) : null;
          const publication = plan && approved ? publicationDeadline(approved, plan.approval.publishedOn, today, calendar) : null;
          return (
            <tr key={process.id} data-process={process.name}>
              <th scope="row">
                <Link href={`/project/${process.projectId}/process/${process.id}/plan`} aria-label={t('roadmap.openPlan', { process: process.name })}>
                  {process.name}
                </Link>
              </th>
              <td>{progress ? t('roadmap.progress', { done: progress.done, total: progress.total }) : <span className="muted">{t('roadmap.noPlan')}</span>}</td>
              <td className={progress?.overdue ? 'overdue-count' : undefined}>{progress ? progress.overdue : ''}</td>
              <td>{approved ? dottedDate(approved) : <span className="muted">{t('roadmap.notApproved')}</span>}</td>
              <td>
                {publication && (
                  <span className={`publication-state publication-state--${publication.state}`}>
                    {publication.state === 'published' || publication.state === 'publishedLate'
                      ? t(`plan.publication.${publication.state}`, { date: dottedDate(plan!.approval.publishedOn!) })
                      : publication.state === 'overdue'
                        ? t('plan.publication.overdue', { date: dottedDate(publication.deadline) })
                        : t('plan.publication.deadline', { date: dottedDate(publication.deadline) })}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
