// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n, initI18n } from '../../app/i18n';
import { trackPendingWork } from '../../storage/pendingSaves';
import { currentSchemaVersion } from '../../storage/schema';
import { workspaceDb } from '../../storage/workspace';
import { ErrorBoundary } from './ErrorBoundary';

function Broken(): never {
  throw new Error('Отказ отрисовки панели');
}

/** jsdom's Blob has no text(). */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

function renderBrokenPanel() {
  return render(
    <>
      <p>Соседняя панель</p>
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>
    </>,
  );
}

beforeAll(async () => {
  await initI18n('ru');
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  await act(() => i18n.changeLanguage('ru'));
});

describe('ErrorBoundary', () => {
  // React reports every caught error on the console; the tests provoke them on purpose.
  const quietConsole = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);

  it('shows a translated message with Reload and Export my data in place of the failed part only', async () => {
    quietConsole();
    renderBrokenPanel();
    expect(screen.getByRole('alert').textContent).toContain('Эту часть страницы не удалось показать из-за ошибки.');
    expect(screen.getByRole('alert').textContent).toContain('Отказ отрисовки панели');
    expect(screen.getByText('Соседняя панель')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Перезагрузить' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Выгрузить мои данные' })).toBeTruthy();

    await act(() => i18n.changeLanguage('kk'));
    expect(screen.getByRole('alert').textContent).toContain('Беттің бұл бөлігін қатеге байланысты көрсету мүмкін болмады.');
    expect(screen.getByRole('button', { name: 'Қайта жүктеу' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Деректерімді түсіру' })).toBeTruthy();
  });

  it('Reload writes every editor\'s pending edits before the page reloads', async () => {
    quietConsole();
    const steps: string[] = [];
    let finishFlush: (() => void) | undefined;
    const untrack = trackPendingWork({
      hasPendingChanges: true,
      flush: () => new Promise<void>((resolve) => (finishFlush = () => (steps.push('flushed'), resolve()))),
    });
    vi.stubGlobal('location', { reload: () => steps.push('reloaded') });
    renderBrokenPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Перезагрузить' }));
    await vi.waitFor(() => expect(finishFlush).toBeDefined());
    expect(steps).toEqual([]);
    finishFlush!();
    await vi.waitFor(() => expect(steps).toEqual(['flushed', 'reloaded']));
    untrack();
  });

  it('Export my data downloads every table read raw, damaged records included', async () => {
    quietConsole();
    const damaged = { id: 'damaged', name: 123 };
    await workspaceDb.table('projects').put(damaged);
    const files: { name: string; blob: Blob }[] = [];
    let blob: Blob | undefined;
    vi.stubGlobal('URL', { ...URL, createObjectURL: (b: Blob) => ((blob = b), 'blob:dump'), revokeObjectURL: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (blob) files.push({ name: this.download, blob });
    });
    renderBrokenPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Выгрузить мои данные' }));
    await vi.waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toMatch(/^reengineering-workbench-\d{4}-\d{2}-\d{2}\.json$/);
    const dump = JSON.parse(await readText(files[0]!.blob)) as { format: string; version: number; schemaVersion: number; tables: Record<string, unknown[]> };
    expect(dump).toMatchObject({ format: 'reengineering-workbench-dump', version: 1, schemaVersion: currentSchemaVersion });
    expect(dump.tables.projects).toContainEqual(damaged);
    expect(Object.keys(dump.tables).sort()).toEqual(workspaceDb.tables.map((table) => table.name).sort());
    await workspaceDb.table('projects').delete('damaged');
  });
});
