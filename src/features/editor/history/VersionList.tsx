import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../storage/db';

interface Props {
  versions: readonly Snapshot[];
  label(version: Snapshot): string;
  canRestore: boolean;
  onOpen(version: Snapshot): void;
  onCompare(version: Snapshot): void;
  onRestore(version: Snapshot): void;
  onDelete(version: Snapshot): void;
}

/** The versions of a variant, newest first, with what can be done to each. */
export function VersionList({ versions, label, canRestore, onOpen, onCompare, onRestore, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  if (versions.length === 0) return <p className="empty-state">{t('history.empty')}</p>;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
  const kilobytes = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
    <table className="history__table">
      <thead>
        <tr>
          <th scope="col">{t('history.when')}</th>
          <th scope="col">{t('history.what')}</th>
          <th scope="col">{t('history.size')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('history.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {versions.map((version) => (
          <tr key={version.id} data-reason={version.reason}>
            <td>{date.format(version.createdAt)}</td>
            <td>
              {label(version)}
              {version.name && <span className="muted"> · {t(`history.reason.${version.reason}`)}</span>}
            </td>
            <td>{t('history.kilobytes', { size: kilobytes.format(version.size / 1024) })}</td>
            <td className="history__actions">
              <button type="button" onClick={() => onOpen(version)}>
                {t('history.open')}
              </button>
              <button type="button" onClick={() => onCompare(version)}>
                {t('history.compare')}
              </button>
              <button type="button" disabled={!canRestore} onClick={() => onRestore(version)}>
                {t('history.restore')}
              </button>
              {/* The approved content a status change refers to is kept for good (the team's protocol, §34). */}
              <button
                type="button"
                className="danger"
                aria-label={t('history.deleteNamed', { name: label(version) })}
                disabled={version.reason === 'approved'}
                title={version.reason === 'approved' ? t('history.approvedKept') : undefined}
                onClick={() => onDelete(version)}
              >
                {t('app.delete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
