import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { openSharedProject } from '../../storage/sync/syncLinks';
import { workspaceDb } from '../../storage/workspace';
import { Dialog } from '../ui/Dialog';
import { checkServerForm, FormFooter, ServerFields, useServerForm } from './serverForm';

const projectCode = /^[A-Za-z0-9_.-]{1,100}$/;

/** A project a colleague shared: on this computer for the first time, it comes down from the server. */
export function OpenSharedDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const { form, setForm, error, setError } = useServerForm();
  const [code, setCode] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkServerForm(form);
    if ('error' in checked) return setError(checked.error);
    if (!projectCode.test(code.trim())) return setError('sync.open.badCode');
    const link = await openSharedProject(workspaceDb, code, checked.url, checked.token);
    onClose();
    navigate(`/project/${link.projectId}`);
  };

  return (
    <Dialog title={t('sync.open.title')} open={open} onClose={onClose}>
      <form className="share-form" onSubmit={(e) => void submit(e)}>
        <p>{t('sync.open.intro')}</p>
        <ServerFields form={form} onChange={(next) => (setForm(next), setError(null))} />
        <label>
          {t('sync.share.code')}
          <input value={code} spellCheck={false} onChange={(e) => (setCode(e.target.value), setError(null))} />
        </label>
        <FormFooter error={error} submit={t('sync.open.submit')} />
      </form>
    </Dialog>
  );
}
