import { useTranslation } from 'react-i18next';
import type { SaveProblem } from '../../storage/variantSaver';
import { useFormat } from '../ui/format';
import { useShownSaveStatus } from './session/saveState';
import type { VariantSession } from './session/useVariantSession';

type Shown = Pick<VariantSession, 'lockHeld' | 'conflict' | 'saves' | 'drafted' | 'saveProblem' | 'problem'>;

/** What the user must know about this diagram right now: read-only, save failure, render failure. */
export function SessionBanners({ session }: { session: Shown }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { lockHeld, saveProblem, problem } = session;
  const status = useShownSaveStatus(session);
  const reason = (why: SaveProblem | null) => {
    if (why?.kind === 'quota') return t('editor.quotaError');
    return why?.kind === 'other' ? why.message : '';
  };
  return (
    <>
      {lockHeld === false && (
        <p className="banner banner--info" role="status" data-testid="locked-banner">
          {t('editor.lockedElsewhere')}
        </p>
      )}
      {status === 'error' && (
        <p className="banner banner--error" role="alert">
          {t('editor.saveError', { reason: reason(saveProblem) })}
        </p>
      )}
      {status === 'blocked' && saveProblem?.kind === 'tooLarge' && (
        <p className="banner banner--error" role="alert" data-testid="blocked-banner">
          {t('editor.tooLargeToStore', { limit: format.number(saveProblem.limit / 1_000_000) })}
        </p>
      )}
      {status === 'blocked' && saveProblem?.kind === 'missing' && (
        <p className="banner banner--error" role="alert" data-testid="blocked-banner">
          {t('editor.variantMissing')}
        </p>
      )}
      {problem && (
        <div className="banner banner--error" role="alert">
          <p>{t('editor.renderFailed', { reason: typeof problem.reason === 'string' ? problem.reason : t(problem.reason.key) })}</p>
          {problem.xml && (
            <details>
              <summary>{t('editor.rawXml')}</summary>
              <pre className="raw-xml">{problem.xml}</pre>
            </details>
          )}
        </div>
      )}
    </>
  );
}
