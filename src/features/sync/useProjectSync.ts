import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { getSyncLink } from '../../storage/sync/syncLinks';
import type { SyncSession } from '../../storage/sync/syncSession';
import { workspaceDb } from '../../storage/workspace';
import { sessions, useSyncStore } from './syncStore';

/**
 * Runs the project's sync while it is open, when it is shared. One tab of the browser syncs a project
 * (a Web Lock); another waits and takes over when that tab closes. Returns the project's link.
 */
export function useProjectSync(projectId: string | null) {
  const link = useLiveQuery(async () => (projectId ? ((await getSyncLink(workspaceDb, projectId)) ?? null) : null), [projectId]);
  const setView = useSyncStore((state) => state.set);
  const key = link ? `${link.serverUrl} ${link.documentName} ${link.token}` : null;

  useEffect(() => {
    if (!link) return;
    const { projectId: id } = link;
    const controller = new AbortController();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let session: SyncSession | null = null;
    setView(id, { status: 'otherTab' });
    navigator.locks
      .request(`rw-sync-${id}`, { signal: controller.signal }, async () => {
        if (controller.signal.aborted) return;
        // Yjs and the provider load only when a shared project is opened, not with the app.
        const { SyncSession: Session } = await import('../../storage/sync/syncSession');
        session = await Session.start(workspaceDb, link, (snapshot) => setView(id, snapshot));
        if (controller.signal.aborted) return session.destroy();
        sessions.set(id, session);
        setView(id, session.snapshot());
        await held;
      })
      .catch(() => undefined);
    return () => {
      controller.abort();
      release();
      if (session) {
        session.destroy();
        sessions.delete(id);
      }
      setView(id, null);
    };
    // The link's identity is its key: a new token or server starts a new session.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, setView]);

  return link;
}
