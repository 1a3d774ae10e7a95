/**
 * The journey map bench: the map grid of src/features/journey drawn with React as the page draws
 * it, then one edit made the way a user makes it (Alt+→ on a card), with the long tasks it causes.
 */
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { initI18n } from '../../src/app/i18n';
import type { JourneyMap } from '../../src/domain/journey/model';
import { JourneyGrid } from '../../src/features/journey/JourneyGrid';
import { registerJourneyTexts } from '../../src/features/journey/texts/register';
import '../../src/app/styles.css';
import '../../src/features/journey/journey.css';

export interface JourneyBenchResult {
  /** createRoot + render + two animation frames. */
  renderMs: number;
  /** From the key press to two animation frames after it. */
  editMs: number;
  /** Long tasks (over 50 ms) while the edit ran, and the longest. */
  editLongTasks: number;
  editLongestTaskMs: number;
  renderedCards: number;
  renderedStages: number;
  /** Whether the edit moved the card one stage on. */
  editApplied: boolean;
}

declare global {
  interface Window {
    runJourneyBench: (map: JourneyMap) => Promise<JourneyBenchResult>;
  }
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const ready = initI18n('ru').then(() => registerJourneyTexts());

const noIds = new Set<string>();
const noNames = new Map<string, string>();
const ignore = () => undefined;

/** The grid with its map in state, as MapWorkspace holds it (without saving): the callbacks keep their identity. */
function Harness({ initial }: { initial: JourneyMap }) {
  const [map, setMap] = useState(initial);
  const apply = useCallback((_label: string, edit: (map: JourneyMap) => JourneyMap) => setMap((current) => edit(current)), []);
  return <JourneyGrid map={map} broken={noIds} selection={null} interviewNames={noNames} overlay={null} curveLabel="" apply={apply} onSelect={ignore} onDeleteStage={ignore} onDeleteCard={ignore} />;
}

window.runJourneyBench = async (map) => {
  await ready;
  const container = document.createElement('div');
  container.style.cssText = 'position:fixed;left:0;top:0;width:1280px;height:800px;overflow:auto;background:#fff';
  document.body.appendChild(container);
  const root = createRoot(container);
  try {
    const started = performance.now();
    flushSync(() => root.render(<Harness initial={map} />));
    await nextFrame();
    await nextFrame();
    const renderMs = performance.now() - started;

    // A card in the middle of the map, moved one stage to the right with the keyboard.
    const moved = map.cards[Math.floor(map.cards.length / 2)]!;
    const target = container.querySelector<HTMLElement>(`[data-card-id="${moved.id}"]`)!;
    const nextStage = map.stages[map.stages.findIndex((stage) => stage.id === moved.stageId) + 1]!;
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)));
    observer.observe({ type: 'longtask' });
    target.focus();
    const pressed = performance.now();
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true, bubbles: true }));
    await nextFrame();
    await nextFrame();
    const editMs = performance.now() - pressed;
    // Long task entries are delivered after the task; give them a task to arrive.
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    const stageIndex = map.stages.indexOf(nextStage);
    const column = [...container.querySelectorAll('[data-card-id]')].find((node) => node.getAttribute('data-card-id') === moved.id);
    return {
      renderMs,
      editMs,
      editLongTasks: longTasks.length,
      editLongestTaskMs: Math.max(0, ...longTasks),
      renderedCards: container.querySelectorAll('[data-card-id]').length,
      renderedStages: container.querySelectorAll('[data-stage-id]').length,
      editApplied: column !== undefined && stageIndex > 0 && cellOf(column) === stageIndex + 1,
    };
  } finally {
    root.unmount();
    container.remove();
  }
};

/** The grid column (1 is the lane titles) a card is drawn in. */
function cellOf(card: Element): number {
  const cell = card.closest('.journey-cell')!;
  const row = cell.parentElement!;
  return [...row.children].indexOf(cell);
}
