import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../storage/db';
import { getVariant } from '../../../storage/variantRepository';
import { deleteVersion, getAutoVersionLimit, listVersions, pruneAutoVersions, setAutoVersionLimit, versionXml } from '../../../storage/versionRepository';
import { workspaceDb } from '../../../storage/workspace';
import type { DiffSide } from '../../compare/diff/VariantDiffView';
import { ConfirmDialog, Dialog } from '../../ui/Dialog';
import { useFormat } from '../../ui/format';
import { showError } from '../../ui/toastStore';
import type { VariantSession } from '../session/useVariantSession';
import { CompareDialog } from './CompareDialog';
import { VersionList } from './VersionList';
import { VersionViewer } from './VersionViewer';

interface Props {
  open: boolean;
  onClose(): void;
  session: Pick<VariantSession, 'editable' | 'flush' | 'restoreVersion'>;
  projectId: string;
  variantId: string;
  variantName: string;
  onSaveNamed(): void;
}

type Pending = { action: 'restore' | 'delete'; version: Snapshot } | null;

/** The versions of a variant: open one read-only, compare it with the current diagram, restore it, prune. */
export function VersionHistoryDialog({ open, onClose, session, projectId, variantId, variantName, onSaveNamed }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const versions = useLiveQuery(() => (open ? listVersions(workspaceDb, variantId) : []), [open, variantId]);
  const limit = useLiveQuery(() => getAutoVersionLimit(workspaceDb), []);
  const [viewing, setViewing] = useState<{ version: Snapshot; xml: string } | null>(null);
  const [comparing, setComparing] = useState<{ old: DiffSide; new: DiffSide } | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const label = (version: Snapshot) => version.name || t(`history.reason.${version.reason}`);

  const run = (work: () => Promise<void>) => void work().catch((error: unknown) => showError(t('history.failed', { reason: error instanceof Error ? error.message : String(error) })));
  const contentOf = async (version: Snapshot) => {
    const xml = await versionXml(workspaceDb, version.id);
    if (xml === undefined) throw new Error(t('history.contentMissing'));
    return xml;
  };
  const showVersion = (version: Snapshot) => run(async () => setViewing({ version, xml: await contentOf(version) }));
  const compare = (version: Snapshot) =>
    run(async () => {
      await session.flush();
      const current = (await getVariant(workspaceDb, variantId))?.xml ?? '';
      setComparing({ old: { xml: await contentOf(version), title: label(version) }, new: { xml: current, title: t('history.current') } });
    });
  const confirm = () => {
    if (!pending) return;
    const { action, version } = pending;
    setPending(null);
    run(async () => {
      if (action === 'delete') return deleteVersion(workspaceDb, version.id);
      await session.restoreVersion(version.id);
      setViewing(null);
      onClose();
    });
  };
  const changeLimit = (value: number) =>
    run(async () => {
      await setAutoVersionLimit(workspaceDb, value);
      await pruneAutoVersions(workspaceDb, variantId, value);
    });

  return (
    <>
      <Dialog title={t('history.title', { variant: variantName })} open={open} onClose={onClose} wide>
        <div className="history">
          <p className="muted">{t('history.intro')}</p>
          <p>
            <button type="button" className="primary" disabled={!session.editable} onClick={onSaveNamed}>
              {t('history.saveNamed')}
            </button>{' '}
            <span className="muted">Ctrl+Shift+S</span>
          </p>
          <VersionList
            versions={versions ?? []}
            label={label}
            canRestore={session.editable}
            onOpen={showVersion}
            onCompare={compare}
            onRestore={(version) => setPending({ action: 'restore', version })}
            onDelete={(version) => setPending({ action: 'delete', version })}
          />
          {limit !== undefined && (
            <label className="inline-control">
              {t('history.keepAuto')}
              <input type="number" min={0} max={1000} step={1} defaultValue={limit} className="history__limit" onBlur={(e) => e.target.validity.valid && changeLimit(Number(e.target.value))} />
            </label>
          )}
        </div>
      </Dialog>
      <Dialog
        title={viewing ? `${label(viewing.version)} — ${format.dateTime(viewing.version.createdAt, true)}` : ''}
        open={viewing !== null}
        onClose={() => setViewing(null)}
        wide
        footer={
          viewing && (
            <>
              <button type="button" onClick={() => compare(viewing.version)}>
                {t('history.compare')}
              </button>
              <button type="button" className="primary" disabled={!session.editable} onClick={() => setPending({ action: 'restore', version: viewing.version })}>
                {t('history.restore')}
              </button>
            </>
          )
        }
      >
        {viewing && <VersionViewer xml={viewing.xml} label={label(viewing.version)} />}
      </Dialog>
      <CompareDialog projectId={projectId} title={t('history.compareTitle', { variant: variantName })} sides={comparing} onClose={() => setComparing(null)} />
      <ConfirmDialog
        open={pending !== null}
        title={t(pending?.action === 'delete' ? 'history.confirmDeleteTitle' : 'history.confirmRestoreTitle')}
        message={pending ? t(pending.action === 'delete' ? 'history.confirmDelete' : 'history.confirmRestore', { name: label(pending.version) }) : ''}
        confirmLabel={t(pending?.action === 'delete' ? 'app.delete' : 'history.restore')}
        danger={pending?.action === 'delete'}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      />
    </>
  );
}
