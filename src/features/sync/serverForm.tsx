import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkServerAddress, readTokenClaims } from '../../domain/sync/serverAddress';

export interface ServerForm {
  server: string;
  token: string;
}

/** The address and token checked, or the translation key of what is wrong. */
export function checkServerForm(form: ServerForm): { url: string; token: string } | { error: string } {
  const address = checkServerAddress(form.server, __SYNC_SOURCES__);
  if ('problem' in address) return { error: `sync.form.${address.problem}` };
  if (!readTokenClaims(form.token)) return { error: 'sync.form.badToken' };
  return { url: address.url, token: form.token.trim() };
}

/** The two fields every sync dialog asks for: the team's server and the user's token. */
export function ServerFields({ form, onChange }: { form: ServerForm; onChange(form: ServerForm): void }) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        {t('sync.form.server')}
        <input type="url" value={form.server} placeholder="wss://sync.example.kz" data-autofocus onChange={(e) => onChange({ ...form, server: e.target.value })} />
      </label>
      <label>
        {t('sync.form.token')}
        <textarea value={form.token} spellCheck={false} onChange={(e) => onChange({ ...form, token: e.target.value })} />
      </label>
      <p className="muted">{t('sync.form.tokenHint')}</p>
    </>
  );
}

export function useServerForm() {
  const [form, setForm] = useState<ServerForm>({ server: '', token: '' });
  const [error, setError] = useState<string | null>(null);
  return { form, setForm, error, setError };
}

/** What is wrong with the form (a translation key), then its submit button. */
export function FormFooter({ error, submit }: { error: string | null; submit: string }) {
  const { t } = useTranslation();
  return (
    <>
      {error && (
        <p className="share-form__error" role="alert">
          {t(error)}
        </p>
      )}
      <p>
        <button type="submit" className="primary">
          {submit}
        </button>
      </p>
    </>
  );
}
