import { BpmnModdle } from 'bpmn-moddle';
import EventBus from 'diagram-js/lib/core/EventBus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stepDataDescriptor } from '../../domain/stepData/stepData';
import { generateDiagram } from '../../../bench/generateDiagram';
import { readFixture } from '../../../test/corpus';
import { prepareSaves, saveXMLInSlices, saveXMLNow, writeCheckingAll, writtenSubtreesOf } from './slicedSaveXML';
import { TextPieces } from './textPieces';

/** The parts of a bpmn-js editor the save uses: its event bus and its definitions (no tracking of changes: every value is compared). */
async function editorOf(xml: string) {
  const moddle = new BpmnModdle({ rw: stepDataDescriptor });
  const { rootElement } = await moddle.fromXML(xml);
  const eventBus = new EventBus();
  const editor = { get: <T,>(name: string) => (name === 'eventBus' ? eventBus : null) as T, getDefinitions: () => rootElement };
  type Named = { $type: string; name?: string; flowElements?: Named[] };
  const roots = (rootElement as unknown as { rootElements: Named[] }).rootElements;
  const task = () => roots.find((e) => e.$type === 'bpmn:Process')!.flowElements!.find((e) => e.$type.endsWith('Task'))!;
  return { moddle, definitions: rootElement, eventBus, editor, task };
}

describe('saveXMLInSlices', () => {
  it('writes what moddle writes, with the saveXML events bpmn-js fires', async () => {
    const { moddle, definitions, eventBus, editor } = await editorOf(readFixture('step-data.bpmn'));
    const fired: string[] = [];
    eventBus.on('saveXML.start', () => void fired.push('start'));
    eventBus.on('saveXML.serialized', () => void fired.push('serialized'));
    eventBus.on('saveXML.done', () => void fired.push('done'));
    const expected = (await moddle.toXML(definitions, { format: true })).xml;
    expect(await saveXMLInSlices(editor, { budgetMs: 0 })).toBe(expected);
    expect(saveXMLNow(editor)).toBe(expected);
    expect(fired).toEqual(['start', 'serialized', 'done', 'start', 'serialized', 'done']);
  });

  it('lets saveXML.start change the tree first, as bpmn-js’s DI ordering does', async () => {
    const { eventBus, editor, task } = await editorOf(readFixture('step-data.bpmn'));
    eventBus.on('saveXML.start', () => void (task().name = 'Упорядочено перед записью'));
    expect(await saveXMLInSlices(editor)).toContain('name="Упорядочено перед записью"');
  });

  it('gives the page its turn after a saveXML.start that used up the slice, before writing anything', async () => {
    const { moddle, definitions, eventBus, editor } = await editorOf(readFixture('step-data.bpmn'));
    let turnTaken = false;
    const seenAtWriting: boolean[] = [];
    eventBus.on('saveXML.start', () => {
      // Another task queued while the slow DI ordering runs (an input event, a frame)…
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        turnTaken = true;
        channel.port1.close();
      };
      channel.port2.postMessage(null);
      const until = performance.now() + 15;
      while (performance.now() < until);
    });
    eventBus.on('saveXML.serialized', () => void seenAtWriting.push(turnTaken));
    // …runs before the writing: the small diagram is written in one slice of 8 ms, after it.
    expect(await saveXMLInSlices(editor, { budgetMs: 8 })).toBe((await moddle.toXML(definitions, { format: true })).xml);
    expect(seenAtWriting).toEqual([true]);
  });

  it('starts over when the diagram changes between slices, so the text is never half old, half new', async () => {
    const { moddle, definitions, eventBus, editor, task } = await editorOf(readFixture('step-data.bpmn'));
    let starts = 0;
    eventBus.on('saveXML.start', () => {
      starts += 1;
      // An edit lands while the first run is paused: the name changes and the command stack says so.
      if (starts === 1)
        void Promise.resolve().then(() => {
          task().name = 'Новое имя';
          eventBus.fire('commandStack.changed', {});
        });
    });
    const xml = await saveXMLInSlices(editor, { budgetMs: 0 });
    expect(starts).toBe(2);
    expect(xml).toContain('name="Новое имя"');
    expect(xml).toBe((await moddle.toXML(definitions, { format: true })).xml);
  });

  it('finishes in one go after the restarts it allows, so constant editing still saves', async () => {
    const { eventBus, editor, task } = await editorOf(readFixture('step-data.bpmn'));
    let starts = 0;
    eventBus.on('saveXML.start', () => {
      starts += 1;
      void Promise.resolve().then(() => {
        task().name = `Правка ${starts}`;
        eventBus.fire('commandStack.changed', {});
      });
    });
    const xml = await saveXMLInSlices(editor, { budgetMs: 0, maxRestarts: 2 });
    expect(starts).toBe(3);
    expect(xml).toContain('name="Правка 2"');
  });
  it('hands out the text in the pieces it appended, none of them long: whole writes, splices of the last text and restarts alike', async () => {
    const parts = await editorOf(generateDiagram(300));
    const editor = { ...parts.editor, get: <T,>(name: string) => (name === 'eventBus' ? parts.eventBus : name === 'saveTracking' ? {} : null) as T };
    const tracked = writtenSubtreesOf(parts.definitions as never, true);
    const expected = async () => (await parts.moddle.toXML(parts.definitions, { format: true })).xml;
    const pieces = new TextPieces();
    const inPieces = () => ({ joined: pieces.list().join(''), longest: Math.max(...pieces.list().map((piece) => piece.length)) });

    const first = await saveXMLInSlices(editor, { budgetMs: 0, pieces });
    expect(first.length).toBeGreaterThan(1 << 17);
    expect(inPieces()).toEqual({ joined: first, longest: expect.any(Number) as number });
    expect(inPieces().longest).toBeLessThan(1 << 16);

    // One task renamed and the tracking told, as SaveTracking does: the process is spliced from the last text.
    parts.task().name = 'Переименовано';
    tracked.suspect(parts.task() as never);
    const second = await saveXMLInSlices(editor, { budgetMs: 0, pieces });
    expect(second).toBe(await expected());
    expect(inPieces().joined).toBe(second);
    expect(inPieces().longest).toBeLessThan(1 << 16);

    // An edit while the write is paused: it starts over, and so do its pieces.
    let starts = 0;
    parts.eventBus.on('saveXML.start', () => {
      starts += 1;
      if (starts === 1)
        void Promise.resolve().then(() => {
          parts.task().name = 'Во время записи';
          tracked.suspect(parts.task() as never);
          parts.eventBus.fire('commandStack.changed', {});
        });
    });
    const third = await saveXMLInSlices(editor, { budgetMs: 0, pieces });
    expect(starts).toBe(2);
    expect(third).toBe(await expected());
    expect(inPieces().joined).toBe(third);
  });

  it('leaves no pieces of a text that a saveXML.serialized listener replaced', async () => {
    const { eventBus, editor } = await editorOf(readFixture('step-data.bpmn'));
    eventBus.on('saveXML.serialized', () => '<replaced/>');
    const pieces = new TextPieces();
    expect(await saveXMLInSlices(editor, { pieces })).toBe('<replaced/>');
    expect(pieces.list()).toEqual([]);
  });

  it('a write at once while a sliced one is paused (a tab closing) writes the latest state, and so does the sliced one', async () => {
    // Large enough that the sliced write is still under way after a few turns (a step is a few dozen elements).
    const { moddle, definitions, eventBus, editor } = await editorOf(generateDiagram(3000));
    const tasks = (definitions as unknown as { rootElements: { flowElements: { $type: string; name?: string }[] }[] }).rootElements[0]!.flowElements.filter((e) => e.$type.endsWith('Task'));
    let starts = 0;
    eventBus.on('saveXML.start', () => void (starts += 1));
    await saveXMLInSlices(editor, { budgetMs: 0 });
    for (let round = 0; round < 5; round++) {
      starts = 0;
      tasks[round]!.name = `До ${round}`;
      const sliced = saveXMLInSlices(editor, { budgetMs: 0, maxRestarts: 10 });
      // Paused after a few slices (every step is one, even when reused): the edit lands mid-write.
      for (let turn = 0; turn < round; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
      tasks[round + 50]!.name = `Перед закрытием ${round}`;
      eventBus.fire('commandStack.changed', {});
      const expected = (await moddle.toXML(definitions, { format: true })).xml;
      expect(saveXMLNow(editor)).toBe(expected);
      expect(await sliced).toBe(expected);
      // The sliced write was under way when the edit came: it started over (1 + the write at once + 1).
      expect(starts).toBe(3);
    }
  });
});

describe('prepareSaves', () => {
  /** Idle periods run by hand, each with 5 ms to spare. */
  function idleByHand() {
    let next = 1;
    const waiting = new Map<number, IdleRequestCallback>();
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => (waiting.set(next, callback), next++));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => waiting.delete(handle));
    return {
      get waiting() {
        return waiting.size;
      },
      runOne() {
        const [handle, callback] = [...waiting][0]!;
        waiting.delete(handle);
        const end = performance.now() + 5;
        callback({ didTimeout: false, timeRemaining: () => Math.max(0, end - performance.now()) });
      },
    };
  }
  afterEach(() => void vi.unstubAllGlobals());

  it('writes the diagram in idle periods until done, and the next save writes what moddle writes', async () => {
    const idle = idleByHand();
    const { moddle, definitions, eventBus, editor, task } = await editorOf(readFixture('step-data.bpmn'));
    let starts = 0;
    eventBus.on('saveXML.start', () => void (starts += 1));
    prepareSaves(editor);
    expect(starts).toBe(0);
    let periods = 0;
    while (idle.waiting > 0 && periods < 1000) {
      idle.runOne();
      periods += 1;
    }
    expect(idle.waiting).toBe(0);
    expect(starts).toBe(1);
    task().name = 'После подготовки';
    expect(await saveXMLInSlices(editor)).toBe((await moddle.toXML(definitions, { format: true })).xml);
  });

  it('uses at most 8 ms of an idle period of 50, so no period becomes a long task', async () => {
    // given: a clock that moves 1 ms each time it is read, and idle periods of 50 ms
    let next = 1;
    const waiting = new Map<number, IdleRequestCallback>();
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => (waiting.set(next, callback), next++));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => waiting.delete(handle));
    const { editor } = await editorOf(readFixture('step-data.bpmn'));
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
    prepareSaves(editor);
    const spans: number[] = [];

    // when
    while (waiting.size > 0 && spans.length < 10_000) {
      const [handle, callback] = [...waiting][0]!;
      waiting.delete(handle);
      const [began, end] = [now, now + 50];
      callback({ didTimeout: false, timeRemaining: () => Math.max(0, end - performance.now()) });
      spans.push(now - began);
    }

    // then
    expect(waiting.size).toBe(0);
    expect(spans.length).toBeGreaterThan(1);
    expect(Math.max(...spans)).toBeLessThanOrEqual(12);
  });

  it('writes in background tasks of at most 8 ms where the browser schedules tasks by priority, and an edit drops the one waiting', async () => {
    // given: a task scheduler run by hand, and a clock that moves 1 ms each time it is read
    const queued: { run: () => void; priority: string | undefined; signal: AbortSignal | undefined }[] = [];
    vi.stubGlobal('scheduler', {
      postTask: (run: () => void, options: { priority?: string; signal?: AbortSignal } = {}) => {
        queued.push({ run, priority: options.priority, signal: options.signal });
        return new Promise(() => undefined);
      },
    });
    vi.stubGlobal('requestIdleCallback', () => {
      throw new Error('an idle callback where a background task would do');
    });
    const { moddle, definitions, eventBus, editor, task } = await editorOf(generateDiagram(200));
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
    let prepared = 0;
    eventBus.on('saveXML.start', () => void (prepared += 1));
    prepareSaves(editor);
    const spans: number[] = [];

    // when
    while (queued.length > 0 && spans.length < 10_000) {
      const next = queued.shift()!;
      expect(next.priority).toBe('background');
      const began = now;
      next.run();
      spans.push(now - began);
    }

    // then: done in several short tasks, and the next save writes what moddle writes
    expect(prepared).toBe(1);
    expect(spans.length).toBeGreaterThan(1);
    expect(Math.max(...spans)).toBeLessThanOrEqual(12);
    vi.mocked(performance.now).mockRestore();
    task().name = 'После подготовки';
    expect(await saveXMLInSlices(editor)).toBe((await moddle.toXML(definitions, { format: true })).xml);

    // and: an edit aborts the task a new preparation left waiting
    prepareSaves(editor);
    eventBus.fire('commandStack.changed', {});
    expect(queued.map((waiting) => waiting.signal?.aborted)).toEqual([true]);
  });

  it('stops at the first edit, and when stopped by its caller', async () => {
    const idle = idleByHand();
    const { eventBus, editor } = await editorOf(readFixture('step-data.bpmn'));
    prepareSaves(editor);
    eventBus.fire('commandStack.changed', {});
    expect(idle.waiting).toBe(0);
    const stop = prepareSaves(editor);
    stop();
    expect(idle.waiting).toBe(0);
  });
});

describe('writeCheckingAll', () => {
  afterEach(() => void vi.unstubAllGlobals());

  /** An editor whose saves trust a tracking of changes that is told nothing: what the check is for. */
  async function trackedEditor() {
    const parts = await editorOf(readFixture('step-data.bpmn'));
    const editor = { ...parts.editor, get: <T,>(name: string) => (name === 'eventBus' ? parts.eventBus : name === 'saveTracking' ? {} : null) as T };
    return { ...parts, editor };
  }

  const idleNow = () => {
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 5 })));
    vi.stubGlobal('cancelIdleCallback', (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle));
  };

  it('finds the change a trusting save missed', async () => {
    idleNow();
    const { moddle, definitions, editor, task } = await trackedEditor();
    const saved = await saveXMLInSlices(editor);
    task().name = 'Не отслежено';
    expect(await saveXMLInSlices(editor)).toBe(saved);
    const whole = await writeCheckingAll(editor);
    expect(whole).toBe((await moddle.toXML(definitions, { format: true })).xml);
    expect(whole).toContain('Не отслежено');
  });

  it('gives up at an edit: its text would be stale', async () => {
    idleNow();
    const { eventBus, editor } = await trackedEditor();
    const checking = writeCheckingAll(editor);
    eventBus.fire('commandStack.changed', {});
    expect(await checking).toBeNull();
  });
});
