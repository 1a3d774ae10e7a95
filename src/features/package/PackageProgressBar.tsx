import { useTranslation } from 'react-i18next';
import type { PackageProgress } from './buildPackage';

export function PackageProgressBar({ progress }: { progress: PackageProgress | null }) {
  const { t } = useTranslation();
  if (!progress) return null;
  return (
    <p className="package-progress" role="status">
      <label>
        {t('package.making')}
        <progress max={progress.total} value={progress.done} data-testid="package-progress" />
      </label>
    </p>
  );
}
