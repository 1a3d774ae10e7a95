import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Revision } from '../../domain/sync/revisions';
import type { ForkChoice } from '../../storage/sync/revisionSync';
import type { DiffSide } from '../compare/diff/VariantDiffView';
import { CompareDialog } from '../editor/history/CompareDialog';
import { showError } from '../ui/toastStore';
import { sessions, useSyncStore } from './syncStore';

interface Props {
  projectId: string;
  variantId: string;
}

/**
 * Two laptops changed this variant apart: both versions are kept and shown, never merged silently.
 * The user compares them in the visual diff and keeps one, or merges by hand in the editor and marks
 * the current diagram as the merge; either way a revision with both parents ends the fork everywhere.
 */
export function ForkBanner({ projectId, variantId }: Props) {
  const { t, i18n } = useTranslation();
  const forked = useSyncStore((state) => {
    const view = state.views[projectId];
    return Boolean(view && 'forks' in view && view.forks.includes(variantId));
  });
  const [diff, setDiff] = useState<{ old: DiffSide; new: DiffSide } | null>(null);
  const [busy, setBusy] = useState(false);
  const session = sessions.get(projectId);

  const sides = useLiveQuery(async () => (forked && session ? session.bridge.forkSides(variantId) : null), [forked, session, variantId]);

  if (!forked || !session || !sides) return null;
  const other = sides.theirs[0];
  const when = (r: Revision) => new Date(r.time).toLocaleString(i18n.language);
  const describe = (r: Revision) => t('sync.fork.side', { author: r.author, time: when(r) });

  const compare = async () => {
    if (!other) return;
    const [theirs, mine] = await Promise.all([session.bridge.revisionXml(other.sha256), sides.mine ? session.bridge.revisionXml(sides.mine.sha256) : Promise.resolve('')]);
    setDiff({ old: { xml: theirs, title: describe(other) }, new: { xml: mine, title: t('sync.fork.mine') } });
  };
  const resolve = async (choice: ForkChoice) => {
    setBusy(true);
    await session.bridge.resolve(variantId, choice).catch((error: unknown) => showError(t('sync.fork.failed', { reason: error instanceof Error ? error.message : String(error) })));
    setBusy(false);
  };

  return (
    <div className="banner banner--warning fork-banner" role="alert" data-testid="fork-banner">
      <p>
        <strong>{t('sync.fork.title')}</strong> {t('sync.fork.message', { mine: sides.mine ? describe(sides.mine) : '—', theirs: sides.theirs.map(describe).join('; ') })}
      </p>
      <p className="fork-banner__actions">
        <button type="button" onClick={() => void compare().catch((error: unknown) => showError(String(error)))} disabled={!other}>
          {t('sync.fork.compare')}
        </button>
        <button type="button" disabled={busy} onClick={() => void resolve({ keep: 'mine' })}>
          {t('sync.fork.keepMine')}
        </button>
        {sides.theirs.map((r) => (
          <button key={r.id} type="button" disabled={busy} onClick={() => void resolve({ keep: 'theirs', revisionId: r.id })}>
            {t('sync.fork.keepTheirs', { author: r.author })}
          </button>
        ))}
        <button type="button" disabled={busy} className="primary" onClick={() => void resolve({ keep: 'current' })}>
          {t('sync.fork.merged')}
        </button>
      </p>
      <p className="muted">{t('sync.fork.hint')}</p>
      <CompareDialog projectId={projectId} title={t('sync.fork.compareTitle')} sides={diff} onClose={() => setDiff(null)} />
    </div>
  );
}
