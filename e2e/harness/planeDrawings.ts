/**
 * Test-only entry, built by e2e/support/harness.ts into an IIFE that a blank page loads: the app's editor
 * (createBpmnEditor) importing one file, and what of it is drawn when. Never part of the app build.
 */
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type { Element } from 'diagram-js/lib/model/Types';
import { createBpmnEditor } from '../../src/bpmn/createEditor';

export interface PlaneDrawings {
  /** Elements on the canvas, roots aside. */
  elements: number;
  /** Of those, on the root shown, not drawn when the import is done. */
  shownUndrawn: number;
  /** On the other planes, not drawn when the import is done. */
  otherUndrawn: number;
  /** Any, not drawn a few seconds later. */
  undrawnLater: number;
}

export async function planeDrawings(xml: string): Promise<PlaneDrawings> {
  const container = document.body.appendChild(document.createElement('div'));
  container.style.cssText = 'width: 1280px; height: 800px';
  const editor = createBpmnEditor({ container, language: 'ru', readOnly: false });
  await editor.importXML(xml);
  const registry = editor.get<ElementRegistry>('elementRegistry');
  const canvas = editor.get<Canvas>('canvas');
  const shown = canvas.getRootElement();
  const elements = registry.getAll().filter((element): element is Element => 'parent' in element && !!element.parent);
  const undrawn = (element: Element) => registry.getGraphics(element).querySelector(':scope > .djs-visual')?.childElementCount === 0;
  const drawings = {
    elements: elements.length,
    shownUndrawn: elements.filter((element) => canvas.findRoot(element) === shown && undrawn(element)).length,
    otherUndrawn: elements.filter((element) => canvas.findRoot(element) !== shown && undrawn(element)).length,
  };
  for (let waited = 0; waited < 10_000 && elements.some(undrawn); waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  const undrawnLater = elements.filter(undrawn).length;
  editor.destroy();
  container.remove();
  return { ...drawings, undrawnLater };
}
