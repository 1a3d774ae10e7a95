import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocked, type CurrentStatus, type LifecycleStatus, type StatusSubject } from '../../domain/lifecycle/lifecycle';
import { dottedDate } from '../../domain/plan/calendar/isoDate';
import { StatusBadge } from './StatusBadge';
import { StatusDialog, type StatusRequest } from './StatusDialog';
import { useSubjectName } from './useProcessStatuses';

interface Props {
  subject: StatusSubject;
  current: CurrentStatus;
  /** Writes what the page holds unsaved first: the approved content is the stored one. */
  beforeChange(): Promise<void>;
  apply(request: StatusRequest): Promise<void>;
  /** A viewer of a shared project sees the status and changes none. */
  readOnly?: boolean;
}

/**
 * A variant's or the plan's status with who set it and when, the control to change it, and, while
 * it is approved or published, the banner saying it is read-only until set back with a reason.
 */
export function StatusControl({ subject, current, beforeChange, apply, readOnly = false }: Props) {
  const { t, i18n } = useTranslation();
  const name = useSubjectName()(subject);
  const [asked, setAsked] = useState<{ initial?: LifecycleStatus } | null>(null);
  const { change, date } = current;
  const when = change
    ? t('lifecycle.changedBy', { date: new Date(change.changedAt).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' }), who: change.changedBy || t('lifecycle.unknownWho') })
    : date
      ? t('lifecycle.fromApprovalBlock', { date: dottedDate(date) })
      : '';
  const open = (initial?: LifecycleStatus) => void beforeChange().then(() => setAsked({ initial }));
  const lockedText = subject === 'plan' ? 'lifecycle.lockedPlan' : current.status === 'published' ? 'lifecycle.lockedVariantPublished' : 'lifecycle.lockedVariant';
  return (
    <>
      <div className="status-control" role="group" aria-label={t('lifecycle.statusOf', { subject: name })} data-testid={`status-${subject}`}>
        <span>{t('lifecycle.status')}:</span>
        <StatusBadge status={current.status} />
        {when && <span className="muted">{when}</span>}
        {!readOnly && (
          <button type="button" onClick={() => open()} aria-label={t('lifecycle.changeOf', { subject: name })}>
            {t('lifecycle.change')}
          </button>
        )}
      </div>
      {isLocked(current.status) && (
        <div className="banner banner--info status-locked" role="status" data-testid="status-locked">
          <span>{t(lockedText)}</span>
          {!readOnly && (
            <button type="button" onClick={() => open('draft')}>
              {t('lifecycle.setBack')}
            </button>
          )}
        </div>
      )}
      <StatusDialog open={asked !== null} subject={subject} current={current} initial={asked?.initial} onClose={() => setAsked(null)} onApply={apply} />
    </>
  );
}
