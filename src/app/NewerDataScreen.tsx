import { useTranslation } from 'react-i18next';
import { useAppVersion } from './appVersionStore';

/** Shown instead of the app when this browser's database was written by a newer build: nothing is opened. */
export function NewerDataScreen() {
  const { t } = useTranslation();
  const reload = useAppVersion((s) => s.reload);
  return (
    <main className="page newer-data" role="alert" aria-labelledby="newer-data-title">
      <h1 id="newer-data-title">{t('version.newerDataTitle')}</h1>
      <p>{t('version.newerData')}</p>
      <button type="button" className="primary" onClick={() => void reload()}>
        {t('version.reload')}
      </button>
    </main>
  );
}
