/**
 * bpmn-js declares its import warnings as strings but hands over Error objects;
 * this turns either into the text shown to the user.
 */
export function importWarningTexts(warnings: readonly unknown[]): string[] {
  return warnings.map((warning) => {
    if (typeof warning === 'object' && warning !== null && 'message' in warning) return String(warning.message);
    return String(warning);
  });
}
