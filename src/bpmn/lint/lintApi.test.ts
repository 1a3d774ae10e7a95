import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../test/corpus';
import { lintApi } from './lintApi';
import type { LintContext } from './lintDefinitions';

const context: LintContext = { dictionary: [], variantKind: 'asIs' };
const rules = (issues: { rule: string }[]) => issues.map((issue) => issue.rule).sort();

describe('the lint worker’s API', () => {
  it('checks a variant from its XML and answers in plain data', async () => {
    const issues = await lintApi.lintXml(readFixture('lint/executor-required.trigger.bpmn'), context);
    expect(structuredClone(issues)).toEqual(issues);
    expect(issues.some((issue) => issue.rule === 'rw/executor-required')).toBe(true);
  });

  it('finds the same problems in a variant parsed ahead as in one parsed when asked', async () => {
    const xml = readFixture('lint/executor-required.trigger.bpmn');
    const parsedWhenAsked = await lintApi.lintXml(xml, context);

    lintApi.prepare(xml);
    const parsedAhead = await lintApi.lintXml(xml, context);

    expect(parsedAhead).toEqual(parsedWhenAsked);
  });

  it('checks the XML it is asked about, not another one parsed ahead', async () => {
    const clean = readFixture('lint/executor-required.clean.bpmn');
    const trigger = readFixture('lint/executor-required.trigger.bpmn');

    lintApi.prepare(trigger);
    const issues = await lintApi.lintXml(clean, context);

    expect(rules(issues)).toEqual(rules(await lintApi.lintXml(clean, context)));
    expect(issues.some((issue) => issue.rule === 'rw/executor-required')).toBe(false);
  });

  it('reports a file that does not parse when its check comes, not when it is parsed ahead', async () => {
    lintApi.prepare('<not-closed');
    await expect(lintApi.lintXml('<not-closed', context)).rejects.toThrow();
  });
});
