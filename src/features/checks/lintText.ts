import type { TFunction } from 'i18next';
import type { LintIssue } from '../../bpmn/lint/lintDefinitions';

/** The i18next context of a reengineering rule's message: which variant of the sentence fits the params. */
function contextOf(issue: LintIssue): string | undefined {
  if (issue.key === 'onceOnly') return issue.params.executor ? 'executor' : undefined;
  return issue.params.collegial === 'true' ? 'collegial' : issue.params.approval === 'true' ? 'approval' : undefined;
}

/** The issue's message in the UI language: a reengineering rule's key with its params, or a recommended rule's title. */
export function lintText(t: TFunction, issue: LintIssue): string {
  if (issue.rule.startsWith('rw/') || issue.key === 'ruleFailed') {
    return t(`lint.${issue.key}`, { message: issue.message, ...issue.params, context: contextOf(issue) });
  }
  return t(`lint.rule.${issue.key}`, { defaultValue: issue.message });
}

/** What a rule checks, as the heading of its group of problems (a reengineering rule's message varies per problem). */
export function ruleTitle(t: TFunction, rule: string): string {
  if (rule.startsWith('rw/')) return t(`lint.ruleTitle.${rule.slice(3)}`);
  return t(`lint.rule.${rule}`, { defaultValue: rule });
}
