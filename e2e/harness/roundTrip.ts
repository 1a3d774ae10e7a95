/**
 * Test-only entry, built by e2e/support/harness.ts into an IIFE that a blank page loads: the app's
 * own import checks and bpmn-js modules, run on one file without the UI. Never part of the app build.
 */
import type { ModdleElement } from 'bpmn-moddle';
import { createBpmnEditor } from '../../src/bpmn/createEditor';
import { decodeBpmnBytes, inspectBpmn, newModdle } from '../../src/domain/bpmnFile';
import { listOf } from '../../src/domain/moddleLists';

export interface DiagramLayout {
  target: string;
  /** Ids of the diagram's shapes and edges (the DI element's id, else the element it draws). */
  entries: string[];
}

export interface RoundTrip {
  refused?: string;
  /** The file's diagrams as the parser reads them. */
  before: DiagramLayout[];
  /** What the editor writes back with each diagram of a process or collaboration shown in turn. */
  after: DiagramLayout[][];
}

async function layoutOf(xml: string): Promise<DiagramLayout[]> {
  const { rootElement } = await newModdle().fromXML(xml);
  return listOf(rootElement, 'diagrams').map((diagram) => {
    const plane = diagram.get('plane') as ModdleElement | undefined;
    return {
      target: (plane?.get('bpmnElement') as ModdleElement | undefined)?.$type ?? '',
      entries: listOf(plane, 'planeElement').map((e) => e.id ?? (e.get('bpmnElement') as ModdleElement | undefined)?.id ?? '?'),
    };
  });
}

export async function roundTrip(base64: string): Promise<RoundTrip> {
  const xml = decodeBpmnBytes(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
  const before = await layoutOf(xml);
  const inspection = await inspectBpmn(xml);
  if (!inspection.ok) return { refused: inspection.error.code, before, after: [] };
  const container = document.createElement('div');
  container.style.cssText = 'width:1000px;height:700px';
  document.body.appendChild(container);
  const editor = createBpmnEditor({ container, language: 'ru', readOnly: false });
  try {
    await editor.importXML(inspection.xml);
    const diagrams = listOf(editor.getDefinitions() as unknown as ModdleElement, 'diagrams');
    const shows = (d: ModdleElement) => ((d.get('plane') as ModdleElement | undefined)?.get('bpmnElement') as ModdleElement | undefined)?.$type ?? '';
    const views = diagrams.filter((d) => /bpmn:(Process|Collaboration)$/.test(shows(d)));
    const after: DiagramLayout[][] = [];
    for (const [index, diagram] of views.entries()) {
      if (index > 0) await editor.open(diagram as never);
      after.push(await layoutOf((await editor.saveXML({ format: true })).xml ?? ''));
    }
    return { before, after };
  } finally {
    editor.destroy();
    container.remove();
  }
}
