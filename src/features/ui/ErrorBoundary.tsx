import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary as CatchErrors, getErrorMessage, type FallbackProps } from 'react-error-boundary';
import { flushAllPendingWork } from '../../storage/pendingSaves';
import { downloadWorkspaceDump } from '../export/jsonFile';

interface Props {
  children: ReactNode;
  /** The boundary shows its content again when one of these changes (another page, another variant). */
  resetKeys?: unknown[];
}

/**
 * Put around each page and panel: an error while drawing one part shows a message with a way out
 * in its place, and the rest of the app keeps working.
 */
export function ErrorBoundary({ children, resetKeys }: Props) {
  return (
    <CatchErrors FallbackComponent={Fallback} resetKeys={resetKeys}>
      {children}
    </CatchErrors>
  );
}

function Fallback({ error }: FallbackProps) {
  const { t } = useTranslation();
  const [exportError, setExportError] = useState<string | null>(null);
  const reload = async () => {
    // The editors write their pending edits first, so reloading never drops what was typed.
    await flushAllPendingWork();
    location.reload();
  };
  const exportData = () => {
    setExportError(null);
    downloadWorkspaceDump().catch((failure: unknown) => setExportError(getErrorMessage(failure) ?? String(failure)));
  };
  return (
    <div className="error-boundary" role="alert" data-testid="error-boundary">
      <p className="error-boundary__title">{t('boundary.title')}</p>
      <p>{t('boundary.hint')}</p>
      <details>
        <summary>{t('boundary.details')}</summary>
        <code>{getErrorMessage(error) ?? String(error)}</code>
      </details>
      <div className="error-boundary__actions">
        <button type="button" className="primary" onClick={() => void reload()}>
          {t('boundary.reload')}
        </button>
        <button type="button" onClick={exportData}>
          {t('boundary.exportData')}
        </button>
      </div>
      {exportError && <p className="banner banner--error">{t('boundary.exportFailed', { reason: exportError })}</p>}
    </div>
  );
}
