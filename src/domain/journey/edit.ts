import { derivedLaneKinds, newCard, type JourneyCard, type JourneyLane, type JourneyMap, type JourneyStage } from './model';

/**
 * The edits a user makes on a map, each a pure function from one map to the next, so the page's
 * history can undo and redo any of them. An edit that names something the map does not have
 * returns the map unchanged (a stale click after another tab's save), never throws.
 */
type Content = Pick<JourneyMap, 'stages' | 'lanes' | 'cards'>;

export function addStage<T extends Content>(map: T, stage: JourneyStage, index = map.stages.length): T {
  return { ...map, stages: insertAt(map.stages, clamp(index, map.stages.length), stage) };
}

export function renameStage<T extends Content>(map: T, stageId: string, title: string): T {
  return { ...map, stages: map.stages.map((stage) => (stage.id === stageId ? { ...stage, title } : stage)) };
}

export function linkStage<T extends Content>(map: T, stageId: string, links: string[]): T {
  return { ...map, stages: map.stages.map((stage) => (stage.id === stageId ? { ...stage, links: unique(links) } : stage)) };
}

export function moveStage<T extends Content>(map: T, stageId: string, toIndex: number): T {
  return { ...map, stages: moveItem(map.stages, stageId, toIndex) };
}

/** The stage and its cards. */
export function deleteStage<T extends Content>(map: T, stageId: string): T {
  return { ...map, stages: map.stages.filter((stage) => stage.id !== stageId), cards: map.cards.filter((card) => card.stageId !== stageId) };
}

/** Groups two touchpoints into one stage: the next stage's cards and links join this one, its title goes. */
export function mergeWithNextStage<T extends Content>(map: T, stageId: string): T {
  const index = map.stages.findIndex((stage) => stage.id === stageId);
  const stage = map.stages[index];
  const next = map.stages[index + 1];
  if (!stage || !next) return map;
  return {
    ...map,
    stages: map.stages.filter((s) => s.id !== next.id).map((s) => (s.id === stageId ? { ...s, links: unique([...s.links, ...next.links]) } : s)),
    cards: map.cards.map((card) => (card.stageId === next.id ? { ...card, stageId } : card)),
  };
}

export function addCard<T extends Content>(map: T, card: JourneyCard): T {
  return hasPlace(map, card.stageId, card.laneId) ? { ...map, cards: [...map.cards, card] } : map;
}

export function updateCard<T extends Content>(map: T, cardId: string, patch: Partial<Omit<JourneyCard, 'id'>>): T {
  return { ...map, cards: map.cards.map((card) => (card.id === cardId ? { ...card, ...patch, id: card.id } : card)) };
}

export function deleteCard<T extends Content>(map: T, cardId: string): T {
  return { ...map, cards: map.cards.filter((card) => card.id !== cardId) };
}

/** Moves a card to a cell (stage and lane), before the card `beforeCardId` of that cell, or last. */
export function moveCard<T extends Content>(map: T, cardId: string, target: { stageId: string; laneId: string; beforeCardId?: string | null }): T {
  const card = map.cards.find((c) => c.id === cardId);
  if (!card || !hasPlace(map, target.stageId, target.laneId) || target.beforeCardId === cardId) return map;
  const rest = map.cards.filter((c) => c.id !== cardId);
  const moved = { ...card, stageId: target.stageId, laneId: target.laneId };
  const before = target.beforeCardId ? rest.findIndex((c) => c.id === target.beforeCardId) : -1;
  return { ...map, cards: before < 0 ? [...rest, moved] : insertAt(rest, before, moved) };
}

/** One step in a direction on the grid, for the keyboard: left and right are stages, up and down the lanes that take cards. */
export function stepCard<T extends Content>(map: T, cardId: string, direction: 'left' | 'right' | 'up' | 'down'): T {
  const card = map.cards.find((c) => c.id === cardId);
  if (!card) return map;
  if (direction === 'left' || direction === 'right') {
    const stages = map.stages.map((s) => s.id);
    const stageId = stages[stages.indexOf(card.stageId) + (direction === 'left' ? -1 : 1)];
    return stageId ? moveCard(map, cardId, { stageId, laneId: card.laneId }) : map;
  }
  const lanes = map.lanes.filter((lane) => takesCards(lane) && !lane.hidden).map((lane) => lane.id);
  const laneId = lanes[lanes.indexOf(card.laneId) + (direction === 'up' ? -1 : 1)];
  return laneId ? moveCard(map, cardId, { stageId: card.stageId, laneId }) : map;
}

export function addLane<T extends Content>(map: T, lane: JourneyLane): T {
  return { ...map, lanes: [...map.lanes, lane] };
}

export function updateLane<T extends Content>(map: T, laneId: string, patch: Partial<Pick<JourneyLane, 'title' | 'hidden'>>): T {
  return { ...map, lanes: map.lanes.map((lane) => (lane.id === laneId ? { ...lane, ...patch } : lane)) };
}

export function moveLane<T extends Content>(map: T, laneId: string, toIndex: number): T {
  return { ...map, lanes: moveItem(map.lanes, laneId, toIndex) };
}

/** Only a free-text lane can go, with its cards; the default lanes are hidden instead. */
export function deleteLane<T extends Content>(map: T, laneId: string): T {
  if (map.lanes.find((lane) => lane.id === laneId)?.kind !== 'custom') return map;
  return { ...map, lanes: map.lanes.filter((lane) => lane.id !== laneId), cards: map.cards.filter((card) => card.laneId !== laneId) };
}

/** Lanes the user types cards into; the documents, time and emotion lanes show what the cards carry. */
export function takesCards(lane: JourneyLane): boolean {
  return !derivedLaneKinds.has(lane.kind);
}

export function cellCards(map: Pick<JourneyMap, 'cards'>, stageId: string, laneId: string): JourneyCard[] {
  return map.cards.filter((card) => card.stageId === stageId && card.laneId === laneId);
}

/** A planned map copied for another variant or as an interviewee's actual journey: new card ids, each naming the card it came from. */
export function copyContent(map: Content, newId: () => string, asActual: boolean): Content {
  return {
    stages: map.stages,
    lanes: map.lanes,
    cards: map.cards.map((card) => newCard({ ...card, id: newId(), plannedCardId: asActual ? card.id : null, emotion: asActual ? null : card.emotion })),
  };
}

function hasPlace(map: Content, stageId: string, laneId: string): boolean {
  const lane = map.lanes.find((l) => l.id === laneId);
  return map.stages.some((stage) => stage.id === stageId) && lane !== undefined && takesCards(lane);
}

function moveItem<T extends { id: string }>(items: T[], id: string, toIndex: number): T[] {
  const item = items.find((i) => i.id === id);
  if (!item) return items;
  const rest = items.filter((i) => i.id !== id);
  return insertAt(rest, clamp(toIndex, rest.length), item);
}

function insertAt<T>(items: readonly T[], index: number, item: T): T[] {
  return [...items.slice(0, index), item, ...items.slice(index)];
}

function clamp(index: number, length: number): number {
  return Math.max(0, Math.min(length, index));
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
