import * as v from 'valibot';
import { isIsoDate, type IsoDate } from './isoDate';

/**
 * A day the user set for a year the app does not know (or knows only in part): a day off the
 * labour authority announced, or a Saturday made a working day. Kept in the browser's settings,
 * since the calendar of Kazakhstan is the same for every project on this computer.
 */
export const adjustmentKinds = ['dayOff', 'workingDay'] as const;
export type AdjustmentKind = (typeof adjustmentKinds)[number];

export interface CalendarAdjustment {
  date: IsoDate;
  kind: AdjustmentKind;
  /** What the day is, in the user's words: "перенос с 3 января", a decree number. */
  note: string;
}

export const calendarAdjustmentsFormatVersion = 1;
export const calendarSettingKey = 'workingCalendar';

export const isoDateSchema = v.pipe(v.string(), v.check(isIsoDate, 'not a YYYY-MM-DD date'));

const adjustmentsSchema = v.object({
  formatVersion: v.literal(calendarAdjustmentsFormatVersion),
  days: v.array(v.object({ date: isoDateSchema, kind: v.picklist(adjustmentKinds), note: v.string() })),
});

/**
 * The stored setting read back: null when it is not JSON of this shape (the caller then shows the
 * problem and keeps the stored text, rather than writing over what the user entered).
 */
export function parseAdjustments(json: string | undefined): CalendarAdjustment[] | null {
  if (json === undefined) return [];
  try {
    const result = v.safeParse(adjustmentsSchema, JSON.parse(json));
    return result.success ? result.output.days : null;
  } catch {
    return null;
  }
}

export function serialiseAdjustments(days: readonly CalendarAdjustment[]): string {
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date));
  return JSON.stringify({ formatVersion: calendarAdjustmentsFormatVersion, days: sorted });
}

/** One entry per date: setting a day again replaces what was set for it. */
export function withAdjustment(days: readonly CalendarAdjustment[], day: CalendarAdjustment): CalendarAdjustment[] {
  return [...days.filter((d) => d.date !== day.date), day].sort((a, b) => a.date.localeCompare(b.date));
}

export function withoutAdjustment(days: readonly CalendarAdjustment[], date: IsoDate): CalendarAdjustment[] {
  return days.filter((d) => d.date !== date);
}
