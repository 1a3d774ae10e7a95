import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../domain/project';
import { Dialog } from '../ui/Dialog';
import { PackageProgressBar } from './PackageProgressBar';
import { usePackageExport } from './usePackageExport';

/** The project as one package for the architectural portal, the team's backup, or another laptop. */
export function PackageExportDialog({ project, open, onClose }: { project: Project; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const packaging = usePackageExport();
  const [scope, setScope] = useState<'all' | 'approved'>('all');
  const busy = packaging.progress !== null;
  return (
    <Dialog
      title={t('package.title')}
      open={open}
      onClose={() => !busy && onClose()}
      footer={
        <>
          <button type="button" onClick={onClose} disabled={busy}>
            {t('app.cancel')}
          </button>
          <button type="button" className="primary" disabled={busy} data-autofocus onClick={() => void packaging.run([project.id], scope, project.name).then((done) => done && onClose())}>
            {t('package.export')}
          </button>
        </>
      }
    >
      <p>{t('package.intro')}</p>
      <fieldset className="package-scope">
        <legend>{t('package.scope')}</legend>
        <label className="inline-control">
          <input type="radio" name="package-scope" checked={scope === 'all'} onChange={() => setScope('all')} disabled={busy} />
          {t('package.scopeAll')}
        </label>
        <label className="inline-control">
          <input type="radio" name="package-scope" checked={scope === 'approved'} onChange={() => setScope('approved')} disabled={busy} aria-describedby="package-scope-approved" />
          {t('package.scopeApproved')}
        </label>
        <p className="muted" id="package-scope-approved">
          {t('package.scopeApprovedHint')}
        </p>
      </fieldset>
      <PackageProgressBar progress={packaging.progress} />
    </Dialog>
  );
}
