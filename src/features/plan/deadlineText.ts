import type { TFunction } from 'i18next';
import type { Deadline } from '../../domain/plan/plan';
import { romanQuarter } from '../../domain/plan/quarter';
import { formatDate } from './formatDate';

/** A deadline as the form writes it: "20.03.2026" or "IV квартал 2026 года". */
export function deadlineText(deadline: Deadline | null, t: TFunction): string {
  if (!deadline) return '';
  return deadline.kind === 'date' ? formatDate(deadline.date) : t('plan.deadline.quarterText', { quarter: romanQuarter(deadline.quarter), year: deadline.year });
}
