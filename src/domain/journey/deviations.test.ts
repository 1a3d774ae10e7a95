import { describe, expect, it } from 'vitest';
import { journeyDeviations } from './deviations';
import { newCard, newLanes } from './model';

describe('deviations of an actual journey from the planned one (CJML)', () => {
  let n = 0;
  const lanes = newLanes(() => `lane${++n}`);
  const lane = (kind: string) => lanes.find((l) => l.kind === kind)!.id;
  const planned = {
    lanes,
    cards: [
      newCard({ id: 'apply', stageId: 's', laneId: lane('touchpoints'), text: 'Подать запрос на портале' }),
      newCard({ id: 'receive', stageId: 's', laneId: lane('touchpoints'), text: 'Получить справку в кабинете' }),
      newCard({ id: 'idea', stageId: 's', laneId: lane('ideas'), text: 'Напоминание по SMS' }),
    ],
  };

  it('lists the touchpoints that were not planned and the planned ones that did not happen', () => {
    const actual = {
      lanes,
      cards: [
        newCard({ id: 'a1', stageId: 's', laneId: lane('touchpoints'), text: 'Подал запрос', plannedCardId: 'apply', emotion: 1 }),
        newCard({ id: 'a2', stageId: 's', laneId: lane('touchpoints'), text: 'Пришёл в ЦОН: справка не пришла', emotion: -2 }),
        newCard({ id: 'a3', stageId: 's', laneId: lane('pains'), text: 'Никто не объяснил' }),
      ],
    };
    const deviations = journeyDeviations(actual, planned);
    expect(deviations.unplanned.map((card) => card.id)).toEqual(['a2']);
    expect(deviations.missed.map((card) => card.id)).toEqual(['receive']);
    expect(deviations.asPlanned).toBe(1);
  });

  it('a card naming a planned touchpoint that was deleted since is a deviation', () => {
    const actual = { lanes, cards: [newCard({ id: 'a1', stageId: 's', laneId: lane('actions'), plannedCardId: 'deleted' })] };
    expect(journeyDeviations(actual, planned).unplanned.map((card) => card.id)).toEqual(['a1']);
  });
});
