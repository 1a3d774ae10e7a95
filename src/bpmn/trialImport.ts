import Viewer from 'bpmn-js/lib/Viewer';
import { importWarningTexts } from './importWarnings';

/**
 * Renders the XML in a hidden viewer and throws if bpmn-js cannot show it, so that a file
 * which passes the XML checks but would leave a blank canvas never replaces stored work.
 */
export async function trialImport(xml: string): Promise<string[]> {
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-10000px;top:0;width:800px;height:600px;visibility:hidden';
  document.body.appendChild(host);
  const viewer = new Viewer({ container: host });
  try {
    const { warnings } = await viewer.importXML(xml);
    return importWarningTexts(warnings);
  } finally {
    viewer.destroy();
    host.remove();
  }
}
