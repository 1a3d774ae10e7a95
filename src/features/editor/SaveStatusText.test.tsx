// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { createStore } from 'zustand';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../app/i18n';
import { SaveStatusText, SessionSaveStatus } from './SaveStatusText';
import type { SaveState } from './session/saveState';

/** What the status painted: jsdom has no canvas (nor a worker to hand it to), so a context that records the calls stands in for it. */
let painted: string[] = [];

describe('SaveStatusText', () => {
  beforeAll(() => initI18n('ru'));
  beforeEach(() => {
    painted = [];
    const context = {
      canvas: { width: 0, height: 0 },
      font: '',
      fillStyle: '',
      textAlign: '',
      textBaseline: '',
      setTransform: () => undefined,
      clearRect: () => undefined,
      measureText: (text: string) => ({ width: text.length * 7 }),
      fillText: (text: string) => void painted.push(text),
    };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
    vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener: () => undefined, removeEventListener: () => undefined }));
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('paints the current status, and names it for a screen reader', () => {
    render(<SaveStatusText status="pending" />);
    expect(screen.getByRole('status').contains(screen.getByRole('img', { name: 'Есть несохранённые изменения' }))).toBe(true);
    expect(painted.at(-1)).toBe('Есть несохранённые изменения');
  });

  it('is as wide as the widest text a save shows, whichever it shows now', () => {
    render(<SaveStatusText status="saved" />);
    // «Есть несохранённые изменения», 28 characters of 7 px in the stand-in context, and a pixel to spare.
    expect(screen.getByTestId('save-status').style.width).toBe(`${28 * 7 + 1}px`);
  });

  it('changes only the name and the pixels when the status changes, so the page is neither laid out nor repainted', async () => {
    const { rerender } = render(<SaveStatusText status="pending" />);
    const status = screen.getByRole('status');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(status, { subtree: true, childList: true, characterData: true, attributes: true });
    rerender(<SaveStatusText status="saved" />);
    await Promise.resolve();
    observer.disconnect();
    expect(screen.getByRole('img', { name: 'Сохранено' })).toBe(screen.getByTestId('save-status'));
    expect(painted.at(-1)).toBe('Сохранено');
    expect(changes.map((c) => [c.type, c.attributeName])).toEqual([['attributes', 'aria-label']]);
  });

  it('shows a rare status (a failed save, a conflict) as text on its own, so the toolbar need not keep room for it', () => {
    render(<SaveStatusText status="conflict" />);
    expect(screen.getByRole('status').textContent).toBe('Конфликт версий — только просмотр');
  });

  it("follows its session's saves by itself; a conflict or text left in a box outweighs them", () => {
    const saves = createStore<SaveState>(() => ({ status: 'pending', content: null }));
    const { rerender } = render(<SessionSaveStatus session={{ saves, conflict: null, drafted: false }} />);
    expect(screen.getByTestId('save-status').getAttribute('aria-label')).toBe('Есть несохранённые изменения');
    act(() => saves.setState({ status: 'saved' }));
    expect(screen.getByTestId('save-status').getAttribute('aria-label')).toBe('Сохранено');
    rerender(<SessionSaveStatus session={{ saves, conflict: null, drafted: true }} />);
    expect(screen.getByTestId('save-status').getAttribute('aria-label')).toBe('Есть несохранённые изменения');
    rerender(<SessionSaveStatus session={{ saves, conflict: { mineXml: '', keptAsVersionId: 'v' } as never, drafted: false }} />);
    expect(screen.getByRole('status').textContent).toBe('Конфликт версий — только просмотр');
  });
});
