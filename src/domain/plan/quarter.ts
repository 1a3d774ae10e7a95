import { isoDate, monthOf, yearOf, type IsoDate } from './calendar/isoDate';

/** A quarter of a year, the unit of the Digital Transformation Map's plan and of a deadline "IV квартал 2026 года". */
export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

/** `2026Q4`: the key of a roadmap cell. */
export type QuarterKey = `${number}Q${1 | 2 | 3 | 4}`;

export const quarterKeyPattern = /^\d{4}Q[1-4]$/;

export function quarterKey({ year, quarter }: Quarter): QuarterKey {
  return `${year}Q${quarter}`;
}

export function quarterOfDate(date: IsoDate): Quarter {
  return { year: yearOf(date), quarter: (Math.floor((monthOf(date) - 1) / 3) + 1) as Quarter['quarter'] };
}

export function quarterStart({ year, quarter }: Quarter): IsoDate {
  return isoDate(year, 3 * quarter - 2, 1);
}

/** The last day of the quarter (day 0 of the next month is the last of this one). */
export function quarterEnd({ year, quarter }: Quarter): IsoDate {
  return isoDate(year, 3 * quarter + 1, 0);
}

export function compareQuarters(a: Quarter, b: Quarter): number {
  return a.year - b.year || a.quarter - b.quarter;
}

/** Every quarter of `years` years from the first quarter of `startYear`, in order. */
export function quartersOf(startYear: number, years: number): Quarter[] {
  return Array.from({ length: years * 4 }, (_, index) => ({ year: startYear + Math.floor(index / 4), quarter: ((index % 4) + 1) as Quarter['quarter'] }));
}

const roman = ['I', 'II', 'III', 'IV'] as const;

export function romanQuarter(quarter: Quarter['quarter']): string {
  return roman[quarter - 1]!;
}
