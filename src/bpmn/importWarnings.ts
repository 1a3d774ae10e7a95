import { classifyWarnings, type BpmnWarning, type RawWarning } from '../domain/bpmnWarnings';

/**
 * bpmn-js declares its import warnings as strings but hands over Error objects (and the parser's
 * warnings as plain objects); this sorts either into the kinds the UI names.
 */
export function importWarnings(warnings: readonly unknown[]): BpmnWarning[] {
  return classifyWarnings(
    warnings.map((warning): RawWarning => (typeof warning === 'object' && warning !== null && 'message' in warning ? (warning as RawWarning) : { message: String(warning) })),
  );
}
