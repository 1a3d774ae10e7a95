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

/**
 * `lintText` with the texts kept per rule, key, message and params: the checks of a large diagram give
 * thousands of problems, most of them the same sentence, and each save brings a new list of them.
 */
export function cachedLintText(t: TFunction): (issue: LintIssue) => string {
  const texts = new Map<string, string>();
  return (issue) => {
    const key = JSON.stringify([issue.rule, issue.key, issue.message, issue.params]);
    let text = texts.get(key);
    if (text === undefined) texts.set(key, (text = lintText(t, issue)));
    return text;
  };
}

/** What a rule checks, as the heading of its group of problems (a reengineering rule's message varies per problem). */
export function ruleTitle(t: TFunction, rule: string): string {
  if (rule.startsWith('rw/')) return t(`lint.ruleTitle.${rule.slice(3)}`);
  return t(`lint.rule.${rule}`, { defaultValue: rule });
}
