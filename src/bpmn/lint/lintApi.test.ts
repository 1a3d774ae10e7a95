import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../test/corpus';
import { lintApi } from './lintApi';

describe('the lint worker’s API', () => {
  it('checks a variant from its XML and answers in plain data', async () => {
    const issues = await lintApi.lintXml(readFixture('lint/executor-required.trigger.bpmn'), { dictionary: [], variantKind: 'asIs' });
    expect(structuredClone(issues)).toEqual(issues);
    expect(issues.some((issue) => issue.rule === 'rw/executor-required')).toBe(true);
  });
});
