import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useProjectSync } from './useProjectSync';
import { useSyncStore } from './syncStore';
import './sync.css';

const projectOf = (location: string) => /^\/project\/([^/]+)/.exec(location)?.[1] ?? null;

/** The header's word on the open project's sync: synced, N waiting, offline, conflict, refused — and who else is in it. */
export function SyncIndicator() {
  const [location] = useLocation();
  const projectId = projectOf(location);
  const link = useProjectSync(projectId);
  const view = useSyncStore((state) => (projectId ? state.views[projectId] : undefined));
  const { t } = useTranslation();
  if (!link || !view) return null;
  const label =
    view.status === 'waiting' || (view.status === 'offline' && view.waiting > 0)
      ? t(`sync.status.${view.status}Count`, { count: view.waiting })
      : t(`sync.status.${view.status}`);
  const peers = 'peers' in view ? view.peers : [];
  return (
    <div className="sync-indicator" data-testid="sync-indicator" data-status={view.status}>
      <span className={`sync-status sync-status--${view.status}`} role="status">
        {label}
        {'readOnly' in view && view.readOnly && <> · {t('sync.readOnly')}</>}
        {'detail' in view && view.detail && <> · {t('sync.detail', { detail: t(`sync.reason.${view.detail}`, { defaultValue: view.detail }) })}</>}
      </span>
      {peers.length > 0 && (
        <span className="sync-peers" data-testid="sync-peers">
          {t('sync.peers', { names: [...new Set(peers.map((p) => p.name))].join(', ') })}
        </span>
      )}
    </div>
  );
}
