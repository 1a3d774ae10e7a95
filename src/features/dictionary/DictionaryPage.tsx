import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dictionaryKinds, type DictionaryEntry, type DictionaryKind } from '../../domain/dictionary/dictionary';
import { findUsages, type Usage } from '../../domain/dictionary/usages';
import { addEntry, ApprovedVariantsError, deleteUnusedEntry, EntryInUseError, loadVariantSources, mergeEntries, putEntry, renameRole, type RewrittenVariant } from '../../storage/dictionaryRepository';
import { announce, VariantsBusyError } from '../../storage/tabSync';
import { StaleRevisionError } from '../../storage/variantErrors';
import { workspaceDb } from '../../storage/workspace';
import { useDictionary } from '../data/useDictionary';
import { ConfirmDialog, Dialog } from '../ui/Dialog';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { showError, showInfo } from '../ui/toastStore';
import { DictionaryFileButtons } from './DictionaryFileButtons';
import { EntryRow, useUsageText } from './EntryRow';
import { useViewerOnly } from '../sync/syncStore';
import { ViewerBanner } from '../sync/ViewerBanner';

type Pending =
  | { action: 'delete'; entry: DictionaryEntry }
  | { action: 'merge'; entry: DictionaryEntry; into: DictionaryEntry }
  /** An entry in use is explained, not offered for deletion. */
  | { action: 'inUse'; entry: DictionaryEntry; usages: Usage[] }
  | null;

export function DictionaryPage({ projectId, projectName }: { projectId: string; projectName: string }) {
  const { t } = useTranslation();
  const usageText = useUsageText();
  const dictionary = useDictionary(projectId);
  const viewerOnly = useViewerOnly(projectId);
  const sources = useLiveQuery(() => loadVariantSources(workspaceDb, projectId), [projectId]);
  const [usages, setUsages] = useState<Map<string, Usage[]> | null>(null);
  const [kind, setKind] = useState<DictionaryKind>('document');
  const [newName, setNewName] = useState('');
  const [pending, setPending] = useState<Pending>(null);
  const { entries } = dictionary;

  useEffect(() => {
    if (!sources) return;
    let current = true;
    void findUsages(sources, entries).then((found) => current && setUsages(found));
    return () => {
      current = false;
    };
  }, [sources, entries]);

  // "«Process» — As is" for each variant another tab is editing.
  const variantNames = async (ids: readonly string[]) =>
    (sources ?? (await loadVariantSources(workspaceDb, projectId))).filter((s) => ids.includes(s.variantId)).map((s) => `«${s.processName}» — ${t(`variant.${s.kind}`)}`);

  const add = async () => {
    if (!newName.trim()) return;
    await addEntry(workspaceDb, projectId, kind, newName);
    setNewName('');
  };

  const announceRewritten = (written: RewrittenVariant[]) => written.forEach(({ variantId, revision }) => announce(projectId, { type: 'variantSaved', variantId, revision }));

  const reportFailure = async (error: unknown, entryName: string) => {
    if (error instanceof EntryInUseError) showError(t('dictionary.inUse', { name: entryName }), { details: error.usages.map(usageText) });
    else if (error instanceof VariantsBusyError) showError(t('dictionary.busy'), { details: await variantNames(error.variantIds) });
    else if (error instanceof ApprovedVariantsError) showError(t('dictionary.approvedDiagrams'), { details: await variantNames(error.variantIds) });
    else if (error instanceof StaleRevisionError) showError(t('dictionary.changedMeanwhile'));
    else showError(error instanceof Error ? error.message : String(error));
  };

  const confirm = async () => {
    if (!pending || pending.action === 'inUse') return;
    setPending(null);
    try {
      if (pending.action === 'delete') {
        await deleteUnusedEntry(workspaceDb, projectId, pending.entry.id);
      } else {
        const written = await mergeEntries(workspaceDb, projectId, pending.entry.id, pending.into.id);
        announceRewritten(written);
        showInfo(t('dictionary.merged', { count: written.length }));
      }
    } catch (error) {
      await reportFailure(error, pending.entry.name);
    }
  };

  /** A role is named in the steps by its name: renaming it renames it there too. */
  const change = async (before: DictionaryEntry, changed: DictionaryEntry) => {
    try {
      if (before.kind === 'role' && changed.name.trim() !== before.name) {
        const written = await renameRole(workspaceDb, before, changed.name);
        announceRewritten(written);
        if (written.length) showInfo(t('dictionary.roleRenamed', { count: written.length }));
      } else await putEntry(workspaceDb, changed);
    } catch (error) {
      await reportFailure(error, before.name);
    }
  };

  const shown = dictionary.ofKind(kind);
  return (
    <section className="dictionary-page" aria-labelledby="dictionary-title">
      <header className="dictionary-page__header">
        <h2 id="dictionary-title">{t('dictionary.title')}</h2>
        <DictionaryFileButtons projectId={projectId} projectName={projectName} entries={entries} canImport={!viewerOnly} />
      </header>
      <p className="muted">{t('dictionary.intro')}</p>
      <div role="tablist" aria-label={t('dictionary.kinds')} className="variant-tabs">
        {dictionaryKinds.map((k) => (
          <button key={k} type="button" role="tab" className="tab" aria-selected={k === kind} onClick={() => setKind(k)}>
            {t(`dictionary.kind_${k}`)} ({dictionary.ofKind(k).length})
          </button>
        ))}
      </div>
      {viewerOnly && <ViewerBanner />}
      <fieldset role="tabpanel" className="dictionary-panel read-only-fieldset" disabled={viewerOnly}>
        <form
          className="add-by-name"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <input aria-label={t('dictionary.newName')} placeholder={t('dictionary.newName')} value={newName} onChange={(e) => setNewName(e.target.value)} />
          <button type="submit" className="primary" disabled={!newName.trim()}>
            {t('dictionary.add')}
          </button>
        </form>
        {shown.length === 0 ? (
          <p className="empty-state">{t('dictionary.empty')}</p>
        ) : (
          <ErrorBoundary resetKeys={[kind]}>
            <ul className="dictionary-entries">
              {shown.map((entry) => (
                <EntryRow
                  key={entry.id}
                  entry={entry}
                  all={entries}
                  usages={usages ? (usages.get(entry.id) ?? []) : undefined}
                  onChange={(changed) => void change(entry, changed)}
                  onDelete={() => {
                    const used = usages?.get(entry.id) ?? [];
                    setPending(used.length > 0 ? { action: 'inUse', entry, usages: used } : { action: 'delete', entry });
                  }}
                  onMerge={(into) => setPending({ action: 'merge', entry, into })}
                />
              ))}
            </ul>
          </ErrorBoundary>
        )}
      </fieldset>
      <Dialog
        title={t('dictionary.inUseTitle')}
        open={pending?.action === 'inUse'}
        onClose={() => setPending(null)}
        footer={
          <button type="button" className="primary" onClick={() => setPending(null)} data-autofocus>
            {t('app.close')}
          </button>
        }
      >
        <p>{t('dictionary.inUse', { name: pending?.entry.name ?? '' })}</p>
        <ul className="usages">
          {pending?.action === 'inUse' && pending.usages.map((usage, i) => <li key={i}>{usageText(usage)}</li>)}
        </ul>
      </Dialog>
      <ConfirmDialog
        open={pending?.action === 'delete' || pending?.action === 'merge'}
        title={t(pending?.action === 'merge' ? 'dictionary.confirmMergeTitle' : 'dictionary.confirmDeleteTitle')}
        message={
          pending?.action === 'merge'
            ? t('dictionary.confirmMerge', { from: pending.entry.name, into: pending.into.name })
            : t('dictionary.confirmDelete', { name: pending?.entry.name ?? '' })
        }
        confirmLabel={t(pending?.action === 'merge' ? 'dictionary.merge' : 'dictionary.delete')}
        danger
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      />
    </section>
  );
}
