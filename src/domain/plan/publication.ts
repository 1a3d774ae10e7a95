import { type IsoDate } from './calendar/isoDate';
import type { WorkingCalendar, YearGap } from './calendar/workingDays';

/**
 * §37 of the 2024 Rules: the current and target variants and the action plan are placed on the
 * architectural portal of e-government within 5 working days from the day the plan is approved.
 */
export const publicationWorkingDays = 5;

/** Working days left at which the page starts to warn. */
export const nearWorkingDays = 2;

export type PublicationState = 'published' | 'publishedLate' | 'overdue' | 'dueToday' | 'near' | 'ahead';

export interface PublicationDeadline {
  deadline: IsoDate;
  state: PublicationState;
  /** Working days after today up to the deadline; 0 on the day and after it. */
  workingDaysLeft: number;
  /** Years between approval and deadline whose calendar the app does not fully know. */
  gaps: YearGap[];
}

export function publicationDeadline(approvedOn: IsoDate, publishedOn: IsoDate | null, today: IsoDate, calendar: WorkingCalendar): PublicationDeadline {
  const deadline = calendar.addWorkingDays(approvedOn, publicationWorkingDays);
  const workingDaysLeft = calendar.workingDaysBetween(today, deadline);
  const gaps = calendar.gaps(approvedOn, deadline);
  return { deadline, state: stateOf(deadline, publishedOn, today, workingDaysLeft), workingDaysLeft, gaps };
}

function stateOf(deadline: IsoDate, publishedOn: IsoDate | null, today: IsoDate, left: number): PublicationState {
  if (publishedOn) return publishedOn <= deadline ? 'published' : 'publishedLate';
  if (today > deadline) return 'overdue';
  if (today === deadline) return 'dueToday';
  return left <= nearWorkingDays ? 'near' : 'ahead';
}
