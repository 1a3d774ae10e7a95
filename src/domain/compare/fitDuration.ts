import type { Duration } from '../stepData/stepData';
import { minutesPerWorkingDay, workingDayHours } from './workingTime';

/** Float noise such as 2.0000000001 days must not become 3 when rounded up. */
const settle = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * A term in the unit that fits it: minutes under an hour, hours under a working day, else working
 * days. `whole` rounds up to whole units, as a service standard states a term (a term is a
 * maximum: 7 h 10 min is 8 hours, 9 hours is 2 working days); otherwise the value keeps one
 * decimal for minutes and hours and two for days, as the figures table shows it.
 */
export function fitDuration(workingDays: number, whole: boolean): Duration {
  const minutes = settle(workingDays * minutesPerWorkingDay);
  if (whole) {
    const m = Math.ceil(minutes);
    if (m < 60) return { value: m, unit: 'minutes' };
    const h = Math.ceil(settle(m / 60));
    if (h < workingDayHours) return { value: h, unit: 'hours' };
    return { value: Math.ceil(settle(h / workingDayHours)), unit: 'workingDays' };
  }
  const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
  if (round(minutes, 1) < 60) return { value: round(minutes, 1), unit: 'minutes' };
  const hours = round(minutes / 60, 1);
  if (hours < workingDayHours) return { value: hours, unit: 'hours' };
  return { value: round(workingDays, 2), unit: 'workingDays' };
}
