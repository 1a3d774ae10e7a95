import { registerSW } from 'virtual:pwa-register';
import { flushAllPendingWork } from '../storage/pendingSaves';
import { useAppVersion } from './appVersionStore';

/**
 * Registers the service worker that keeps the app offline. A new build installs in the background and
 * waits: the tab says so and reloads only when its user chooses, after the pending edits are written.
 * A tab whose user did not choose, when another tab switches to the new build, is told so too.
 */
export function registerServiceWorker(): void {
  let chosen = false;
  const activateWaiting = registerSW({
    immediate: true,
    onNeedRefresh: () => useAppVersion.setState({ update: 'waiting' }),
    onNeedReload: () => (chosen ? window.location.reload() : useAppVersion.setState({ update: 'activeElsewhere' })),
  });
  useAppVersion.setState({
    reload: async () => {
      chosen = true;
      await flushAllPendingWork();
      // The waiting worker takes over, then onNeedReload reloads; otherwise it already has.
      if (useAppVersion.getState().update === 'waiting') await activateWaiting(true);
      else window.location.reload();
    },
  });
}
