import type { BpmnWarning } from '../domain/bpmnWarnings';
import { withHiddenViewer } from './hiddenViewer';
import { importWarnings } from './importWarnings';

/**
 * Renders the XML in a hidden viewer and throws if bpmn-js cannot show it, so that a file
 * which passes the XML checks but would leave a blank canvas never replaces stored work.
 * Reads it as the editor will (with the step-data extension), so the warnings are the editor's.
 */
export function trialImport(xml: string): Promise<BpmnWarning[]> {
  return withHiddenViewer(xml, async (_viewer, warnings) => importWarnings(warnings), true);
}
