import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppVersion } from './appVersionStore';

/** The banner that says a newer version of the app is ready or in use elsewhere, with the reload the user chooses. */
export function UpdateNotice() {
  const { t } = useTranslation();
  const update = useAppVersion((s) => s.update);
  const takenOver = useAppVersion((s) => s.databaseTakenOver);
  const reload = useAppVersion((s) => s.reload);
  const [reloading, setReloading] = useState(false);
  if (!takenOver && update === 'none') return null;
  const message = takenOver ? t('version.takenOver') : t(update === 'waiting' ? 'version.updateReady' : 'version.updateActive');
  return (
    <div className={takenOver ? 'banner banner--warning update-notice' : 'banner banner--info update-notice'} role={takenOver ? 'alert' : 'status'}>
      <span>{message}</span>
      <button
        type="button"
        disabled={reloading}
        onClick={() => {
          setReloading(true);
          void reload();
        }}
      >
        {t('version.reload')}
      </button>
    </div>
  );
}
