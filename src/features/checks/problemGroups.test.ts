import { describe, expect, it } from 'vitest';
import type { LintIssue } from '../../bpmn/lint/lintDefinitions';
import { groupProblems, shownProblems } from './problemGroups';

const problem = (rule: string, elementId: string, category: LintIssue['category'] = 'warn'): LintIssue => ({ elementId, rule, category, key: rule, params: {}, message: rule });

describe('the checks panel', () => {
  const issues = [
    problem('rw/executor-required', 'A'),
    problem('no-implicit-end', 'B', 'error'),
    problem('rw/executor-required', 'C'),
    problem('label-required', 'D', 'error'),
    problem('label-required', 'E', 'error'),
    problem('rw/just-started', '', 'info'),
    problem('superfluous-gateway', 'F'),
  ];

  it('groups problems by rule and severity, errors first and the largest groups first, hints apart', () => {
    const { hints, groups } = groupProblems(issues, []);
    expect(hints.map((h) => h.rule)).toEqual(['rw/just-started']);
    expect(groups.map((g) => [g.category, g.rule, g.issues.map((i) => i.elementId).join('')])).toEqual([
      ['error', 'label-required', 'DE'],
      ['error', 'no-implicit-end', 'B'],
      ['warn', 'rw/executor-required', 'AC'],
      ['warn', 'superfluous-gateway', 'F'],
    ]);
  });

  it('leaves out the rules the project switched off, saying how many problems each holds back', () => {
    const { groups, muted } = groupProblems(issues, ['rw/executor-required', 'fake-join']);
    expect(groups.map((g) => g.rule)).not.toContain('rw/executor-required');
    expect(muted).toEqual([{ rule: 'rw/executor-required', count: 2 }]);
    expect(shownProblems(issues, ['rw/executor-required']).map((i) => i.elementId)).toEqual(['B', 'D', 'E', 'F']);
  });
});
