/**
 * The holidays of Kazakhstan that are days off, as the Law "On holidays in the Republic of
 * Kazakhstan" lists them since its 2022 amendment (Republic Day on 25 October again a holiday, the
 * First President's Day and the second day of Independence Day no longer). Article 85 of the
 * Labour Code: when a holiday falls on a Saturday or Sunday, the next working day is a day off;
 * the law excludes the two religious holidays, Orthodox Christmas and the first day of Kurban
 * Ait, from that rule. Kurban Ait follows the lunar calendar: its date is per year, in years.ts.
 */
export const holidayNames = [
  'newYear',
  'orthodoxChristmas',
  'womensDay',
  'nauryz',
  'unityDay',
  'defenderDay',
  'victoryDay',
  'capitalDay',
  'constitutionDay',
  'republicDay',
  'independenceDay',
  'kurbanAit',
] as const;
export type HolidayName = (typeof holidayNames)[number];

export interface FixedHoliday {
  month: number;
  day: number;
  name: HolidayName;
  /** Religious holidays are days off but do not move to the next working day when they fall on a weekend. */
  religious: boolean;
}

const holiday = (month: number, day: number, name: HolidayName, religious = false): FixedHoliday => ({ month, day, name, religious });

export const fixedHolidays: readonly FixedHoliday[] = [
  holiday(1, 1, 'newYear'),
  holiday(1, 2, 'newYear'),
  holiday(1, 7, 'orthodoxChristmas', true),
  holiday(3, 8, 'womensDay'),
  holiday(3, 21, 'nauryz'),
  holiday(3, 22, 'nauryz'),
  holiday(3, 23, 'nauryz'),
  holiday(5, 1, 'unityDay'),
  holiday(5, 7, 'defenderDay'),
  holiday(5, 9, 'victoryDay'),
  holiday(7, 6, 'capitalDay'),
  holiday(8, 30, 'constitutionDay'),
  holiday(10, 25, 'republicDay'),
  holiday(12, 16, 'independenceDay'),
];
