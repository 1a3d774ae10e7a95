import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from './workingDays';
import { parseAdjustments, serialiseAdjustments, withAdjustment, withoutAdjustment } from './adjustments';
import { isIsoDate } from './isoDate';

const calendar = new WorkingCalendar();
const fifthAfter = (date: string, cal = calendar) => cal.addWorkingDays(date, 5);

describe('working days of Kazakhstan', () => {
  it('skips weekends and never counts the day of approval', () => {
    expect(fifthAfter('2025-04-11')).toBe('2025-04-18'); // Friday → the next Friday
    expect(fifthAfter('2025-04-12')).toBe('2025-04-18'); // approved on a Saturday: Monday is the first day
    expect(calendar.addWorkingDays('2025-04-14', 1)).toBe('2025-04-15');
  });

  it('skips the May holidays', () => {
    // 1 May (Thu), 7 May (Wed) and 9 May (Fri) are days off; 8 May is a working day.
    expect(fifthAfter('2025-04-30')).toBe('2025-05-12');
    expect(calendar.dayKind('2025-05-07')).toEqual({ working: false, reason: 'holiday', holiday: 'defenderDay' });
  });

  it('gives the next working day off for a holiday on a weekend, for both Nauryz days of a weekend', () => {
    expect(calendar.dayKind('2025-03-10')).toEqual({ working: false, reason: 'holidayMoved', holiday: 'womensDay' }); // 8 March 2025 is a Saturday
    expect(calendar.dayKind('2025-03-24')).toMatchObject({ working: false, reason: 'holidayMoved', holiday: 'nauryz' });
    expect(calendar.dayKind('2025-03-25')).toMatchObject({ working: false, reason: 'holidayMoved', holiday: 'nauryz' });
    expect(calendar.isWorkingDay('2025-03-26')).toBe(true);
    // 2028: 1 and 2 January fall on Saturday and Sunday, so Monday and Tuesday are off.
    expect(['2028-01-03', '2028-01-04', '2028-01-05'].map((d) => calendar.isWorkingDay(d))).toEqual([false, false, true]);
  });

  it('does not move the religious holidays that fall on a weekend', () => {
    expect(calendar.dayKind('2024-01-07')).toEqual({ working: false, reason: 'holiday', holiday: 'orthodoxChristmas' }); // a Sunday
    expect(calendar.isWorkingDay('2024-01-08')).toBe(true);
  });

  it('knows the first day of Kurban Ait of the years it has', () => {
    expect(calendar.dayKind('2025-06-06')).toEqual({ working: false, reason: 'holiday', holiday: 'kurbanAit' });
    expect(fifthAfter('2025-06-05')).toBe('2025-06-13');
    expect(calendar.dayKind('2026-05-27')).toEqual({ working: false, reason: 'holiday', holiday: 'kurbanAit' });
  });

  it('applies the year’s transfers of days off: 3 January 2025 off, Sunday 5 January worked', () => {
    expect(calendar.dayKind('2025-01-03')).toEqual({ working: false, reason: 'transferredDayOff' });
    expect(calendar.dayKind('2025-01-05')).toEqual({ working: true, reason: 'transferredWorkingDay' });
    expect(calendar.addWorkingDays('2025-01-02', 1)).toBe('2025-01-05');
  });

  it('crosses the year boundary: approval on 27 December 2025 → 6 January 2026', () => {
    // 29, 30, 31 December; 1–2 January New Year, 3–4 January the weekend; 5 and 6 January.
    expect(fifthAfter('2025-12-27')).toBe('2026-01-06');
    expect(calendar.isWorkingDay('2026-01-07')).toBe(false);
  });

  it('counts past Nauryz: approval on 20 March 2026 → 1 April 2026', () => {
    // 21–22 March fall on the weekend, so 24 and 25 March are off after 23 March: work resumes on 26 March.
    expect(['2026-03-23', '2026-03-24', '2026-03-25'].map((d) => calendar.dayKind(d).reason)).toEqual(['holiday', 'holidayMoved', 'holidayMoved']);
    expect(fifthAfter('2026-03-20')).toBe('2026-04-01');
    expect(fifthAfter('2026-03-06')).toBe('2026-03-16'); // 8 March 2026 is a Sunday: Monday 9 March is off
  });

  it('counts working days between two dates', () => {
    expect(calendar.workingDaysBetween('2026-03-20', '2026-04-01')).toBe(5);
    expect(calendar.workingDaysBetween('2026-04-01', '2026-03-20')).toBe(0);
  });

  it('says which years it does not fully know', () => {
    expect(calendar.gaps('2025-12-27', '2026-01-06')).toEqual([]);
    expect(calendar.gaps('2026-12-28', '2027-01-05')).toEqual([{ year: 2027, kurbanAit: true, transfers: true }]);
  });

  it('lets the user add a day off or a working day for a year it does not know, over everything else', () => {
    const user = new WorkingCalendar([
      { date: '2027-01-08', kind: 'dayOff', note: 'перенос с субботы 16 января' },
      { date: '2027-01-16', kind: 'workingDay', note: 'рабочая суббота' },
    ]);
    // 1 January 2027 is a Friday and 2 January a Saturday, so Monday 4 January is off; 7 January is Christmas.
    expect(fifthAfter('2026-12-31')).toBe('2027-01-12');
    expect(fifthAfter('2026-12-31', user)).toBe('2027-01-13');
    expect(user.dayKind('2027-01-08')).toEqual({ working: false, reason: 'userDayOff' });
    expect(user.dayKind('2027-01-16')).toEqual({ working: true, reason: 'userWorkingDay' });
    expect(user.addWorkingDays('2027-01-15', 1)).toBe('2027-01-16');
  });
});

describe('the user’s calendar days as a setting', () => {
  it('round-trips, sorted, one entry per date', () => {
    let days = withAdjustment([], { date: '2027-05-17', kind: 'dayOff', note: 'Курбан айт' });
    days = withAdjustment(days, { date: '2027-01-04', kind: 'dayOff', note: '' });
    days = withAdjustment(days, { date: '2027-05-17', kind: 'dayOff', note: 'Курбан айт (уточнено)' });
    expect(parseAdjustments(serialiseAdjustments(days))).toEqual([
      { date: '2027-01-04', kind: 'dayOff', note: '' },
      { date: '2027-05-17', kind: 'dayOff', note: 'Курбан айт (уточнено)' },
    ]);
    expect(withoutAdjustment(days, '2027-01-04')).toHaveLength(1);
  });

  it('reads nothing stored as no days, and refuses what is not its shape', () => {
    expect(parseAdjustments(undefined)).toEqual([]);
    expect(parseAdjustments('{')).toBeNull();
    expect(parseAdjustments(JSON.stringify({ formatVersion: 1, days: [{ date: '2027-02-30', kind: 'dayOff', note: '' }] }))).toBeNull();
    expect(parseAdjustments(JSON.stringify({ formatVersion: 2, days: [] }))).toBeNull();
  });

  it('checks dates for real days', () => {
    expect(['2028-02-29', '2027-02-29', '2027-13-01', '27.12.2025'].map(isIsoDate)).toEqual([true, false, false, false]);
  });
});
