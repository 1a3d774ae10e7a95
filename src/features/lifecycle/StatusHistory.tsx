import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusChange, StatusSubject } from '../../domain/lifecycle/lifecycle';
import { ApprovedVersion } from './ApprovedVersion';
import { StatusBadge } from './StatusBadge';
import { useSubjectName } from './useProcessStatuses';

interface Props {
  changes: readonly StatusChange[];
  /** The subjects shown; the subject column appears when there are several. */
  subjects: readonly StatusSubject[];
  /** What to offer with a plan's approval: its approved content. */
  approvedPlan?(change: StatusChange): ReactNode;
}

/** The protocol of status changes, newest first: when, what, to which status, who, and why it was set back. */
export function StatusHistory({ changes, subjects, approvedPlan }: Props) {
  const { t, i18n } = useTranslation();
  const subjectName = useSubjectName();
  const shown = changes.filter((change) => subjects.includes(change.subject)).sort((a, b) => b.changedAt - a.changedAt);
  const several = subjects.length > 1;
  if (shown.length === 0) return <p className="empty-state">{t('lifecycle.historyEmpty')}</p>;
  return (
    <table className="status-history">
      <caption className="visually-hidden">{t('lifecycle.history')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('lifecycle.when')}</th>
          {several && <th scope="col">{t('lifecycle.subject')}</th>}
          <th scope="col">{t('lifecycle.status')}</th>
          <th scope="col">{t('lifecycle.whoColumn')}</th>
          <th scope="col">{t('lifecycle.reasonColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((change) => (
          <tr key={change.id}>
            <td>{new Date(change.changedAt).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' })}</td>
            {several && <td>{subjectName(change.subject)}</td>}
            <td>
              <StatusBadge status={change.status} />
              {change.status === 'approved' && change.subject !== 'plan' && <ApprovedVersion change={change} />}
              {change.plan && approvedPlan?.(change)}
            </td>
            <td>{change.changedBy || t('lifecycle.unknownWho')}</td>
            <td className="status-history__reason">{change.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
