import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../ui/Dialog';
import { useFormat } from '../../ui/format';

interface Props {
  open: boolean;
  onSave(name: string): void;
  onClose(): void;
}

/** Asks for the name of a version the user keeps (Ctrl+Shift+S); named versions are never pruned. */
export function NameVersionDialog({ open, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [name, setName] = useState('');
  // Rendered with every editor toolbar, closed nearly always: the date is written only while it is open.
  const fallback = open ? t('history.defaultName', { date: format.dateTime(new Date()) }) : '';
  const save = () => {
    onSave(name.trim() || fallback);
    setName('');
  };
  return (
    <FormDialog title={t('history.saveNamed')} open={open} onClose={onClose} formId="name-version" submitLabel={t('app.save')}>
      <form
        id="name-version"
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label>
          {t('history.versionName')}
          <input data-autofocus value={name} placeholder={fallback} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </label>
        <p className="muted">{t('history.namedHint')}</p>
      </form>
    </FormDialog>
  );
}
