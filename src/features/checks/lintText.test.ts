import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { recommendedRuleKeys, reengineeringRules, type LintIssue } from '../../bpmn/lint/lintDefinitions';
import { languages, resources } from '../../app/i18n';
import { cachedLintText, lintText } from './lintText';

async function translator(language: string) {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, interpolation: { escapeValue: false } });
  return instance.t;
}

const issue = (rule: string, key: string, params: Record<string, string> = {}): LintIssue => ({ elementId: 'Task_1', rule, category: 'warn', key, params, message: `english text of ${rule}` });

describe('lintText', () => {
  it.each(languages)('gives every recommended rule its own %s title, never bpmnlint’s English', async (language) => {
    const t = await translator(language);
    for (const rule of recommendedRuleKeys) {
      const text = lintText(t, issue(rule, rule));
      expect(text, rule).not.toBe(`english text of ${rule}`);
      expect(text, rule).not.toContain('lint.rule');
    }
  });

  it.each(languages)('fills the params of every reengineering rule in %s', async (language) => {
    const t = await translator(language);
    const params = { field: 'ИИН', fieldId: 'f1', system: 'ГБД ФЛ', systemId: 's1', document: 'Справка', documentId: 'd1', approval: 'true', collegial: 'false' };
    for (const [rule, { key }] of Object.entries(reengineeringRules)) {
      const text = lintText(t, issue(rule, key, params));
      expect(text, rule).not.toMatch(/lint\.|\{\{/);
      if (key === 'onceOnly') expect(text).toContain('ИИН');
      if (key === 'paperCouldBeInformation') expect(text).toContain('Справка');
    }
  });

  it('says who types a field a system holds, and puts names in quotes after a noun', async () => {
    const t = await translator('ru');
    const params = { field: 'ИИН', fieldId: 'f1', system: 'Медицинская информационная система', systemId: 's1' };
    expect(lintText(t, issue('rw/once-only', 'onceOnly', { ...params, executor: 'Оператор ЦОН' }))).toBe(
      'Исполнитель «Оператор ЦОН» вводит поле «ИИН» вручную, хотя эти данные есть в системе «Медицинская информационная система»: нарушен принцип однократности',
    );
    expect(lintText(t, issue('rw/once-only', 'onceOnly', { ...params, executor: '' }))).toMatch(/^Поле «ИИН» вводится вручную, хотя эти данные есть в системе «Медицинская/);
  });

  it('names which decision was kept without a justification', async () => {
    const t = await translator('ru');
    const approval = lintText(t, issue('rw/approval-justified', 'approvalJustified', { approval: 'true', collegial: 'false' }));
    const collegial = lintText(t, issue('rw/approval-justified', 'approvalJustified', { approval: 'false', collegial: 'true' }));
    expect(approval).toMatch(/^Согласование/);
    expect(collegial).toMatch(/^Коллегиальное решение/);
  });

  it('says which check failed and why', async () => {
    const t = await translator('en');
    const failed: LintIssue = { ...issue('rw/once-only', 'ruleFailed', { rule: 'rw/once-only' }), message: 'boom' };
    expect(lintText(t, failed)).toBe('The check rw/once-only failed: boom');
  });

  it('cachedLintText gives lintText’s text, translating each distinct problem once', async () => {
    const t = await translator('ru');
    let calls = 0;
    const counting = ((...args: Parameters<typeof t>) => (calls++, t(...args))) as typeof t;
    const text = cachedLintText(counting);
    const many = Array.from({ length: 50 }, (_, i) => ({ ...issue('label-required', 'label-required'), elementId: `Task_${i}` }));
    const other = issue('rw/once-only', 'onceOnly', { field: 'ИИН', system: 'ГБД ФЛ' });
    expect(many.map(text)).toEqual(many.map((i) => lintText(t, i)));
    expect(text(other)).toBe(lintText(t, other));
    expect(calls).toBe(2);
  });
});

