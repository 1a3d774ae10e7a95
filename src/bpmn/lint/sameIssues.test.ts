import { describe, expect, it } from 'vitest';
import type { LintIssue } from './lintDefinitions';
import { sameIssues } from './sameIssues';

const issue = (elementId: string, params: Record<string, string> = {}): LintIssue => ({ elementId, rule: 'rw/no-executor', category: 'warn', key: 'noExecutor', params, message: 'no executor' });

describe('sameIssues', () => {
  it('takes a new run with the same problems for the same list', () => {
    expect(sameIssues([issue('A', { role: 'r1' }), issue('B')], [issue('A', { role: 'r1' }), issue('B')])).toBe(true);
  });

  it('sees a problem gone, added, moved to another element, or with other params', () => {
    expect(sameIssues([issue('A'), issue('B')], [issue('A')])).toBe(false);
    expect(sameIssues([issue('A')], [issue('B')])).toBe(false);
    expect(sameIssues([issue('A', { role: 'r1' })], [issue('A', { role: 'r2' })])).toBe(false);
    expect(sameIssues([issue('A', { role: 'r1' })], [issue('A', { role: 'r1', unit: 'u' })])).toBe(false);
    expect(sameIssues([issue('A')], [{ ...issue('A'), category: 'error' }])).toBe(false);
  });
});
