import { useTranslation } from 'react-i18next';
import { useToasts } from './toastStore';

export function Toasts() {
  const { t } = useTranslation();
  const toasts = useToasts((s) => s.toasts);
  const dismiss = useToasts((s) => s.dismiss);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast--${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'}>
          <div className="toast__message">{toast.message}</div>
          {toast.details && toast.details.length > 0 && (
            <ul className="toast__details">
              {toast.details.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
          <div className="toast__actions">
            {toast.action && (
              <button type="button" onClick={() => (toast.action?.run(), dismiss(toast.id))}>
                {toast.action.label}
              </button>
            )}
            <button type="button" className="icon-button" aria-label={t('app.close')} onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
