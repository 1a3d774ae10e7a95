// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../app/i18n';
import { SaveStatusText } from './SaveStatusText';

describe('SaveStatusText', () => {
  beforeAll(() => initI18n('ru'));
  afterEach(cleanup);

  it('shows the current status alone, to the eye and to a screen reader', () => {
    render(<SaveStatusText status="pending" />);
    expect(screen.getByTestId('save-status').textContent).toBe('Есть несохранённые изменения');
    const shown = screen.getByRole('status').querySelectorAll('[aria-hidden="false"]');
    expect([...shown].map((e) => e.textContent)).toEqual(['Есть несохранённые изменения']);
  });

  it('changes only attributes when the status changes, so the page is repainted, not laid out again', async () => {
    const { rerender } = render(<SaveStatusText status="pending" />);
    const status = screen.getByRole('status');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(status, { subtree: true, childList: true, characterData: true, attributes: true });
    rerender(<SaveStatusText status="saved" />);
    await Promise.resolve();
    observer.disconnect();
    expect(screen.getByTestId('save-status').textContent).toBe('Сохранено');
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.filter((c) => c.type !== 'attributes')).toEqual([]);
    expect(new Set(changes.map((c) => c.attributeName))).toEqual(new Set(['aria-hidden', 'data-testid', 'class']));
  });

  it('shows a rare status (a failed save, a conflict) on its own, so the toolbar need not keep room for it', () => {
    render(<SaveStatusText status="conflict" />);
    expect(screen.getByRole('status').textContent).toBe('Конфликт версий — только просмотр');
  });
});
