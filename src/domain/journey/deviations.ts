import type { JourneyCard, JourneyMap, LaneKind } from './model';

/** The lanes whose cards are touchpoints (CJML): what the client does, and the contacts. */
const touchpointLanes: ReadonlySet<LaneKind> = new Set(['actions', 'touchpoints']);

export interface Deviations {
  /** Touchpoints of the actual journey that the planned one does not have (CJML deviations). */
  unplanned: JourneyCard[];
  /** Planned touchpoints that did not happen in the actual journey. */
  missed: JourneyCard[];
  /** Actual touchpoints that happened as planned. */
  asPlanned: number;
}

/**
 * An actual journey (one interviewed citizen's) against the planned one. An actual card is the
 * planned card it names in `plannedCardId`; a card that names none, or a planned card that is gone,
 * is a deviation. Only touchpoints count: pains and ideas are about the journey, not steps of it.
 */
export function journeyDeviations(actual: Pick<JourneyMap, 'cards' | 'lanes'>, planned: Pick<JourneyMap, 'cards' | 'lanes'>): Deviations {
  const touchpoints = (map: Pick<JourneyMap, 'cards' | 'lanes'>) => {
    const lanes = new Set(map.lanes.filter((lane) => touchpointLanes.has(lane.kind)).map((lane) => lane.id));
    return map.cards.filter((card) => lanes.has(card.laneId));
  };
  const plannedCards = touchpoints(planned);
  const plannedIds = new Set(plannedCards.map((card) => card.id));
  const actualCards = touchpoints(actual);
  const happened = new Set(actualCards.map((card) => card.plannedCardId).filter((id): id is string => id !== null && plannedIds.has(id)));
  const unplanned = actualCards.filter((card) => card.plannedCardId === null || !plannedIds.has(card.plannedCardId));
  return { unplanned, missed: plannedCards.filter((card) => !happened.has(card.id)), asPlanned: actualCards.length - unplanned.length };
}
