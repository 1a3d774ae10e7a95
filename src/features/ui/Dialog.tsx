import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  title: string;
  open: boolean;
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
  labelledBy?: string;
  /** Most of the window, for diagrams. */
  wide?: boolean;
}

/** A modal on the native <dialog>: the browser gives focus trapping, Escape and the backdrop. */
export function Dialog({ title, open, onClose, children, footer, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const { t } = useTranslation();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first control (the close button); React's autoFocus ran before it.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className={wide ? 'dialog dialog--wide' : 'dialog'} aria-label={title} onCancel={(e) => (e.preventDefault(), onClose())}>
      {open && (
        <>
          <header className="dialog__header">
            <h2>{title}</h2>
            <button type="button" className="icon-button" aria-label={t('app.close')} onClick={onClose}>
              ×
            </button>
          </header>
          <div className="dialog__body">{children}</div>
          {footer && <footer className="dialog__footer">{footer}</footer>}
        </>
      )}
    </dialog>
  );
}

interface FormDialogProps {
  title: string;
  open: boolean;
  onClose(): void;
  /** The id of the form inside, which the primary button submits (Enter in a field submits it too). */
  formId: string;
  submitLabel: string;
  children: ReactNode;
}

/** A dialog that is a form: Cancel, and the primary button that submits it. */
export function FormDialog({ title, open, onClose, formId, submitLabel, children }: FormDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={title}
      open={open}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('app.cancel')}
          </button>
          <button type="submit" form={formId} className="primary">
            {submitLabel}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}

interface ConfirmProps {
  title: string;
  message: string;
  confirmLabel: string;
  open: boolean;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({ title, message, confirmLabel, open, danger, onConfirm, onCancel }: ConfirmProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={title}
      open={open}
      onClose={onCancel}
      footer={
        <>
          <button type="button" onClick={onCancel} data-autofocus>
            {t('app.cancel')}
          </button>
          <button type="button" className={danger ? 'danger' : 'primary'} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <p>{message}</p>
    </Dialog>
  );
}
