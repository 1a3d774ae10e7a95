import type { MetricChange } from '../../domain/compare/comparison';
import type { MetricUnit } from '../../domain/compare/metrics';
import type { ReportFormat } from '../../domain/compare/report';
import type { Formatter } from '../ui/format';

/** A figure as people read it: a count as a number, a term in the unit that fits it ("7,9 часа"). */
export function figureText(format: Formatter, value: number, unit: MetricUnit): string {
  return unit === 'workingDays' ? format.duration(value) : format.number(value, 0);
}

/** A change in percent with its sign ("−40 %", "+12,5 %"); null when there was nothing to start from. */
export function percentText(format: Formatter, change: MetricChange): string | null {
  return change.percent === null ? null : format.percent(change.percent);
}

/** What the exported forms need of the formatter (the journey figures have their own): terms in whole units, as a service standard states them. */
export function reportFormat(format: Formatter): Omit<ReportFormat, 'journey' | 'journeyChange'> {
  return {
    figure: (value, unit) => figureText(format, value, unit),
    percent: (change) => percentText(format, change),
    date: (time) => format.date(time),
    duration: (workingDays, role) => format.duration(workingDays, { role, whole: true }),
    exactDuration: (workingDays, role) => format.duration(workingDays, { role }),
  };
}
