import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusChange } from '../../domain/lifecycle/lifecycle';
import { versionXml } from '../../storage/versionRepository';
import { workspaceDb } from '../../storage/workspace';
import { VersionViewer } from '../editor/history/VersionViewer';
import { Dialog } from '../ui/Dialog';
import { useFormat } from '../ui/format';
import { showError } from '../ui/toastStore';
import { useSubjectName } from './useProcessStatuses';

/**
 * What a variant's approval in the protocol of statuses offers: its approved diagram, opened
 * read-only, or, on a laptop of the team that has not yet got it from the server, a word that it will come.
 */
export function ApprovedVersion({ change }: { change: StatusChange }) {
  const { t } = useTranslation();
  const format = useFormat();
  const subjectName = useSubjectName();
  const [xml, setXml] = useState<string | null>(null);
  const { versionId } = change;
  if (versionId === null) return change.approvedSha256 ? <span className="muted"> · {t('lifecycle.approvedPending')}</span> : null;
  const details = { subject: subjectName(change.subject), date: format.dateTime(change.changedAt) };
  const title = t('lifecycle.approvedVersionTitle', details);
  const open = () =>
    void versionXml(workspaceDb, versionId).then((content) => (content === undefined ? showError(t('history.failed', { reason: t('history.contentMissing') })) : setXml(content)));
  return (
    <>
      {' · '}
      <button type="button" className="link-button" aria-label={t('lifecycle.openApprovedOf', details)} onClick={open}>
        {t('lifecycle.openApproved')}
      </button>
      <Dialog title={title} open={xml !== null} onClose={() => setXml(null)} wide>
        <p className="muted">{t('lifecycle.approvedVersionNote')}</p>
        {xml !== null && <VersionViewer xml={xml} label={title} />}
      </Dialog>
    </>
  );
}
