/**
 * A calendar date as `YYYY-MM-DD`, with no time and no time zone: an approval date is the same day
 * wherever the laptop's clock is set. Arithmetic goes through UTC midnight, where every day has 24 hours.
 */
export type IsoDate = string;

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 24 * 60 * 60 * 1000;

/** True for a real date in the shape YYYY-MM-DD (not 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const match = pattern.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return toIso(Date.UTC(year, month - 1, day));
}

function toIso(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

function toMs(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return toIso(toMs(date) + days * dayMs);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: IsoDate): number {
  return Number(date.slice(5, 7));
}

/** 0 Sunday … 6 Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(toMs(date)).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

/** Today in the user's own time zone: the day on the wall calendar of the room they sit in. */
export function localToday(now: Date = new Date()): IsoDate {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** 20.03.2026: the way Kazakh official documents write a date, in every language of the app. */
export function dottedDate(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}
