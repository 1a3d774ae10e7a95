import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../test/corpus';
import { lintApi, unchanged } from './lintApi';
import type { LintIssue } from './lintDefinitions';

describe('the lint worker’s API', () => {
  it('checks a variant from its XML and answers in plain data', async () => {
    const issues = (await lintApi.lintXml(readFixture('lint/executor-required.trigger.bpmn'), { dictionary: [], variantKind: 'asIs' })) as LintIssue[];
    expect(structuredClone(issues)).toEqual(issues);
    expect(issues.some((issue) => issue.rule === 'rw/executor-required')).toBe(true);
  });
});

describe('the lint worker’s answer to an editor', () => {
  const context = { dictionary: [], variantKind: 'asIs' as const };
  it('is “unchanged” when the editor’s last run found the same problems, and the problems when they differ', async () => {
    const trigger = readFixture('lint/executor-required.trigger.bpmn');
    const clean = readFixture('lint/executor-required.clean.bpmn');
    const first = await lintApi.lintXml(trigger, context, 'editor-a');
    expect(Array.isArray(first) && first.length).toBeGreaterThan(0);
    expect(await lintApi.lintXml(trigger, context, 'editor-a')).toBe(unchanged);
    // Another editor's runs are its own.
    expect(await lintApi.lintXml(clean, context, 'editor-b')).not.toBe(unchanged);
    expect(await lintApi.lintXml(trigger, context, 'editor-a')).toBe(unchanged);
    const changed = await lintApi.lintXml(clean, context, 'editor-a');
    expect(changed).not.toBe(unchanged);
    expect((changed as LintIssue[]).some((issue) => issue.rule === 'rw/executor-required')).toBe(false);
  });
});
