import Viewer from 'bpmn-js/lib/Viewer';
import { defineModdlePropertiesFaster } from '../domain/moddleDefine';
import { stepDataDescriptor } from '../domain/stepData/stepData';

/**
 * Draws the XML in a viewer off-screen, hands it to `work`, then removes it: for checking that a
 * file renders, and for drawing a diagram into an exported document.
 */
export async function withHiddenViewer<T>(xml: string, work: (viewer: Viewer, warnings: unknown[]) => Promise<T>, withStepData = false): Promise<T> {
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-10000px;top:0;width:800px;height:600px;visibility:hidden';
  document.body.appendChild(host);
  const viewer = new Viewer({ container: host, ...(withStepData ? { moddleExtensions: { rw: stepDataDescriptor } } : {}) });
  defineModdlePropertiesFaster(viewer.get('moddle'));
  try {
    const { warnings } = await viewer.importXML(xml);
    return await work(viewer, warnings);
  } finally {
    viewer.destroy();
    host.remove();
  }
}

/** The diagram as SVG, as bpmn-js draws it (the plain diagram: no badges or markers). */
export function diagramSvg(xml: string): Promise<string> {
  return withHiddenViewer(xml, async (viewer) => (await viewer.saveSVG()).svg, true);
}
