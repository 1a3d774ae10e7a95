import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../storage/db';
import { useFormat } from '../../ui/format';

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
  const { t } = useTranslation();
  const format = useFormat();
  if (versions.length === 0) return <p className="empty-state">{t('history.empty')}</p>;
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
            <td>{format.dateTime(version.createdAt, true)}</td>
            <td>
              {label(version)}
              {version.name && <span className="muted"> · {t(`history.reason.${version.reason}`)}</span>}
              {version.fromTeam && <span className="muted"> · {t('history.fromTeam')}</span>}
            </td>
            <td>{t('history.kilobytes', { size: format.number(version.size / 1024, 1) })}</td>
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
