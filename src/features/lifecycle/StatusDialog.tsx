import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { canSet, lifecycleStatuses, needsReason, type CurrentStatus, type LifecycleStatus, type StatusSubject } from '../../domain/lifecycle/lifecycle';
import { isIsoDate, localToday, type IsoDate } from '../../domain/plan/calendar/isoDate';
import { setUserName } from '../../storage/statusRepository';
import { workspaceDb } from '../../storage/workspace';
import { FormDialog } from '../ui/Dialog';
import { showError, showInfo } from '../ui/toastStore';
import { useSubjectName, useUserName } from './useProcessStatuses';

export interface StatusRequest {
  to: LifecycleStatus;
  by: string;
  reason: string;
  /** For the plan: the approval or publication date written into its approval block. */
  date: IsoDate;
}

interface Props {
  open: boolean;
  subject: StatusSubject;
  current: CurrentStatus;
  /** The status offered first: "set back to draft" opens the dialog on draft. */
  initial?: LifecycleStatus;
  onClose(): void;
  onApply(request: StatusRequest): Promise<void>;
}

const formId = 'status-dialog-form';

/** Asks for the new status and what it needs: the reason to set back what is approved, the plan's dates, and once the user's name. */
export function StatusDialog({ open, subject, current, initial, onClose, onApply }: Props) {
  const { t } = useTranslation();
  const name = useSubjectName()(subject);
  return (
    <FormDialog title={t('lifecycle.changeOf', { subject: name })} open={open} onClose={onClose} formId={formId} submitLabel={t('lifecycle.apply')}>
      <StatusForm subject={subject} current={current} initial={initial} onClose={onClose} onApply={onApply} />
    </FormDialog>
  );
}

function StatusForm({ subject, current, initial, onClose, onApply }: Omit<Props, 'open'>) {
  const { t } = useTranslation();
  const subjectName = useSubjectName()(subject);
  const storedName = useUserName();
  const firstChoice = initial ?? lifecycleStatuses.find((status) => canSet(current.status, status)) ?? 'draft';
  const [to, setTo] = useState<LifecycleStatus>(firstChoice);
  const [reason, setReason] = useState('');
  const [date, setDate] = useState<string>(localToday());
  const [typedName, setTypedName] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const askName = typedName !== null || storedName === '';
  const who = (typedName ?? storedName ?? '').trim();
  const reasonNeeded = needsReason(current.status, to);
  const dated = subject === 'plan' && (to === 'approved' || to === 'published');
  const problems = {
    reason: reasonNeeded && !reason.trim(),
    date: dated && !isIsoDate(date),
    who: askName && !who,
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (busy || storedName === undefined || Object.values(problems).some(Boolean)) return;
    setBusy(true);
    try {
      if (askName) await setUserName(workspaceDb, who);
      await onApply({ to, by: who, reason: reasonNeeded ? reason : '', date: dated ? date : localToday() });
      showInfo(t('lifecycle.changed', { subject: subjectName, status: t(`lifecycle.statuses.${to}`) }));
      onClose();
    } catch (error) {
      showError(t('lifecycle.failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form id={formId} className="status-form" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset>
        <legend>{t('lifecycle.newStatus')}</legend>
        {lifecycleStatuses.map((status) => (
          <label key={status} className="inline-control">
            <input type="radio" name="status" value={status} checked={to === status} disabled={!canSet(current.status, status)} onChange={() => setTo(status)} data-autofocus={!initial && status === to ? true : undefined} />
            {t(`lifecycle.statuses.${status}`)}
          </label>
        ))}
        {!canSet(current.status, 'published') && current.status !== 'published' && <p className="muted">{t('lifecycle.publishOnlyApproved')}</p>}
      </fieldset>
      {to === 'approved' && <p className="muted">{t(subject === 'plan' ? 'lifecycle.approvePlan' : 'lifecycle.approveVariant')}</p>}
      {dated && (
        <label>
          {t(to === 'approved' ? 'lifecycle.approvalDate' : 'lifecycle.publicationDate')}
          <input type="date" value={date} required aria-invalid={tried && problems.date} onChange={(e) => setDate(e.target.value)} />
          {tried && problems.date && <span role="alert" className="field-error">{t('lifecycle.dateRequired')}</span>}
        </label>
      )}
      {reasonNeeded && (
        <label>
          {t('lifecycle.reason')}
          <textarea value={reason} rows={3} required data-autofocus={initial ? true : undefined} aria-invalid={tried && problems.reason} onChange={(e) => setReason(e.target.value)} />
          <span className={tried && problems.reason ? 'field-error' : 'muted'} role={tried && problems.reason ? 'alert' : undefined}>
            {t('lifecycle.reasonRequired')}
          </span>
        </label>
      )}
      {storedName === undefined ? null : askName ? (
        <label>
          {t('lifecycle.who')}
          <input value={typedName ?? ''} required autoComplete="name" aria-invalid={tried && problems.who} onChange={(e) => setTypedName(e.target.value)} />
          <span className={tried && problems.who ? 'field-error' : 'muted'} role={tried && problems.who ? 'alert' : undefined}>
            {tried && problems.who ? t('lifecycle.whoRequired') : t('lifecycle.whoHint')}
          </span>
        </label>
      ) : (
        <p>
          {t('lifecycle.whoIs', { name: storedName })}{' '}
          <button type="button" className="link-button" onClick={() => setTypedName(storedName ?? '')}>
            {t('lifecycle.changeWho')}
          </button>
        </p>
      )}
    </form>
  );
}
