import { useTranslation } from 'react-i18next';
import type { Project } from '../../domain/project';
import { FileButton } from '../import/FileButton';
import { PackageProgressBar } from './PackageProgressBar';
import { usePackageExport } from './usePackageExport';

/** On the project list: restore projects from a package, and save every project of this browser in one. */
export function PackageButtons({ projects, onImport }: { projects: readonly Project[]; onImport(file: File): void }) {
  const { t } = useTranslation();
  const packaging = usePackageExport();
  return (
    <div className="package-buttons">
      <FileButton label={t('package.import')} accept=".zip,application/zip" onFile={onImport} />
      <button type="button" disabled={projects.length === 0 || packaging.progress !== null} onClick={() => void packaging.run(projects.map((p) => p.id), 'all', t('package.allName'))}>
        {t('package.exportAll')}
      </button>
      <PackageProgressBar progress={packaging.progress} />
    </div>
  );
}
