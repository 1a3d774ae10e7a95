import type { TFunction } from 'i18next';
import type { LintIssue } from '../../bpmn/lint/lintDefinitions';

/** The issue's message in the UI language: a reengineering rule's key with its params, or a recommended rule's title. */
export function lintText(t: TFunction, issue: LintIssue): string {
  if (issue.rule.startsWith('rw/') || issue.key === 'ruleFailed') {
    const context = issue.params.collegial === 'true' ? 'collegial' : issue.params.approval === 'true' ? 'approval' : undefined;
    return t(`lint.${issue.key}`, { message: issue.message, ...issue.params, context });
  }
  return t(`lint.rule.${issue.key}`, { defaultValue: issue.message });
}
