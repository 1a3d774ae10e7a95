import type { ModdleElement } from 'bpmn-moddle';
import { collectProcesses } from '../../domain/bpmnFile';
import { flowElementsDeep } from '../../domain/moddleLists';

/** The rules that judge a finished model: while the first steps are being drawn they only say "not finished yet". */
export const completenessRules: readonly string[] = ['end-event-required', 'start-event-required', 'no-implicit-end', 'no-implicit-start', 'no-disconnected', 'label-required'];

/** A diagram of no more flow nodes than this and no end event is still being started. */
const startedNodes = 5;

/**
 * A diagram someone has just begun: no end event yet and only the first few elements (a new
 * variant is one start event). It gets one hint instead of a list of errors about what is not
 * drawn yet; past that size a missing end is a real problem again.
 */
export function isJustStarted(definitions: ModdleElement): boolean {
  const nodes = collectProcesses(definitions)
    .flatMap(flowElementsDeep)
    .filter((e) => e.$instanceOf('bpmn:FlowNode'));
  return nodes.length <= startedNodes && !nodes.some((e) => e.$instanceOf('bpmn:EndEvent'));
}
