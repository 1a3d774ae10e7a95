import type { BpmnEditor } from './createEditor';

/**
 * Imports `xml` showing its diagram `diagramId` (one of several a file may have), or the first when
 * none is asked for or the file no longer has it (it was replaced by another file).
 */
export async function importShowing(editor: BpmnEditor, xml: string, diagramId: string | undefined) {
  if (!diagramId) return editor.importXML(xml);
  try {
    return await editor.importXML(xml, diagramId);
  } catch (error) {
    if (error instanceof Error && /^BPMNDiagram <.*> not found$/.test(error.message)) return editor.importXML(xml);
    throw error;
  }
}
