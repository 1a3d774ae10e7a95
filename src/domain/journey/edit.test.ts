import { describe, expect, it } from 'vitest';
import { generatedSampleMap } from '../../../test/journeySamples';
import { addCard, addLane, addStage, cellCards, copyContent, deleteLane, deleteStage, mergeWithNextStage, moveCard, moveLane, moveStage, renameStage, stepCard, updateLane } from './edit';
import { redo, record, startHistory, undo } from './history';
import { laneOfKind, newCard } from './model';

const stage = (id: string, title = id) => ({ id, title, links: [] });

describe('editing a map', () => {
  it('adds, renames, moves and deletes stages; a deleted stage takes its cards', async () => {
    const map = await generatedSampleMap('criminal-record-certificate/as-is');
    const [first, second] = map.stages;
    let edited = addStage(map, stage('new', 'Ожидание'), 1);
    expect(edited.stages.map((s) => s.id)).toEqual([first!.id, 'new', second!.id, ...map.stages.slice(2).map((s) => s.id)]);
    edited = renameStage(edited, 'new', 'Ожидание справки');
    edited = moveStage(edited, 'new', 99);
    expect(edited.stages.at(-1)).toEqual(stage('new', 'Ожидание справки'));
    edited = deleteStage(edited, second!.id);
    expect(edited.cards.some((card) => card.stageId === second!.id)).toBe(false);
    expect(edited.cards).toHaveLength(map.cards.length - 1);
  });

  it('merging a stage with the next one groups their touchpoints', async () => {
    const map = await generatedSampleMap('criminal-record-certificate/as-is');
    const [first, second] = map.stages;
    const merged = mergeWithNextStage(map, first!.id);
    expect(merged.stages).toHaveLength(map.stages.length - 1);
    expect(merged.cards.filter((card) => card.stageId === first!.id)).toHaveLength(2);
    expect(merged.stages.some((s) => s.id === second!.id)).toBe(false);
    expect(mergeWithNextStage(map, map.stages.at(-1)!.id)).toBe(map);
  });

  it('moves a card to another cell and before another card, by drag or by the keyboard', async () => {
    const map = await generatedSampleMap('criminal-record-certificate/as-is');
    const pains = laneOfKind(map, 'pains')!.id;
    const [a, b] = map.cards;
    let edited = moveCard(map, a!.id, { stageId: b!.stageId, laneId: b!.laneId, beforeCardId: b!.id });
    expect(cellCards(edited, b!.stageId, b!.laneId).map((c) => c.id)).toEqual([a!.id, b!.id]);
    edited = stepCard(edited, a!.id, 'left');
    expect(edited.cards.find((c) => c.id === a!.id)?.stageId).toBe(map.stages[0]!.id);
    // Down from the touchpoints lane skips the documents and time lanes, which take no cards.
    edited = stepCard(edited, b!.id, 'down');
    expect(edited.cards.find((c) => c.id === b!.id)?.laneId).toBe(pains);
    expect(stepCard(edited, a!.id, 'left')).toBe(edited);
    // Nothing lands in a lane that shows what the cards carry.
    expect(moveCard(map, a!.id, { stageId: b!.stageId, laneId: laneOfKind(map, 'emotion')!.id })).toBe(map);
  });

  it('adds a card only where it can be', async () => {
    const map = await generatedSampleMap('criminal-record-certificate/as-is');
    const card = newCard({ id: 'c', stageId: map.stages[0]!.id, laneId: laneOfKind(map, 'ideas')!.id, text: 'Выдавать справку в eGov Mobile' });
    expect(addCard(map, card).cards.at(-1)).toEqual(card);
    expect(addCard(map, { ...card, stageId: 'gone' })).toBe(map);
  });

  it('hides, renames, reorders lanes; only a free-text lane is deleted, with its cards', async () => {
    const map = await generatedSampleMap('criminal-record-certificate/as-is');
    let edited = addLane(map, { id: 'legal', kind: 'custom', title: 'Правовые основания', hidden: false });
    edited = addCard(edited, newCard({ id: 'x', stageId: map.stages[0]!.id, laneId: 'legal' }));
    edited = moveLane(edited, 'legal', 0);
    expect(edited.lanes[0]?.id).toBe('legal');
    edited = updateLane(edited, laneOfKind(map, 'ideas')!.id, { hidden: true });
    expect(laneOfKind(edited, 'ideas')?.hidden).toBe(true);
    expect(deleteLane(edited, laneOfKind(map, 'pains')!.id)).toBe(edited);
    edited = deleteLane(edited, 'legal');
    expect(edited.lanes.some((l) => l.id === 'legal') || edited.cards.some((c) => c.id === 'x')).toBe(false);
  });

  it('an actual journey copied from the planned map names each planned touchpoint, with no ratings yet', async () => {
    const map = await generatedSampleMap('criminal-record-certificate/as-is');
    let n = 0;
    const actual = copyContent({ ...map, cards: map.cards.map((c) => ({ ...c, emotion: 1 as const })) }, () => `a${++n}`, true);
    expect(actual.cards.map((c) => c.plannedCardId)).toEqual(map.cards.map((c) => c.id));
    expect(actual.cards.every((c) => c.emotion === null && c.id.startsWith('a'))).toBe(true);
  });
});

describe('the undo history', () => {
  it('undoes and redoes each recorded edit; a new edit drops what could be redone', () => {
    let history = startHistory(1);
    history = record(history, 'plus one', 2);
    history = record(history, 'plus one', 3);
    history = undo(history);
    expect(history.present).toBe(2);
    history = redo(history);
    expect(history.present).toBe(3);
    history = undo(undo(history));
    expect(history.present).toBe(1);
    history = record(history, 'ten', 10);
    expect(history.future).toEqual([]);
    expect(redo(history)).toBe(history);
    expect(undo(startHistory(0))).toEqual(startHistory(0));
  });

  it('an edit that changed nothing is not a step', () => {
    const history = startHistory({ a: 1 });
    expect(record(history, 'nothing', history.present)).toBe(history);
  });
});
