import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from './calendar/workingDays';
import { publicationDeadline } from './publication';

const calendar = new WorkingCalendar();

describe('publication deadline (§37: 5 working days after approval)', () => {
  it('is ahead on the day of approval and near two working days before', () => {
    expect(publicationDeadline('2026-03-20', null, '2026-03-20', calendar)).toEqual({ deadline: '2026-04-01', state: 'ahead', workingDaysLeft: 5, gaps: [] });
    expect(publicationDeadline('2026-03-20', null, '2026-03-30', calendar)).toMatchObject({ state: 'near', workingDaysLeft: 2 });
  });

  it('is due on the day and overdue after it, until the plan is published', () => {
    expect(publicationDeadline('2026-03-20', null, '2026-04-01', calendar)).toMatchObject({ state: 'dueToday', workingDaysLeft: 0 });
    expect(publicationDeadline('2026-03-20', null, '2026-04-02', calendar)).toMatchObject({ state: 'overdue', workingDaysLeft: 0 });
    expect(publicationDeadline('2026-03-20', '2026-03-31', '2026-05-02', calendar).state).toBe('published');
    expect(publicationDeadline('2026-03-20', '2026-04-03', '2026-05-02', calendar).state).toBe('publishedLate');
  });

  it('names the years it does not fully know on the way', () => {
    expect(publicationDeadline('2027-03-01', null, '2027-03-01', calendar).gaps).toEqual([{ year: 2027, kurbanAit: true, transfers: true }]);
  });
});
