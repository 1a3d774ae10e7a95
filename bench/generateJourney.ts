import { emotions, journeyChannels, newCard, newLanes, type JourneyCard, type JourneyMap } from '../src/domain/journey/model';

/** What the bench's journey map holds, for the page to check it drew all of it. */
export interface JourneyIntent {
  stages: number;
  cards: number;
}

/**
 * A planned journey map of `stages` stages and `cards` cards with deterministic ids and content:
 * the cards go round the stages and the four lanes that take cards (actions, touchpoints, pains,
 * ideas), each with a channel, an emotion, documents, time and waiting, some with a pain quote and
 * links, so every lane, the curve and the totals have work to do.
 */
export function generateJourneyMap(stages = 50, cards = 500): { map: JourneyMap; intent: JourneyIntent } {
  let next = 0;
  const id = () => `bench-${++next}`;
  const lanes = newLanes(id);
  const cardLanes = lanes.filter((lane) => ['actions', 'touchpoints', 'pains', 'ideas'].includes(lane.kind));
  const stageList = Array.from({ length: stages }, (_, index) => ({ id: id(), title: `Стадия ${index + 1}: ${index % 3 ? 'подача документов' : 'ожидание решения'}`, links: [] }));
  const cardList: JourneyCard[] = Array.from({ length: cards }, (_, index) => {
    const lane = cardLanes[index % cardLanes.length]!;
    return newCard({
      id: id(),
      stageId: stageList[Math.floor(index / cardLanes.length) % stages]!.id,
      laneId: lane.id,
      text: `Карточка ${index + 1}: клиент приходит в ЦОН, предъявляет удостоверение личности и ждёт ответа`,
      channel: journeyChannels[index % journeyChannels.length]!,
      initiator: lane.kind === 'touchpoints' ? 'client' : null,
      agency: `Госорган ${index % 7}`,
      documents: index % 2 ? [`Документ ${index % 11}`] : [],
      inPersonVisit: index % 5 === 0,
      clientMinutes: (index % 4) * 15,
      waitingDays: index % 3,
      emotion: emotions[index % emotions.length]!,
      pain: lane.kind === 'pains' ? { quote: `Цитата ${index}: очередь два часа`, interviewId: null } : null,
      links: index % 2 ? [`Task_${index}`] : [],
    });
  });
  const map: JourneyMap = {
    formatVersion: 1,
    id: 'bench-map',
    projectId: 'bench',
    processId: 'bench',
    variantKind: 'asIs',
    personaId: 'bench-persona',
    name: 'Бенчмарк: 50 стадий, 500 карточек',
    journey: 'planned',
    interviewId: null,
    plannedMapId: null,
    stages: stageList,
    lanes,
    cards: cardList,
    revision: 1,
    createdAt: 0,
    updatedAt: 0,
  };
  return { map, intent: { stages, cards } };
}
