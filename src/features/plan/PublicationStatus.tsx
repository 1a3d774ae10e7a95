import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dottedDate, type IsoDate } from '../../domain/plan/calendar/isoDate';
import type { YearGap } from '../../domain/plan/calendar/workingDays';
import { approvalDate, type ActionPlan } from '../../domain/plan/plan';
import { publicationDeadline, type PublicationState } from '../../domain/plan/publication';
import { CalendarDialog } from './CalendarDialog';
import type { WorkingCalendarState } from './useWorkingCalendar';

const bannerOf: Record<PublicationState, string> = {
  ahead: 'banner--info',
  near: 'banner--warning',
  dueToday: 'banner--warning',
  overdue: 'banner--error',
  published: 'banner--info',
  publishedLate: 'banner--warning',
};

/** §37: the deadline for placing the variants and the plan on the architectural portal, and how near it is. */
export function PublicationStatus({ plan, today, calendar }: { plan: ActionPlan; today: IsoDate; calendar: WorkingCalendarState }) {
  const { t } = useTranslation();
  const [calendarOpen, setCalendarOpen] = useState(false);
  const approved = approvalDate(plan);
  const found = approved ? publicationDeadline(approved, plan.approval.publishedOn, today, calendar.calendar) : null;

  const message = () => {
    if (!found) return t('plan.publication.noDate');
    const { state, deadline, workingDaysLeft } = found;
    const published = plan.approval.publishedOn ? dottedDate(plan.approval.publishedOn) : '';
    if (state === 'published' || state === 'publishedLate') return `${t(`plan.publication.${state}`, { date: published })} (${t('plan.publication.deadline', { date: dottedDate(deadline) })})`;
    const when = t('plan.publication.deadline', { date: dottedDate(deadline) });
    if (state === 'overdue') return t('plan.publication.overdue', { date: dottedDate(deadline) });
    if (state === 'dueToday') return `${when}. ${t('plan.publication.dueToday')}`;
    return `${when}. ${t(`plan.publication.${state}`, { count: workingDaysLeft })}`;
  };

  return (
    <section className="publication" aria-labelledby="plan-publication-title">
      <h3 id="plan-publication-title" className="visually-hidden">
        {t('plan.publication.title')}
      </h3>
      <p className={`banner ${found ? bannerOf[found.state] : 'banner--info'}`} role="status" data-testid="publication-deadline" data-state={found?.state ?? 'noDate'}>
        {message()}
      </p>
      {found?.gaps.map((gap) => (
        <p key={gap.year} className="banner banner--warning">
          {t('plan.publication.gap', { year: gap.year, what: t(`plan.publication.${gapKey(gap)}`) })}
        </p>
      ))}
      <p className="muted publication__rule">
        {t('plan.publication.rule')}{' '}
        <button type="button" className="link-button" onClick={() => setCalendarOpen(true)}>
          {t('calendar.open')}
        </button>
      </p>
      <CalendarDialog open={calendarOpen} onClose={() => setCalendarOpen(false)} state={calendar} />
    </section>
  );
}

function gapKey(gap: YearGap): string {
  if (gap.kurbanAit && gap.transfers) return 'gapBoth';
  return gap.kurbanAit ? 'gapKurbanAit' : 'gapTransfers';
}
