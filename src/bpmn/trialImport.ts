import Viewer from 'bpmn-js/lib/Viewer';
import type { BpmnWarning } from '../domain/bpmnWarnings';
import { stepDataDescriptor } from '../domain/stepData/stepData';
import { importWarnings } from './importWarnings';

/**
 * Renders the XML in a hidden viewer and throws if bpmn-js cannot show it, so that a file
 * which passes the XML checks but would leave a blank canvas never replaces stored work.
 * Reads it as the editor will (with the step-data extension), so the warnings are the editor's.
 */
export async function trialImport(xml: string): Promise<BpmnWarning[]> {
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-10000px;top:0;width:800px;height:600px;visibility:hidden';
  document.body.appendChild(host);
  const viewer = new Viewer({ container: host, moddleExtensions: { rw: stepDataDescriptor } });
  try {
    const { warnings } = await viewer.importXML(xml);
    return importWarnings(warnings);
  } finally {
    viewer.destroy();
    host.remove();
  }
}
