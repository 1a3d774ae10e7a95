import type { MetricUnit } from '../../domain/compare/metrics';
import { displayValue, type MetricChange } from '../../domain/compare/comparison';

/** A figure as people read it in this language: working days to two decimals, with the locale's decimal mark. */
export function formatFigure(value: number, unit: MetricUnit, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: unit === 'workingDays' ? 2 : 0 }).format(displayValue(value, unit));
}

/** A change in percent with its sign ("−40 %", "+12,5 %"); null when there was nothing to start from. */
export function formatPercent(change: MetricChange, language: string): string | null {
  if (change.percent === null) return null;
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(change.percent / 100);
}
