import type { LintIssue } from './lintDefinitions';

/** Whether two runs of the checks found the same problems, in the same order. */
export function sameIssues(a: readonly LintIssue[], b: readonly LintIssue[]): boolean {
  return a === b || (a.length === b.length && a.every((issue, i) => sameIssue(issue, b[i]!)));
}

function sameIssue(a: LintIssue, b: LintIssue): boolean {
  if (a.elementId !== b.elementId || a.rule !== b.rule || a.category !== b.category || a.key !== b.key || a.message !== b.message) return false;
  const keys = Object.keys(a.params);
  return keys.length === Object.keys(b.params).length && keys.every((key) => a.params[key] === b.params[key]);
}
