import { decodeBpmnBytes, inspectBpmn, type BpmnInspectionResult } from './bpmnFile';

/**
 * The import's checks as the inspection worker runs them (inspection.worker.ts): the file's bytes in,
 * plain data out (the XML to store, the dictionary, warnings, figures). The one parse of the file and
 * everything that reads it happen there, off the main thread.
 */
export const inspectionApi = {
  /** Answers once the worker has loaded this module. */
  ready(): boolean {
    return true;
  },
  inspectBytes(bytes: Uint8Array): Promise<BpmnInspectionResult> {
    return inspectBpmn(decodeBpmnBytes(bytes));
  },
};

export type InspectionApi = typeof inspectionApi;
