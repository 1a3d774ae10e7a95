import type { BpmnEditor } from '../../bpmn/createEditor';
import { downloadBlob, safeFileName } from './download';

export type DiagramFormat = 'bpmn' | 'svg' | 'png';

/**
 * `prepareXml` lets the caller add what travels with the file, such as the dictionary entries it uses;
 * `withBadges` draws the step badges into an image (they are overlays on the canvas, not in its SVG).
 */
export async function exportDiagram(editor: BpmnEditor, format: DiagramFormat, baseName: string, prepareXml = async (xml: string) => xml, withBadges = false): Promise<void> {
  const name = `${safeFileName(baseName)}.${format}`;
  if (format === 'bpmn') {
    const { xml } = await editor.saveXML({ format: true });
    downloadBlob(new Blob([await prepareXml(xml ?? '')], { type: 'application/xml' }), name);
    return;
  }
  const badges = editor.get<{ inExport: boolean }>('stepBadges');
  badges.inExport = withBadges;
  const { svg } = await editor.saveSVG().finally(() => (badges.inExport = false));
  if (format === 'svg') downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), name);
  else downloadBlob(await svgToPng(svg), name);
}

/** Draws the SVG on a canvas at twice its size, on white, so the PNG stays sharp in documents. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The SVG could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.ceil(image.width * scale));
    canvas.height = Math.max(1, Math.ceil(image.height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
