import type { TFunction } from 'i18next';
import type { JourneyTotalId } from '../../domain/journey/totals';
import { formatMinutes } from './journeyView';

/** A journey figure as people read it: client time in hours and minutes, days to two decimals, counts as they are. */
export function formatJourneyTotal(t: TFunction, language: string, id: JourneyTotalId, value: number): string {
  if (id === 'clientMinutes') return formatMinutes(t, value);
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}
