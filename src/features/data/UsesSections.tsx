import { useTranslation } from 'react-i18next';
import {
  documentDirections,
  documentForms,
  documentProviders,
  fieldEntries,
  systemAccess,
  type StepData,
} from '../../domain/stepData/stepData';
import { AddByName } from './AddByName';
import { OptionSelect } from './OptionSelect';
import type { ProjectDictionary } from './useDictionary';

interface Props {
  data: StepData;
  dictionary: ProjectDictionary;
  disabled: boolean;
  onChange(data: StepData): void;
}

function replaceAt<T>(list: T[], index: number, item: T): T[] {
  return list.map((existing, i) => (i === index ? item : existing));
}

function useEntryName(dictionary: ProjectDictionary) {
  const { t } = useTranslation();
  return (id: string) => dictionary.byId.get(id)?.name ?? t('stepData.unknownEntry', { id });
}

function RemoveButton({ name, disabled, onRemove }: { name: string; disabled: boolean; onRemove(): void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="icon-button" aria-label={t('stepData.removeItem', { name })} title={t('stepData.remove')} disabled={disabled} onClick={onRemove}>
      ×
    </button>
  );
}

export function DocumentsSection({ data, dictionary, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const nameOf = useEntryName(dictionary);
  const set = (documents: StepData['documents']) => onChange({ ...data, documents });
  return (
    <details open className="panel-section">
      <summary>
        {t('stepData.documents')} ({data.documents.length})
      </summary>
      <ul className="uses" aria-label={t('stepData.documents')}>
        {data.documents.map((use, index) => (
          <li key={`${use.ref}-${index}`} data-testid="document-use">
            <div className="uses__head">
              <strong>{nameOf(use.ref)}</strong>
              <RemoveButton name={nameOf(use.ref)} disabled={disabled} onRemove={() => set(data.documents.filter((_, i) => i !== index))} />
            </div>
            <OptionSelect label={t('stepData.direction')} value={use.direction} options={documentDirections} prefix="stepData.direction_" allowEmpty={false} disabled={disabled} onChange={(direction) => direction && set(replaceAt(data.documents, index, { ...use, direction }))} />
            <OptionSelect label={t('stepData.form')} value={use.form} options={documentForms} prefix="stepData.form_" disabled={disabled} onChange={(form) => set(replaceAt(data.documents, index, { ...use, form }))} />
            <OptionSelect label={t('stepData.providedBy')} value={use.providedBy} options={documentProviders} prefix="stepData.provider_" disabled={disabled} onChange={(providedBy) => set(replaceAt(data.documents, index, { ...use, providedBy }))} />
          </li>
        ))}
      </ul>
      <AddByName
        label={t('stepData.document')}
        suggestions={dictionary.ofKind('document')}
        disabled={disabled}
        onAdd={async (name) => {
          const entry = await dictionary.ensure('document', name);
          set([...data.documents, { ref: entry.id, direction: 'input' }]);
        }}
      />
    </details>
  );
}

export function FieldsSection({ data, dictionary, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const nameOf = useEntryName(dictionary);
  const set = (fields: StepData['fields']) => onChange({ ...data, fields });
  const systems = dictionary.ofKind('system');
  return (
    <details open className="panel-section">
      <summary>
        {t('stepData.fields')} ({data.fields.length})
      </summary>
      <ul className="uses" aria-label={t('stepData.fields')}>
        {data.fields.map((use, index) => (
          <li key={`${use.ref}-${index}`} data-testid="field-use">
            <div className="uses__head">
              <strong>{nameOf(use.ref)}</strong>
              <RemoveButton name={nameOf(use.ref)} disabled={disabled} onRemove={() => set(data.fields.filter((_, i) => i !== index))} />
            </div>
            <OptionSelect label={t('stepData.entry')} value={use.entry} options={fieldEntries} prefix="stepData.entry_" allowEmpty={false} disabled={disabled} onChange={(entry) => entry && set(replaceAt(data.fields, index, { ...use, entry, system: entry === 'manual' ? undefined : use.system }))} />
            {use.entry === 'system' && (
              <label>
                <span>{t('stepData.fromSystem')}</span>
                <select aria-label={t('stepData.fromSystem')} value={use.system ?? ''} disabled={disabled} onChange={(e) => set(replaceAt(data.fields, index, { ...use, system: e.target.value || undefined }))}>
                  <option value="">{t('stepData.notSet')}</option>
                  {systems.map((system) => (
                    <option key={system.id} value={system.id}>
                      {system.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </li>
        ))}
      </ul>
      <AddByName
        label={t('stepData.field')}
        suggestions={dictionary.ofKind('field')}
        disabled={disabled}
        onAdd={async (name) => {
          const entry = await dictionary.ensure('field', name);
          set([...data.fields, { ref: entry.id, entry: 'manual' }]);
        }}
      />
    </details>
  );
}

export function SystemsSection({ data, dictionary, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const nameOf = useEntryName(dictionary);
  const set = (systems: StepData['systems']) => onChange({ ...data, systems });
  const used = data.systems.map((s) => s.ref);
  return (
    <details open className="panel-section">
      <summary>
        {t('stepData.systems')} ({data.systems.length})
      </summary>
      <ul className="uses" aria-label={t('stepData.systems')}>
        {data.systems.map((use, index) => (
          <li key={`${use.ref}-${index}`} data-testid="system-use">
            <div className="uses__head">
              <strong>{nameOf(use.ref)}</strong>
              <RemoveButton name={nameOf(use.ref)} disabled={disabled} onRemove={() => set(data.systems.filter((_, i) => i !== index))} />
            </div>
            <OptionSelect label={t('stepData.access')} value={use.access} options={systemAccess} prefix="stepData.access_" disabled={disabled} onChange={(access) => set(replaceAt(data.systems, index, { ...use, access }))} />
          </li>
        ))}
      </ul>
      <AddByName
        label={t('stepData.system')}
        suggestions={dictionary.ofKind('system')}
        disabled={disabled}
        onAdd={async (name) => {
          const entry = await dictionary.ensure('system', name);
          set([...data.systems, { ref: entry.id, access: 'read' }]);
        }}
      />
      {used.length >= 2 && <IntegrationsList data={data} dictionary={dictionary} disabled={disabled} onChange={onChange} />}
    </details>
  );
}

function IntegrationsList({ data, dictionary, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const nameOf = useEntryName(dictionary);
  const used = data.systems.map((s) => s.ref);
  const set = (integrations: StepData['integrations']) => onChange({ ...data, integrations });
  const pick = (label: string, value: string, change: (ref: string) => void) => (
    <label>
      <span>{label}</span>
      <select aria-label={label} value={value} disabled={disabled} onChange={(e) => change(e.target.value)}>
        {used.map((ref) => (
          <option key={ref} value={ref}>
            {nameOf(ref)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="integrations">
      <h4>{t('stepData.integrations')}</h4>
      <ul className="uses">
        {data.integrations.map((link, index) => (
          <li key={index} className="integration">
            {pick(t('stepData.integrationFrom'), link.from, (from) => set(replaceAt(data.integrations, index, { ...link, from })))}
            {pick(t('stepData.integrationTo'), link.to, (to) => set(replaceAt(data.integrations, index, { ...link, to })))}
            <RemoveButton name={`${nameOf(link.from)} → ${nameOf(link.to)}`} disabled={disabled} onRemove={() => set(data.integrations.filter((_, i) => i !== index))} />
          </li>
        ))}
      </ul>
      <button type="button" disabled={disabled} onClick={() => set([...data.integrations, { from: used[0] ?? '', to: used[1] ?? '' }])}>
        {t('stepData.addIntegration')}
      </button>
    </div>
  );
}
