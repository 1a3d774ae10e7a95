import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../domain/project';
import { dismissBackupReminder, getBackupReminderDays, projectsDueForBackup, setBackupReminderDays } from '../../storage/backupRepository';
import { workspaceDb } from '../../storage/workspace';
import { PackageProgressBar } from './PackageProgressBar';
import { usePackageExport } from './usePackageExport';

/** Points out projects changed since their last backup a while ago: the browser is their only copy. */
export function BackupReminder({ projects }: { projects: readonly Project[] }) {
  const { t } = useTranslation();
  const packaging = usePackageExport();
  const due = useLiveQuery(() => projectsDueForBackup(workspaceDb, projects), [projects]) ?? [];
  const days = useLiveQuery(() => getBackupReminderDays(workspaceDb), []);
  if (due.length === 0 || days === undefined) return null;
  return (
    <section className="banner banner--warning backup-reminder" aria-label={t('package.reminderTitle')} data-testid="backup-reminder">
      <p>{t('package.reminder', { count: due.length, days })}</p>
      <ul>
        {due.map((project) => (
          <li key={project.id}>
            <strong>{project.name}</strong>{' '}
            <button type="button" disabled={packaging.progress !== null} onClick={() => void packaging.run([project.id], 'all', project.name)}>
              {t('package.backup')}
            </button>{' '}
            <button type="button" className="link-button" onClick={() => void dismissBackupReminder(workspaceDb, project)}>
              {t('package.dismiss')}
            </button>
          </li>
        ))}
      </ul>
      <label className="inline-control">
        {t('package.reminderDays')}
        <input type="number" min={0} max={365} defaultValue={days} className="backup-reminder__days" onBlur={(e) => e.target.validity.valid && void setBackupReminderDays(workspaceDb, Number(e.target.value))} />
      </label>
      <PackageProgressBar progress={packaging.progress} />
    </section>
  );
}
