import type EventBus from 'diagram-js/lib/core/EventBus';
import { xmlSteps, type ModdleElement } from './slicedWriter';
import type { TextPieces } from './textPieces';
import { WrittenSubtrees } from './writtenSubtrees';

/** What bpmn-js's saveXML needs of an editor (BaseViewer). */
interface SavingEditor {
  get<T>(name: string, strict?: boolean): T;
  getDefinitions(): unknown;
}

export interface SliceOptions {
  /** Work per slice before the page gets the thread back. */
  budgetMs?: number;
  /** Edits that may restart the run before it finishes in one go, so a busy user still gets a save. */
  maxRestarts?: number;
  /** Given, it holds the text in pieces once written (none if a `saveXML.serialized` listener replaced it). */
  pieces?: TextPieces;
}

/** Each diagram's texts from its last save, so the next save writes only what changed (released with the diagram). */
const writtenTrees = new WeakMap<ModdleElement, WrittenSubtrees>();

/** The texts kept of `tree`'s saves; `tracked` for an editor that tells them what its changes touch (`SaveTracking`). */
export function writtenSubtreesOf(tree: ModdleElement, tracked: boolean): WrittenSubtrees {
  let written = writtenTrees.get(tree);
  if (!written) writtenTrees.set(tree, (written = new WrittenSubtrees(tracked)));
  return written;
}

/** The texts kept of the editor's diagram `tree`. */
const writtenOf = (editor: SavingEditor, tree: ModdleElement) => writtenSubtreesOf(tree, editor.get<unknown>('saveTracking', false) !== null);

function stepsFor(editor: SavingEditor, tree: ModdleElement, trust = true, pieces?: TextPieces) {
  return xmlSteps(tree, { format: true, written: writtenOf(editor, tree), trust, pieces });
}

/** The events bpmn-js's saveXML fires around moddle's toXML (BaseViewer#saveXML). */
function start(editor: SavingEditor): ModdleElement {
  const eventBus = editor.get<EventBus>('eventBus');
  const definitions = editor.getDefinitions() as ModdleElement | undefined;
  if (!definitions) throw new Error('no definitions loaded');
  return (eventBus.fire('saveXML.start', { definitions }) as ModdleElement | undefined) ?? definitions;
}

function finish(editor: SavingEditor, serialized: string, pieces?: TextPieces): string {
  const eventBus = editor.get<EventBus>('eventBus');
  const replaced = eventBus.fire('saveXML.serialized', { xml: serialized }) as string | undefined;
  // A listener that wrote another text leaves no pieces of it.
  if (replaced !== undefined) pieces?.clear();
  const xml = replaced ?? serialized;
  eventBus.fire('saveXML.done', { xml });
  return xml;
}

/**
 * `editor.saveXML({ format: true })`, the same text, at once: for a tab that is closing, where only
 * the current task is sure to run. The last write of a session checks every value, trusting no tracking.
 */
export function saveXMLNow(editor: SavingEditor): string {
  const steps = stepsFor(editor, start(editor), false);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return finish(editor, step.value);
}

/** A user-timing mark made when the writing that prepares the saves is done: the bench tells whether it was before an edit. */
export const savesPreparedMark = 'workbench:saves-prepared';

/** A user-timing mark made when an edit during a save's writing makes it start over: the bench counts them. */
export const saveRestartMark = 'workbench:save-restart';

/**
 * `editor.saveXML({ format: true })`, the same text, written in slices of `budgetMs` with the page's
 * thread given back in between (a message-channel turn: not throttled in a hidden tab, unlike a
 * timer), so typing and drawing go on while a large diagram is saved. An edit during the run makes
 * the text stale: the run starts over, and after `maxRestarts` finishes without pausing.
 */
export async function saveXMLInSlices(editor: SavingEditor, { budgetMs = 8, maxRestarts = 2, pieces }: SliceOptions = {}): Promise<string> {
  const eventBus = editor.get<EventBus>('eventBus');
  const run = { changed: false };
  const onChange = () => {
    run.changed = true;
  };
  eventBus.on(['commandStack.changed', 'import.done'], onChange);
  try {
    for (let attempt = 0; ; attempt++) {
      run.changed = false;
      const pausing = attempt < maxRestarts;
      // saveXML.start counts in the first slice: after an append to 20,000 nodes, bpmn-js's DI ordering alone takes
      // tens of milliseconds, and the writing then waits for a turn of its own.
      let sliceStart = performance.now();
      pieces?.clear();
      const steps = stepsFor(editor, start(editor), true, pieces);
      let step: ReturnType<typeof steps.next> | null = null;
      while (!step?.done) {
        if (pausing && performance.now() - sliceStart > budgetMs) {
          await nextTurn();
          if (run.changed) {
            performance.mark(saveRestartMark);
            break;
          }
          sliceStart = performance.now();
        }
        step = steps.next();
      }
      if (step?.done) return finish(editor, step.value, pieces);
    }
  } finally {
    eventBus.off(['commandStack.changed', 'import.done'], onChange);
  }
}

/** Gives the thread back for one turn of the event loop (input, rendering) and resumes right after. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `work` when the page has nothing else to do: a background task of the Prioritized Task Scheduling API, which
 * runs as soon as input, rendering and every other task are done, where an idle callback waited for an idle period
 * (a fifth of the time here: the write that prepares the saves of 20,000 nodes was not done 10 s after the import).
 */
function whenIdle(work: (deadline?: IdleDeadline) => void, signal: AbortSignal): void {
  if (typeof scheduler !== 'undefined' && 'postTask' in scheduler) {
    // Rejects once aborted: the write was stopped, nothing is left to do.
    scheduler.postTask(() => work(), { priority: 'background', signal }).catch(() => undefined);
    return;
  }
  const handle = requestIdleCallback(work);
  signal.addEventListener('abort', () => cancelIdleCallback(handle), { once: true });
}

/** The most a background task or an idle period is used for the writing, as the slices of a save. */
const idleSliceMs = 8;

/**
 * Writes the diagram while the page is idle, in the periods it gets, and tells `done` the text; an edit or a new
 * import stops it first (`done(null)`: the text would be stale), as does calling what it returns.
 */
function writeWhenIdle(editor: SavingEditor, trust: boolean, done: (xml: string | null) => void, pieces?: TextPieces): () => void {
  const eventBus = editor.get<EventBus>('eventBus');
  const cancel = new AbortController();
  const stop = (xml: string | null = null) => {
    cancel.abort();
    eventBus.off(['commandStack.changed', 'import.done'], changed);
    done(xml);
  };
  const changed = () => stop();
  let steps: ReturnType<typeof stepsFor> | null = null;
  const work = (deadline?: IdleDeadline) => {
    if (cancel.signal.aborted) return;
    // An idle period lasts up to 50 ms: used whole, each was a long task to the browser (52-128 ms on 20,000 nodes).
    const until = performance.now() + idleSliceMs;
    steps ??= stepsFor(editor, start(editor), trust, pieces);
    while ((!deadline || deadline.timeRemaining() > 1) && performance.now() < until) {
      const step = steps.next();
      if (step.done) return stop(step.value);
    }
    whenIdle(work, cancel.signal);
  };
  eventBus.on(['commandStack.changed', 'import.done'], changed);
  whenIdle(work, cancel.signal);
  return () => stop();
}

/**
 * Writes the diagram once while the page is idle and keeps only what the next save reuses, so the first
 * save after opening a large diagram also rewrites only what the edit changed. An edit or a new import
 * stops it: the save that follows writes everything, as it would have anyway. `expectedLength` is how long the text
 * is expected to be (the loaded diagram's). Returns the way to stop it.
 */
export function prepareSaves(editor: SavingEditor, expectedLength = 0): () => void {
  const tree = editor.getDefinitions() as ModdleElement | undefined;
  // The length of the diagram's text as it was loaded: whether the texts kept are kept in pieces (`piecesFor`).
  if (tree) writtenOf(editor, tree).textLength ||= expectedLength;
  return writeWhenIdle(editor, true, (xml) => xml !== null && performance.mark(savesPreparedMark));
}

/**
 * The diagram's text written again while the page is idle, every value checked instead of trusting what the
 * editor's tracking (`SaveTracking`) said its changes touched: the check of that tracking. Null when an edit or
 * an import came first (the text would be stale). No save events are fired: nothing is being saved. `pieces`, if
 * given, hold the text as it was appended (`TextPieces`).
 */
export function writeCheckingAll(editor: SavingEditor, pieces?: TextPieces): Promise<string | null> {
  return new Promise((resolve) => writeWhenIdle(editor, false, resolve, pieces));
}
