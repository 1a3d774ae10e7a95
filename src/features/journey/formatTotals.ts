import type { TFunction } from 'i18next';
import type { JourneyTotalId } from '../../domain/journey/totals';
import { makeFormatter } from '../ui/format';
import { formatMinutes } from './journeyView';

/** A journey figure as people read it: client time in hours and minutes, days to two decimals, counts as they are. */
export function formatJourneyTotal(t: TFunction, language: string, id: JourneyTotalId, value: number): string {
  if (id === 'clientMinutes') return formatMinutes(t, value);
  return makeFormatter(t, language).number(value);
}

/**
 * "From N to M" for a journey figure, worded as the process figures are: a count or days with the
 * case endings Kazakh puts after a number; the client's time in minutes, or in hours from an hour
 * on, declined for its place in the phrase (not the table's "9 ч 20 мин", whose case cannot show).
 */
export function journeyChangeText(t: TFunction, language: string, id: JourneyTotalId, from: number, to: number): string {
  if (id !== 'clientMinutes') return t('compare.fromTo', { from: formatJourneyTotal(t, language, id, from), to: formatJourneyTotal(t, language, id, to) });
  const format = makeFormatter(t, language);
  const time = (minutes: number, role: 'from' | 'to') => {
    const [value, unit] = minutes < 60 ? [Math.round(minutes), 'minutes'] : [Math.round(minutes / 6) / 10, 'hours'];
    return t(`duration.${role}.${unit}`, { count: value, value: format.number(value) });
  };
  return t('compare.fromToTerm', { from: time(from, 'from'), to: time(to, 'to') });
}
