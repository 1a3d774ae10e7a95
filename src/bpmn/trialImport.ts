import { withHiddenViewer } from './hiddenViewer';
import { importWarningTexts } from './importWarnings';

/**
 * Renders the XML in a hidden viewer and throws if bpmn-js cannot show it, so that a file
 * which passes the XML checks but would leave a blank canvas never replaces stored work.
 */
export function trialImport(xml: string): Promise<string[]> {
  return withHiddenViewer(xml, async (_viewer, warnings) => importWarningTexts(warnings));
}
