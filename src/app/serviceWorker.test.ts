// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { trackPendingWork } from '../storage/pendingSaves';
import { useAppVersion } from './appVersionStore';
import { registerServiceWorker } from './serviceWorker';

const registerSW = vi.hoisted(() => vi.fn());
vi.mock('virtual:pwa-register', () => ({ registerSW }));

type Options = { onNeedRefresh: () => void; onNeedReload: () => void };
const initial = useAppVersion.getState();
const untrack: (() => void)[] = [];

afterEach(() => {
  useAppVersion.setState(initial, true);
  untrack.splice(0).forEach((stop) => stop());
  registerSW.mockReset();
});

function register(activate: (reload: boolean) => Promise<void>): Options {
  registerSW.mockReturnValue(activate);
  registerServiceWorker();
  return registerSW.mock.calls[0]![0] as Options;
}

describe('registerServiceWorker', () => {
  it('shows a waiting build and activates it only when the user reloads, after the pending edits are written', async () => {
    const steps: string[] = [];
    const activate = vi.fn(async () => void steps.push('activate'));
    const worker = register(activate);

    worker.onNeedRefresh();
    expect(useAppVersion.getState().update).toBe('waiting');
    expect(activate).not.toHaveBeenCalled();

    untrack.push(trackPendingWork({ hasPendingChanges: true, flush: async () => void steps.push(await Promise.resolve('flush')) }));
    await useAppVersion.getState().reload();
    expect(steps).toEqual(['flush', 'activate']);
    expect(activate).toHaveBeenCalledWith(true);
  });

  it('tells a tab whose user did not choose that another tab switched to the new build (the e2e sees it is not reloaded)', () => {
    const worker = register(vi.fn());
    worker.onNeedRefresh();
    worker.onNeedReload();
    expect(useAppVersion.getState().update).toBe('activeElsewhere');
  });
});
