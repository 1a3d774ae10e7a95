// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../app/i18n';
import type { LintIssue } from '../../bpmn/lint/lintDefinitions';
import { ProblemGroupView } from './ProblemGroupView';

const issues = (count: number): LintIssue[] =>
  Array.from({ length: count }, (_, index) => ({ elementId: `Task_${index}`, rule: 'label-required', category: 'error', key: 'label-required', params: {}, message: 'Element is missing label/name' }));

function renderGroup(count: number) {
  const group = { rule: 'label-required', category: 'error' as const, issues: issues(count) };
  return render(<ProblemGroupView group={group} shown={group.issues} labelOf={(issue) => issue.elementId} onReveal={() => undefined} onMute={() => undefined} />);
}

const lines = () => document.querySelectorAll('.problems__item').length;

describe('ProblemGroupView', () => {
  beforeAll(() => initI18n('ru'));
  afterEach(cleanup);

  it('lists a short group unfolded, whole', () => {
    renderGroup(4);
    expect(lines()).toBe(4);
    expect(screen.queryByRole('button', { name: /Показать ещё/ })).toBeNull();
  });

  it('lists nothing while a long group is folded, then its lines a hundred at a time', () => {
    // given
    const { container } = renderGroup(250);
    expect(lines()).toBe(0);

    // when: unfolded
    const details = container.querySelector('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));

    // then
    expect(lines()).toBe(100);
    fireEvent.click(screen.getByRole('button', { name: 'Показать ещё 100' }));
    expect(lines()).toBe(200);
    fireEvent.click(screen.getByRole('button', { name: 'Показать ещё 50' }));
    expect(lines()).toBe(250);
    expect(screen.queryByRole('button', { name: /Показать ещё/ })).toBeNull();
  });
});
