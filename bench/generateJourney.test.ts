import { describe, expect, it } from 'vitest';
import { parseJourneyMap } from '../src/domain/journey/validate';
import { generateJourneyMap } from './generateJourney';

describe('the bench journey map', () => {
  it('is a valid map of 50 stages and 500 cards, every stage with cards in each lane that takes them', () => {
    const { map, intent } = generateJourneyMap();
    expect(parseJourneyMap(map).ok).toBe(true);
    expect([map.stages.length, map.cards.length]).toEqual([intent.stages, intent.cards]);
    const used = new Set(map.cards.map((card) => `${card.stageId}/${card.laneId}`));
    expect(used.size).toBe(50 * 4);
  });

  it('is the same every time', () => {
    expect(generateJourneyMap()).toEqual(generateJourneyMap());
  });
});
