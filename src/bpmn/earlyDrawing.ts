import { createBpmnEditor, type BpmnEditor } from './createEditor';
import type { BpmnLanguage } from './translate';

/** An editor that has drawn an XML off the page, and what its import said. */
export interface DrawnEditor {
  editor: BpmnEditor;
  /** The element the editor was made in, to be put where the editor is shown. */
  host: HTMLDivElement;
  warnings: unknown[];
}

/**
 * A file drawn while its checks run, by an editor such as a variant opens (`createBpmnEditor`),
 * kept off the page. Offered once the checks passed it unchanged, it is taken by the first editor
 * of a variant that loads exactly this XML in this language, instead of drawing the file again.
 */
export interface EarlyDrawing {
  readonly xml: string;
  /** The checks passed the XML unchanged: the next editor that loads it takes this drawing. */
  offer(): void;
  /** Destroys the drawing unless an editor took it; nothing is offered any more. */
  discard(): void;
}

interface Entry {
  xml: string;
  language: BpmnLanguage;
  drawn: Promise<DrawnEditor | null>;
  taken: boolean;
}

const offered = new Set<Entry>();

/** A user-timing mark made when an editor takes an early drawing: the bench and the tests see which way a file was drawn. */
export const earlyDrawingTakenMark = 'workbench:early-drawing-taken';

/**
 * Starts drawing `xml` at once, in an editor whose element is not on the page. bpmn-js's import is
 * one long task of the page's thread; the checks' worker runs meanwhile on the other core.
 */
export function startEarlyDrawing(xml: string, language: BpmnLanguage): EarlyDrawing {
  const { host, editor } = takeSpare(language) ?? offPageEditor(language);
  const destroy = () => {
    editor.destroy();
    host.remove();
  };
  // A failed drawing is taken as none: the variant's own editor draws the file and shows why it failed.
  const drawn = editor.importXML(xml).then(
    ({ warnings }): DrawnEditor => ({ editor, host, warnings }),
    () => {
      destroy();
      return null;
    },
  );
  const entry: Entry = { xml, language, drawn, taken: false };
  let settled = false;
  return {
    xml,
    offer() {
      if (!settled) offered.add(entry);
    },
    discard() {
      if (settled) return;
      settled = true;
      offered.delete(entry);
      if (!entry.taken) void drawn.then((result) => result && destroy());
    },
  };
}

/**
 * The offered drawing of exactly `xml` in `language`, once it is drawn, now owned by the caller; null
 * when there is none (the usual case: no file was just imported) or its drawing failed.
 */
export function takeEarlyDrawing(xml: string, language: BpmnLanguage): Promise<DrawnEditor | null> {
  for (const entry of offered) {
    if (entry.language !== language || entry.xml !== xml) continue;
    offered.delete(entry);
    entry.taken = true;
    performance.mark(earlyDrawingTakenMark);
    return entry.drawn;
  }
  return Promise.resolve(null);
}

function offPageEditor(language: BpmnLanguage): { host: HTMLDivElement; editor: BpmnEditor } {
  const host = document.createElement('div');
  host.className = 'canvas-host';
  return { host, editor: createBpmnEditor({ container: host, language, readOnly: false }) };
}

/** How long an editor made for a file that has not come (the picker was closed) is kept. */
const spareLifetimeMs = 120_000;

let spare: { language: BpmnLanguage; host: HTMLDivElement; editor: BpmnEditor; expiry: ReturnType<typeof setTimeout> } | null = null;
let preparing: ReturnType<typeof setTimeout> | null = null;

/**
 * Makes the editor of the next early drawing while the user picks or drags a file. Made when the file
 * comes, it would be the first thing in the long task that draws it: the first editor of a page takes
 * tens of milliseconds, compiling bpmn-js's modules. Made in a task of its own after the one that
 * asked (the click that opens the picker), and given up when the file comes first.
 */
export function prepareEarlyDrawing(language: BpmnLanguage): void {
  if (preparing !== null) return;
  if (spare?.language === language) {
    clearTimeout(spare.expiry);
    spare.expiry = setTimeout(dropSpare, spareLifetimeMs);
    return;
  }
  preparing = setTimeout(() => {
    preparing = null;
    dropSpare();
    spare = { language, ...offPageEditor(language), expiry: setTimeout(dropSpare, spareLifetimeMs) };
  });
}

function dropSpare() {
  if (!spare) return;
  clearTimeout(spare.expiry);
  spare.editor.destroy();
  spare.host.remove();
  spare = null;
}

/** The prepared editor, when it speaks `language`; one still to be made is not made, the file being here. */
function takeSpare(language: BpmnLanguage): { host: HTMLDivElement; editor: BpmnEditor } | null {
  if (preparing !== null) {
    clearTimeout(preparing);
    preparing = null;
  }
  // The language changed since: an editor made in the new one draws the file, rather than one switched after drawing.
  if (spare?.language !== language) {
    dropSpare();
    return null;
  }
  clearTimeout(spare.expiry);
  const taken = spare;
  spare = null;
  return taken;
}
