import { useTranslation } from 'react-i18next';
import type { VariantSession } from './useVariantSession';

/** What the user must know about this diagram right now: read-only, conflict, save failure, render failure. */
export function SessionBanners({ session }: { session: Omit<VariantSession, 'attach'> }) {
  const { t } = useTranslation();
  const { editable, status, saveError, warnings, problem } = session;
  return (
    <>
      {editable === false && (
        <p className="banner banner--info" role="status" data-testid="locked-banner">
          {t('editor.lockedElsewhere')}
        </p>
      )}
      {status === 'conflict' && (
        <p className="banner banner--warning" role="alert">
          {t('editor.conflict')}{' '}
          <button type="button" onClick={session.reload}>
            {t('editor.reload')}
          </button>
        </p>
      )}
      {status === 'error' && (
        <p className="banner banner--error" role="alert">
          {t('editor.saveError', { reason: saveError === 'quota' ? t('editor.quotaError') : saveError })}
        </p>
      )}
      {warnings.length > 0 && (
        <details className="banner banner--info">
          <summary>{t('editor.importWarnings', { count: warnings.length })}</summary>
          <ul>
            {warnings.slice(0, 20).map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </details>
      )}
      {problem && (
        <div className="banner banner--error" role="alert">
          <p>{t('editor.renderFailed', { reason: problem.reason })}</p>
          <details>
            <summary>{t('editor.rawXml')}</summary>
            <pre className="raw-xml">{problem.xml}</pre>
          </details>
        </div>
      )}
    </>
  );
}
