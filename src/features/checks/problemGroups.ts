import type { LintIssue } from '../../bpmn/lint/lintDefinitions';

export interface ProblemGroup {
  rule: string;
  category: 'error' | 'warn';
  issues: LintIssue[];
}

export interface GroupedProblems {
  /** Hints, not problems: shown apart and never counted. */
  hints: LintIssue[];
  /** One group per rule and severity: errors first, then the rules with most problems. */
  groups: ProblemGroup[];
  /** Rules switched off in the project that would have spoken, with how many problems they hold back. */
  muted: { rule: string; count: number }[];
}

/** The checks' results as the panel lists them, leaving out the rules the project switched off. */
export function groupProblems(issues: readonly LintIssue[], mutedRules: readonly string[]): GroupedProblems {
  const groups = new Map<string, ProblemGroup>();
  const muted = new Map<string, number>();
  const hints: LintIssue[] = [];
  for (const issue of issues) {
    if (issue.category === 'info') hints.push(issue);
    else if (mutedRules.includes(issue.rule)) muted.set(issue.rule, (muted.get(issue.rule) ?? 0) + 1);
    else {
      const key = `${issue.category} ${issue.rule}`;
      const group = groups.get(key) ?? { rule: issue.rule, category: issue.category, issues: [] };
      group.issues.push(issue);
      groups.set(key, group);
    }
  }
  const order = (g: ProblemGroup) => (g.category === 'error' ? 0 : 1);
  return {
    hints,
    groups: [...groups.values()].sort((a, b) => order(a) - order(b) || b.issues.length - a.issues.length || a.rule.localeCompare(b.rule)),
    muted: mutedRules.filter((rule) => muted.has(rule)).map((rule) => ({ rule, count: muted.get(rule)! })),
  };
}

/** The problems shown on the canvas: those of rules still on, hints left out. */
export function shownProblems(issues: readonly LintIssue[], mutedRules: readonly string[]): (LintIssue & { category: 'error' | 'warn' })[] {
  return issues.filter((issue): issue is LintIssue & { category: 'error' | 'warn' } => issue.category !== 'info' && !mutedRules.includes(issue.rule));
}
