/**
 * Test-only entry, built by e2e/support/harness.ts into an IIFE that a blank page loads: the app's editor
 * (createBpmnEditor) importing one file, what of it is on the canvas and drawn when, and how that compares
 * with plain bpmn-js's import of the same file. Never part of the app build.
 */
import Modeler from 'bpmn-js/lib/Modeler';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type { Element } from 'diagram-js/lib/model/Types';
import { createBpmnEditor, type BpmnEditor } from '../../src/bpmn/createEditor';

export interface PlaneDrawings {
  /** Elements on the canvas when the import is done, roots aside: on the root shown, and on the other planes. */
  shownAtImport: number;
  otherAtImport: number;
  /** Of those on the root shown, not drawn when the import is done. */
  shownUndrawn: number;
  /** Elements on the canvas a few seconds later, roots aside, and of those not drawn. */
  elementsLater: number;
  undrawnLater: number;
  /** Then, what differs from plain bpmn-js's import of the file: an element's id, root, parent, place or size, or one only either has. */
  unlikePlain: string[];
  /** The import's warnings in plain bpmn-js and, in the app's editor, those of the import with those of the planes added after it. */
  plainWarnings: number;
  warnings: number;
}

const isElement = (element: unknown): element is Element => typeof element === 'object' && element !== null && 'parent' in element && !!(element as Element).parent;

/** Each element of the editor as a line: id, root, parent, place and size (what an import decides). */
function described(editor: BpmnEditor): Map<string, string> {
  const canvas = editor.get<Canvas>('canvas');
  const lines = new Map<string, string>();
  for (const element of editor.get<ElementRegistry>('elementRegistry').getAll()) {
    if (!isElement(element)) continue;
    const { x, y, width, height, waypoints } = element as Element & { x?: number; y?: number; width?: number; height?: number; waypoints?: { x: number; y: number }[] };
    const place = waypoints ? waypoints.map((p) => `${p.x},${p.y}`).join(' ') : `${x},${y} ${width}x${height}`;
    lines.set(element.id, `${element.id} in ${canvas.findRoot(element)?.id} under ${element.parent?.id} at ${place}`);
  }
  return lines;
}

function hostOnPage(): HTMLElement {
  const container = document.body.appendChild(document.createElement('div'));
  container.style.cssText = 'width: 1280px; height: 800px';
  return container;
}

/** What may reach the planes' elements, done right after the import, before any of them is on the canvas. */
export type PlaneReach = 'search' | 'drillDown' | 'deleteAndUndo' | 'copy';

export interface PlanesReached {
  /** Elements on the canvas just before, roots aside. */
  before: number;
  /** Just after, in the same task. */
  after: number;
  /** Then, what differs from plain bpmn-js's import of the file (as `unlikePlain` above). */
  unlikePlain: string[];
}

/** The app's editor imports `xml`, then at once, in the same task, does `reach` with the first collapsed sub-process. */
export async function planesReached(xml: string, reach: PlaneReach): Promise<PlanesReached> {
  const container = hostOnPage();
  const editor = createBpmnEditor({ container, language: 'ru', readOnly: false });
  await editor.importXML(xml);
  const registry = editor.get<ElementRegistry>('elementRegistry');
  const count = () => registry.getAll().filter(isElement).length;
  const before = count();
  const subProcess = registry.filter((element) => (element as Element & { type?: string }).type === 'bpmn:SubProcess')[0] as Element;
  if (reach === 'search') editor.get<{ open(): void }>('searchPad').open();
  if (reach === 'drillDown') editor.get<Canvas>('canvas').setRootElement(editor.get<Canvas>('canvas').findRoot(`${subProcess.id}_plane`)!);
  if (reach === 'copy') editor.get<{ copy(elements: Element[]): void }>('copyPaste').copy([subProcess]);
  if (reach === 'deleteAndUndo') {
    editor.get<{ removeElements(elements: Element[]): void }>('modeling').removeElements([subProcess]);
    editor.get<{ undo(): void }>('commandStack').undo();
  }
  const after = count();
  const ours = described(editor);
  editor.destroy();
  container.remove();
  return { before, after, unlikePlain: unlike(ours, (await plainImport(xml)).elements) };
}

/** Plain bpmn-js's import of `xml`: its elements described as `described` does, and its warnings. */
async function plainImport(xml: string): Promise<{ elements: Map<string, string>; warnings: number }> {
  const container = hostOnPage();
  const plain = new Modeler({ container });
  const { warnings } = await plain.importXML(xml);
  const elements = described(plain);
  plain.destroy();
  container.remove();
  return { elements, warnings: warnings.length };
}

function unlike(ours: Map<string, string>, theirs: Map<string, string>): string[] {
  return [...new Set([...ours.keys(), ...theirs.keys()])].filter((id) => ours.get(id) !== theirs.get(id)).map((id) => `${ours.get(id) ?? '—'} / ${theirs.get(id) ?? '—'}`);
}

/** `untilDrawn`: waits (up to 10 s) until every element is drawn; an element of the root shown far from the view never is. */
export async function planeDrawings(xml: string, untilDrawn = true): Promise<PlaneDrawings> {
  const container = hostOnPage();
  const editor = createBpmnEditor({ container, language: 'ru', readOnly: false });
  const { warnings: importWarnings } = await editor.importXML(xml);
  const lateWarnings = editor.get<{ whenImported(): Promise<unknown[]> }>('deferredPlanes').whenImported();
  const registry = editor.get<ElementRegistry>('elementRegistry');
  const canvas = editor.get<Canvas>('canvas');
  const shown = canvas.getRootElement();
  const atImport = registry.getAll().filter(isElement);
  const undrawn = (element: Element) => registry.getGraphics(element).querySelector(':scope > .djs-visual')?.childElementCount === 0;
  const later = () => registry.getAll().filter(isElement);
  const warnings = importWarnings.length + (await lateWarnings).length;
  for (let waited = 0; untilDrawn && waited < 10_000 && later().some(undrawn); waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  const ours = described(editor);
  const plain = await plainImport(xml);
  const result = {
    shownAtImport: atImport.filter((element) => canvas.findRoot(element) === shown).length,
    otherAtImport: atImport.filter((element) => canvas.findRoot(element) !== shown).length,
    shownUndrawn: atImport.filter((element) => canvas.findRoot(element) === shown && undrawn(element)).length,
    elementsLater: later().length,
    undrawnLater: later().filter(undrawn).length,
    unlikePlain: unlike(ours, plain.elements),
    plainWarnings: plain.warnings,
    warnings,
  };
  editor.destroy();
  container.remove();
  return result;
}
