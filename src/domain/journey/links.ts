import type { JourneyCard, JourneyMap } from './model';

/** A stage or card that links elements its variant no longer has: shown flagged, never dropped. */
export interface BrokenLink {
  kind: 'stage' | 'card';
  id: string;
  missing: string[];
}

/**
 * Links are element ids, so a renamed step keeps its link; a step deleted from the diagram, or a
 * variant replaced by an import with other ids, leaves the link pointing at nothing. The link stays
 * on the card (the step may come back, say on undo in the editor) and the card is flagged.
 */
export function brokenLinks(map: Pick<JourneyMap, 'stages' | 'cards'>, elementIds: ReadonlySet<string>): BrokenLink[] {
  const check = (kind: BrokenLink['kind'], item: { id: string; links: string[] }): BrokenLink[] => {
    const missing = item.links.filter((id) => !elementIds.has(id));
    return missing.length ? [{ kind, id: item.id, missing }] : [];
  };
  return [...map.stages.flatMap((stage) => check('stage', stage)), ...map.cards.flatMap((card) => check('card', card))];
}

export interface Citation {
  map: JourneyMap;
  card: JourneyCard;
}

/** The cards of these maps that link the element, for the step panel. */
export function citationsOf(maps: readonly JourneyMap[], elementId: string): Citation[] {
  return maps.flatMap((map) => map.cards.filter((card) => card.links.includes(elementId)).map((card) => ({ map, card })));
}
