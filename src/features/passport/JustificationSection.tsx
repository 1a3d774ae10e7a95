import { useTranslation } from 'react-i18next';
import type { PassportEdit, ProcessPassport } from '../../domain/passport/passport';
import { CommitInput } from '../ui/CommitInput';

interface Props {
  passport: ProcessPassport;
  apply(edit: PassportEdit): void;
}

/** §36.1–2: whether an optimal variant is described too, and why the chosen target variant is the right one. */
export function JustificationSection({ passport, apply }: Props) {
  const { t } = useTranslation();
  return (
    <section className="passport-section" aria-labelledby="passport-justification-title">
      <h3 id="passport-justification-title" tabIndex={-1}>
        {t('passport.justification.title')}
      </h3>
      <p className="muted">{t('passport.justification.hint')}</p>
      <label className="inline-control">
        <input type="checkbox" checked={passport.optimalRequired} onChange={(e) => apply((current) => ({ ...current, optimalRequired: e.target.checked }))} />
        {t('passport.justification.optimalRequired')}
      </label>
      <label className="passport-justification">
        {t('passport.justification.text')}
        <CommitInput multiline value={passport.justification} aria-label={t('passport.justification.text')} onCommit={(justification) => apply((current) => ({ ...current, justification }))} />
      </label>
    </section>
  );
}
