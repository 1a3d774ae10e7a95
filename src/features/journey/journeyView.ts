import type { TFunction } from 'i18next';
import type { JourneyLane, JourneyMap, Persona } from '../../domain/journey/model';
import { makeFormatter } from '../ui/format';

/** What is selected on the map: a card, or a stage (whose links are edited then). */
export type Selection = { kind: 'card' | 'stage'; id: string };

/** A default lane's translated name, or the user's title. */
export function laneTitle(t: TFunction, lane: JourneyLane): string {
  return lane.title || (lane.kind === 'custom' ? t('journey.lane.customUntitled') : t(`journey.lane.${lane.kind}`));
}

/** How a map is named in lists: its name, its persona, and "actual journey" for an interviewee's. */
export function mapLabel(t: TFunction, map: JourneyMap, personas: readonly Persona[]): string {
  const persona = personas.find((p) => p.id === map.personaId)?.name ?? t('journey.persona.missing');
  return `${map.name} — ${persona}${map.journey === 'actual' ? ` (${t('journey.map.actual')})` : ''}`;
}

export function formatMinutes(t: TFunction, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  return hours ? t('journey.time.hoursMinutes', { hours, minutes: rest }) : t('journey.time.minutes', { count: rest });
}

/** The waiting of a stage or card: working and calendar days, each as stated, to two decimals ("4,06" in Russian). */
export function waitingLines(t: TFunction, language: string, working: number, calendar: number): string[] {
  const days = (value: number) => makeFormatter(t, language).number(value);
  return [
    working ? t('journey.time.waitingWorking', { count: working, days: days(working) }) : '',
    calendar ? t('journey.time.waitingCalendar', { count: calendar, days: days(calendar) }) : '',
  ].filter(Boolean);
}
