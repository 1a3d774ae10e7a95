import { useTranslation } from 'react-i18next';
import type { PassportEdit, ProcessPassport } from '../../domain/passport/passport';
import { CommitInput } from '../ui/CommitInput';

interface Props {
  passport: ProcessPassport;
  projectCode: string;
  apply(edit: PassportEdit): void;
}

/** The code of the public service in its Registry: the project's, unless this process is of another service. */
export function ServiceSection({ passport, projectCode, apply }: Props) {
  const { t } = useTranslation();
  return (
    <section className="passport-section" aria-labelledby="passport-service-title">
      <h3 id="passport-service-title">{t('passport.service.title')}</h3>
      <label className="passport-service">
        {t('passport.service.code')}
        <CommitInput value={passport.serviceCode} placeholder={projectCode} aria-describedby="passport-service-hint" onCommit={(serviceCode) => apply((current) => ({ ...current, serviceCode: serviceCode.trim() }))} />
      </label>
      <p className="muted" id="passport-service-hint">
        {projectCode ? t('passport.service.projectCode', { code: projectCode }) : t('passport.service.noProjectCode')}
      </p>
    </section>
  );
}
