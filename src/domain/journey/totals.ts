import { contactLaneKind, type Emotion, type JourneyMap } from './model';

/**
 * The figures of one journey map, counted from its cards (hidden lanes included: hiding is a view):
 * - in-person visits: cards marked as a visit;
 * - contacts with the state: cards in the touchpoints lane, the communication points;
 * - documents: distinct names the client carries or submits, ignoring case and surrounding spaces;
 * - client time: the client's own minutes at every card;
 * - waiting: working days and calendar days, each as the cards state them (never converted);
 * - agencies: distinct state bodies named on the cards, ignoring case and surrounding spaces;
 * - pains: cards that record a pain.
 */
export const journeyTotalIds = ['inPersonVisits', 'contacts', 'documents', 'clientMinutes', 'waitingWorkingDays', 'waitingCalendarDays', 'agencies', 'pains'] as const;
export type JourneyTotalId = (typeof journeyTotalIds)[number];

export interface JourneyTotal {
  id: JourneyTotalId;
  value: number;
  /** What was counted, for a hint: document names, agencies. */
  items: string[];
}

export type JourneyTotals = Record<JourneyTotalId, JourneyTotal>;

export function journeyTotals(map: Pick<JourneyMap, 'cards' | 'lanes'>): JourneyTotals {
  const contactLanes = new Set(map.lanes.filter((lane) => lane.kind === contactLaneKind).map((lane) => lane.id));
  const sum = (value: (card: JourneyMap['cards'][number]) => number) => Math.round(map.cards.reduce((total, card) => total + value(card), 0) * 100) / 100;
  const count = (id: JourneyTotalId, test: (card: JourneyMap['cards'][number]) => boolean): JourneyTotal => {
    const counted = map.cards.filter(test);
    return { id, value: counted.length, items: counted.map((card) => card.text) };
  };
  const distinct = (id: JourneyTotalId, names: string[]): JourneyTotal => {
    const byKey = new Map<string, string>();
    for (const name of names) if (name.trim() && !byKey.has(key(name))) byKey.set(key(name), name.trim());
    return { id, value: byKey.size, items: [...byKey.values()] };
  };
  return {
    inPersonVisits: count('inPersonVisits', (card) => card.inPersonVisit),
    contacts: count('contacts', (card) => contactLanes.has(card.laneId)),
    documents: distinct('documents', map.cards.flatMap((card) => card.documents)),
    clientMinutes: { id: 'clientMinutes', value: sum((card) => card.clientMinutes), items: [] },
    waitingWorkingDays: { id: 'waitingWorkingDays', value: sum((card) => (card.waitingUnit === 'working' ? card.waitingDays : 0)), items: [] },
    waitingCalendarDays: { id: 'waitingCalendarDays', value: sum((card) => (card.waitingUnit === 'calendar' ? card.waitingDays : 0)), items: [] },
    agencies: distinct('agencies', map.cards.map((card) => card.agency)),
    pains: count('pains', (card) => card.pain !== null),
  };
}

export interface JourneyTotalChange {
  id: JourneyTotalId;
  from: number;
  to: number;
  delta: number;
  /** Relative to `from`, in percent; null when `from` is 0. */
  percent: number | null;
  /** Every journey figure is a burden on the client: fewer is better. */
  verdict: 'better' | 'worse' | 'same';
}

/** "From N to M" for each figure, from one map (say as-is) to another (to-be). */
export function compareJourneyTotals(from: JourneyTotals, to: JourneyTotals): JourneyTotalChange[] {
  return journeyTotalIds.map((id) => {
    const [a, b] = [from[id].value, to[id].value];
    const delta = Math.round((b - a) * 100) / 100;
    return { id, from: a, to: b, delta, percent: a === 0 ? null : (delta / a) * 100, verdict: delta < 0 ? 'better' : delta > 0 ? 'worse' : 'same' };
  });
}

/** The mean emotion of each stage's cards, in stage order; null where no card of the stage has one. */
export function stageEmotions(map: Pick<JourneyMap, 'stages' | 'cards'>): (number | null)[] {
  return map.stages.map((stage) => {
    const rated = map.cards.filter((card) => card.stageId === stage.id && card.emotion !== null).map((card): number => card.emotion as Emotion);
    return rated.length ? rated.reduce((total, value) => total + value, 0) / rated.length : null;
  });
}

function key(name: string): string {
  return name.trim().toLocaleLowerCase('ru');
}
