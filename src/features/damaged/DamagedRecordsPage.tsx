import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteDamagedRecord, readRawRecord, type DamagedRecord } from '../../storage/records/damagedRecords';
import type { RecordProblem } from '../../storage/records/validRecords';
import { workspaceDb } from '../../storage/workspace';
import { safeFileName } from '../export/download';
import { downloadJson } from '../export/jsonFile';
import { ConfirmDialog } from '../ui/Dialog';
import { showError, showInfo } from '../ui/toastStore';
import { useDamagedRecords } from './damagedStore';

const keyText = (record: DamagedRecord): string => (Array.isArray(record.key) ? record.key.map(String).join(' / ') : String(record.key));

/** The records the app leaves out because they are damaged: what is wrong with each, export and delete. */
export function DamagedRecordsPage() {
  const { t } = useTranslation();
  const scan = useDamagedRecords((s) => s.scan);
  const rescan = useDamagedRecords((s) => s.rescan);
  const [deleting, setDeleting] = useState<DamagedRecord | null>(null);
  useEffect(() => void rescan(), [rescan]);

  const problemText = (problem: RecordProblem) => t(`damaged.problem.${problem.kind}`, { field: problem.field });
  const failed = (error: unknown) => showError(t('app.error') + ': ' + (error instanceof Error ? error.message : String(error)));

  const exportRecord = async (record: DamagedRecord) => {
    const raw = await readRawRecord(workspaceDb, record.table, record.key);
    if (raw === undefined) {
      showInfo(t('damaged.gone'));
      return rescan();
    }
    downloadJson(raw, `${safeFileName(`damaged-${record.table}-${keyText(record)}`)}.json`);
  };

  const remove = async (record: DamagedRecord) => {
    setDeleting(null);
    await deleteDamagedRecord(workspaceDb, record.table, record.key);
    showInfo(t('damaged.deleted'));
    await rescan();
  };

  const body = () => {
    if (scan.status === 'failed') return <p className="banner banner--error">{t('damaged.scanFailed', { reason: scan.reason })}</p>;
    if (scan.status !== 'done') return <p>{t('damaged.scanning')}</p>;
    if (scan.records.length === 0) return <p className="empty-state">{t('damaged.empty')}</p>;
    return (
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('damaged.table')}</th>
            <th scope="col">{t('damaged.key')}</th>
            <th scope="col">{t('damaged.problems')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('damaged.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {scan.records.map((record) => {
            const key = keyText(record);
            return (
              <tr key={`${record.table}:${key}`} data-testid="damaged-row">
                <td>{t(`damaged.tables.${record.table}`)}</td>
                <td>
                  <code>{key}</code>
                </td>
                <td>
                  <ul className="plain-list">
                    {record.problems.map((problem) => (
                      <li key={`${problem.field}:${problem.kind}`}>{problemText(problem)}</li>
                    ))}
                  </ul>
                </td>
                <td className="row-actions">
                  <button type="button" aria-label={t('damaged.exportOf', { key })} onClick={() => void exportRecord(record).catch(failed)}>
                    {t('damaged.export')}
                  </button>
                  <button type="button" className="danger" aria-label={t('damaged.deleteOf', { key })} onClick={() => setDeleting(record)}>
                    {t('damaged.delete')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    );
  };

  return (
    <main className="page">
      <h1>{t('damaged.title')}</h1>
      <p>{t('damaged.intro')}</p>
      {body()}
      <ConfirmDialog
        open={deleting !== null}
        title={t('damaged.confirmDeleteTitle')}
        message={deleting ? t('damaged.confirmDelete', { key: keyText(deleting), table: t(`damaged.tables.${deleting.table}`) }) : ''}
        confirmLabel={t('damaged.delete')}
        danger
        onConfirm={() => deleting && void remove(deleting).catch(failed)}
        onCancel={() => setDeleting(null)}
      />
    </main>
  );
}
