import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseProjectFields, reengineeringStatuses, type ProjectFields } from '../../domain/project';
import { Dialog } from '../ui/Dialog';

const emptyFields: ProjectFields = { name: '', owner: '', serviceName: '', serviceCode: '', serviceConsumers: '', status: 'planned' };

interface Props {
  open: boolean;
  initial?: ProjectFields;
  onSubmit(fields: ProjectFields): Promise<void>;
  onClose(): void;
}

export function ProjectFormDialog({ open, initial, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog title={t(initial ? 'projects.editTitle' : 'projects.createTitle')} open={open} onClose={onClose}>
      {open && <ProjectForm initial={initial ?? emptyFields} onSubmit={onSubmit} onCancel={onClose} />}
    </Dialog>
  );
}

function ProjectForm({ initial, onSubmit, onCancel }: { initial: ProjectFields; onSubmit(fields: ProjectFields): Promise<void>; onCancel(): void }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const set = (key: keyof ProjectFields) => (e: { target: { value: string } }) => setFields({ ...fields, [key]: e.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = normaliseProjectFields(fields);
    setErrors(result.errors);
    if (result.errors.length === 0) await onSubmit(result.fields);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <label>
        {t('projects.name')}
        <input value={fields.name} onChange={set('name')} required data-autofocus maxLength={250} aria-invalid={errors.length > 0} />
      </label>
      {errors.map((error) => (
        <p key={error} className="form__error" role="alert">
          {t(`projects.${error}`)}
        </p>
      ))}
      <label>
        {t('projects.owner')}
        <input value={fields.owner} onChange={set('owner')} />
      </label>
      <label>
        {t('projects.serviceName')}
        <input value={fields.serviceName} onChange={set('serviceName')} />
      </label>
      <label>
        {t('projects.serviceCode')}
        <input value={fields.serviceCode} onChange={set('serviceCode')} inputMode="numeric" />
      </label>
      <label>
        {t('projects.serviceConsumers')}
        <input value={fields.serviceConsumers} onChange={set('serviceConsumers')} placeholder={t('projects.serviceConsumersExample')} />
      </label>
      <label>
        {t('projects.status')}
        <select value={fields.status} onChange={set('status')}>
          {reengineeringStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="form__actions">
        <button type="button" onClick={onCancel}>
          {t('app.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('app.save')}
        </button>
      </div>
    </form>
  );
}
