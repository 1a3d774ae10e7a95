import type { CalendarAdjustment } from './adjustments';
import { fixedHolidays, type HolidayName } from './holidays';
import { addDays, isoDate, isWeekend, yearOf, type IsoDate } from './isoDate';
import { calendarYears, type YearData } from './years';

/** Why a day is or is not a working day, for the UI to explain a deadline. */
export type DayKind =
  | { working: true; reason: 'weekday' | 'transferredWorkingDay' | 'userWorkingDay' }
  | { working: false; reason: 'weekend' | 'userDayOff' | 'transferredDayOff' | 'holidayMoved'; holiday?: HolidayName }
  | { working: false; reason: 'holiday'; holiday: HolidayName };

interface YearDays {
  off: Map<IsoDate, DayKind>;
  working: Map<IsoDate, DayKind>;
}

/** What the app does not know about a year, so a deadline that crosses it can say so. */
export interface YearGap {
  year: number;
  kurbanAit: boolean;
  transfers: boolean;
}

/**
 * The five-day week of Kazakhstan: weekends, holidays (holidays.ts) with the rule for those that
 * fall on a weekend, Kurban Ait and the transfers of days off of the years the app knows
 * (years.ts), and what the user added (adjustments.ts), which wins over everything else.
 */
export class WorkingCalendar {
  private readonly cache = new Map<number, YearDays>();
  private readonly userDays: ReadonlyMap<IsoDate, CalendarAdjustment>;

  constructor(
    adjustments: readonly CalendarAdjustment[] = [],
    private readonly years: Readonly<Record<number, YearData>> = calendarYears,
  ) {
    this.userDays = new Map(adjustments.map((day) => [day.date, day]));
  }

  dayKind(date: IsoDate): DayKind {
    const user = this.userDays.get(date);
    if (user) return user.kind === 'dayOff' ? { working: false, reason: 'userDayOff' } : { working: true, reason: 'userWorkingDay' };
    const year = this.yearDays(yearOf(date));
    const kind = year.working.get(date) ?? year.off.get(date);
    if (kind) return kind;
    return isWeekend(date) ? { working: false, reason: 'weekend' } : { working: true, reason: 'weekday' };
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.dayKind(date).working;
  }

  /**
   * The `count`-th working day after `date`. A term "within N working days from the day of
   * approval" starts on the next day (Civil Code art. 187), so the day of approval itself never
   * counts, whether or not it is a working day.
   */
  addWorkingDays(date: IsoDate, count: number): IsoDate {
    let day = date;
    for (let found = 0; found < count; ) {
      day = addDays(day, 1);
      if (this.isWorkingDay(day)) found++;
    }
    return day;
  }

  /** Working days after `from` up to and including `to`; 0 when `to` is not after `from`. */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    let count = 0;
    for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (this.isWorkingDay(day)) count++;
    return count;
  }

  /** The years from `from` to `to` with something the app does not know (user days count as known only for what they set). */
  gaps(from: IsoDate, to: IsoDate): YearGap[] {
    const gaps: YearGap[] = [];
    for (let year = yearOf(from); year <= yearOf(to); year++) {
      const data = this.years[year];
      const gap = { year, kurbanAit: !data?.kurbanAit, transfers: !data?.transfers };
      if (gap.kurbanAit || gap.transfers) gaps.push(gap);
    }
    return gaps;
  }

  private yearDays(year: number): YearDays {
    let days = this.cache.get(year);
    if (!days) {
      days = buildYear(year, this.years[year]);
      this.cache.set(year, days);
    }
    return days;
  }
}

function buildYear(year: number, data: YearData | undefined): YearDays {
  const off = new Map<IsoDate, DayKind>();
  const working = new Map<IsoDate, DayKind>();
  const holidays = fixedHolidays.map((h) => ({ date: isoDate(year, h.month, h.day), name: h.name, religious: h.religious }));
  if (data?.kurbanAit) holidays.push({ date: data.kurbanAit.date, name: 'kurbanAit', religious: true });
  holidays.sort((a, b) => a.date.localeCompare(b.date));
  for (const h of holidays) off.set(h.date, { working: false, reason: 'holiday', holiday: h.name });
  // In date order, so of two weekend holidays in a row (Nauryz on a Saturday and Sunday) the first takes Monday and the second the next free day.
  for (const h of holidays) {
    if (h.religious || !isWeekend(h.date)) continue;
    let day = addDays(h.date, 1);
    while (isWeekend(day) || off.has(day)) day = addDays(day, 1);
    off.set(day, { working: false, reason: 'holidayMoved', holiday: h.name });
  }
  for (const transfer of data?.transfers?.items ?? []) {
    off.set(transfer.dayOff, { working: false, reason: 'transferredDayOff' });
    working.set(transfer.workingDay, { working: true, reason: 'transferredWorkingDay' });
  }
  return { off, working };
}
