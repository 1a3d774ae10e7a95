import type { IsoDate } from '../../domain/plan/calendar/isoDate';

/** 20.03.2026: the way Kazakh official documents write a date, in every language of the app. */
export function formatDate(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}
