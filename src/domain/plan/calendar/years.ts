import type { IsoDate } from './isoDate';

/**
 * What changes from year to year, with where it was read. Only facts with a source are here: a
 * year that is missing, or a field that is null, is "not yet known" and the app says so next to
 * any deadline that crosses it; the user can add that year's days off (see adjustments.ts).
 *
 * Transfers of days off are set by the authorised body for labour (Labour Code art. 85 p. 3; by
 * Government decree before 2023): `dayOff` becomes a day off, `workingDay` (a Saturday or Sunday)
 * a working day for the five-day week.
 */
export interface Transfer {
  dayOff: IsoDate;
  workingDay: IsoDate;
}

export interface YearData {
  /** The first day of Kurban Ait; null while the Spiritual Administration of Muslims has not announced it. */
  kurbanAit: { date: IsoDate; source: string } | null;
  /** Null while the year's transfers are not known. `asOf`: the day the source listed them. */
  transfers: { items: Transfer[]; asOf: IsoDate; source: string } | null;
}

export const calendarYears: Readonly<Record<number, YearData>> = {
  2025: {
    kurbanAit: {
      date: '2025-06-06',
      source: 'Календарь праздничных дней 2025 года Министерства труда и социальной защиты населения РК: «в 2025 году первый день Курбан-айта приходится на 6 июня»',
    },
    transfers: {
      items: [{ dayOff: '2025-01-03', workingDay: '2025-01-05' }],
      asOf: '2025-11-24',
      source:
        'Приказ Министра труда и социальной защиты населения РК о переносе выходного дня с воскресенья 5 января 2025 года на пятницу 3 января 2025 года (сообщение Минтруда, ноябрь 2024 года); других переносов в 2025 году не предусмотрено (Zakon.kz, 24.11.2025)',
    },
  },
  2026: {
    kurbanAit: {
      date: '2026-05-27',
      source: 'Календарь религиозных дат на 2026 год Духовного управления мусульман Казахстана (опубликован 06.11.2025): первый день Курбан айта — 27 мая 2026 года',
    },
    transfers: {
      items: [],
      asOf: '2026-01-02',
      source:
        'Календарь праздничных дней 2026 года на портале электронного правительства (egov.kz), по сообщению от 02.01.2026: только переносы праздников, выпавших на выходные (9 марта, 24–25 марта, 11 мая и др.), переносов выходных дней приказом не было',
    },
  },
};
