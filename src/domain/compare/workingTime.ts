import type { Duration } from '../stepData/stepData';

/**
 * Norm and waiting times are entered in minutes, hours or working days; terms of public services
 * are stated in working days. The conversion assumes the 8-hour working day of the Labour Code of
 * the Republic of Kazakhstan (40-hour week); it is the only place that assumption is made.
 */
export const workingDayHours = 8;

export const minutesPerWorkingDay = workingDayHours * 60;

export function toWorkingDays(duration: Duration | undefined): number {
  if (!duration) return 0;
  switch (duration.unit) {
    case 'minutes':
      return duration.value / minutesPerWorkingDay;
    case 'hours':
      return duration.value / workingDayHours;
    case 'workingDays':
      return duration.value;
  }
}
