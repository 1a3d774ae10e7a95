import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getSyncLink, shareProject, stopSharing } from '../../storage/sync/syncLinks';
import { workspaceDb } from '../../storage/workspace';
import { Dialog } from '../ui/Dialog';
import { showError } from '../ui/toastStore';
import { checkServerForm, FormFooter, ServerFields, useServerForm } from './serverForm';

interface Props {
  projectId: string;
  open: boolean;
  onClose(): void;
}

/** Share a local project with the team (its records and diagrams go up), or see how it is shared and stop. */
export function ShareDialog({ projectId, open, onClose }: Props) {
  const { t } = useTranslation();
  const link = useLiveQuery(async () => (await getSyncLink(workspaceDb, projectId)) ?? null, [projectId]);
  const { form, setForm, error, setError } = useServerForm();
  const [confirmStop, setConfirmStop] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkServerForm(form);
    if ('error' in checked) return setError(checked.error);
    await shareProject(workspaceDb, projectId, checked.url, checked.token).catch((e: unknown) => showError(String(e)));
  };
  const stop = async () => {
    await stopSharing(workspaceDb, projectId);
    setConfirmStop(false);
  };

  return (
    <Dialog title={t('sync.share.title')} open={open} onClose={onClose}>
      {link ? (
        <div className="share-form">
          <p>{t('sync.share.sharedIntro')}</p>
          <dl className="share-facts">
            <dt>{t('sync.form.server')}</dt>
            <dd>{link.serverUrl}</dd>
            <dt>{t('sync.share.team')}</dt>
            <dd>{link.teamId}</dd>
            <dt>{t('sync.share.user')}</dt>
            <dd>{link.userId}</dd>
            <dt>{t('sync.share.code')}</dt>
            <dd>
              <code data-testid="project-code">{link.projectId}</code>{' '}
              <button type="button" onClick={() => void navigator.clipboard?.writeText(link.projectId)}>
                {t('sync.share.copy')}
              </button>
            </dd>
          </dl>
          <p className="muted">{t('sync.share.codeHint')}</p>
          {confirmStop ? (
            <p role="alert">
              {t('sync.share.stopConfirm')}{' '}
              <button type="button" className="danger" onClick={() => void stop()}>
                {t('sync.share.stopYes')}
              </button>{' '}
              <button type="button" onClick={() => setConfirmStop(false)}>
                {t('app.cancel')}
              </button>
            </p>
          ) : (
            <p>
              <button type="button" onClick={() => setConfirmStop(true)}>
                {t('sync.share.stop')}
              </button>
            </p>
          )}
        </div>
      ) : (
        <form className="share-form" onSubmit={(e) => void submit(e)}>
          <p>{t('sync.share.intro')}</p>
          <ServerFields form={form} onChange={(next) => (setForm(next), setError(null))} />
          <FormFooter error={error} submit={t('sync.share.submit')} />
        </form>
      )}
    </Dialog>
  );
}
