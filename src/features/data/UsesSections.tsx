import type { ReactNode } from 'react';
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

interface UsesListProps<U extends { ref: string }> {
  kind: 'document' | 'field' | 'system';
  /** The section's title and the list's label: "stepData.documents". */
  titleKey: string;
  uses: U[];
  dictionary: ProjectDictionary;
  disabled: boolean;
  onChange(uses: U[]): void;
  /** A use of a newly added entry, with its defaults. */
  newUse(ref: string): U;
  /** The controls of one use; `update` replaces it. */
  details(use: U, update: (use: U) => void): ReactNode;
  children?: ReactNode;
}

/** A section of dictionary entries a step uses: one card per use with its details, then "add by name". */
function UsesList<U extends { ref: string }>({ kind, titleKey, uses, dictionary, disabled, onChange, newUse, details, children }: UsesListProps<U>) {
  const { t } = useTranslation();
  const nameOf = useEntryName(dictionary);
  return (
    <details open className="panel-section">
      <summary>
        {t(titleKey)} ({uses.length})
      </summary>
      <ul className="uses" aria-label={t(titleKey)}>
        {uses.map((use, index) => (
          <li key={`${use.ref}-${index}`} data-testid={`${kind}-use`}>
            <div className="uses__head">
              <strong>{nameOf(use.ref)}</strong>
              <RemoveButton name={nameOf(use.ref)} disabled={disabled} onRemove={() => onChange(uses.filter((_, i) => i !== index))} />
            </div>
            {details(use, (changed) => onChange(replaceAt(uses, index, changed)))}
          </li>
        ))}
      </ul>
      <AddByName
        label={t(`stepData.${kind}`)}
        suggestions={dictionary.ofKind(kind)}
        disabled={disabled}
        onAdd={async (name) => {
          const entry = await dictionary.ensure(kind, name);
          onChange([...uses, newUse(entry.id)]);
        }}
      />
      {children}
    </details>
  );
}

export function DocumentsSection({ data, dictionary, disabled, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <UsesList
      kind="document"
      titleKey="stepData.documents"
      uses={data.documents}
      dictionary={dictionary}
      disabled={disabled}
      onChange={(documents) => onChange({ ...data, documents })}
      newUse={(ref) => ({ ref, direction: 'input' as const })}
      details={(use, update) => (
        <>
          <OptionSelect label={t('stepData.direction')} value={use.direction} options={documentDirections} prefix="stepData.direction_" allowEmpty={false} disabled={disabled} onChange={(direction) => direction && update({ ...use, direction })} />
          <OptionSelect label={t('stepData.form')} value={use.form} options={documentForms} prefix="stepData.form_" disabled={disabled} onChange={(form) => update({ ...use, form })} />
          <OptionSelect label={t('stepData.providedBy')} value={use.providedBy} options={documentProviders} prefix="stepData.provider_" disabled={disabled} onChange={(providedBy) => update({ ...use, providedBy })} />
        </>
      )}
    />
  );
}

export function FieldsSection({ data, dictionary, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const systems = dictionary.ofKind('system');
  return (
    <UsesList
      kind="field"
      titleKey="stepData.fields"
      uses={data.fields}
      dictionary={dictionary}
      disabled={disabled}
      onChange={(fields) => onChange({ ...data, fields })}
      newUse={(ref) => ({ ref, entry: 'manual' as const })}
      details={(use, update) => (
        <>
          <OptionSelect label={t('stepData.entry')} value={use.entry} options={fieldEntries} prefix="stepData.entry_" allowEmpty={false} disabled={disabled} onChange={(entry) => entry && update({ ...use, entry, system: entry === 'manual' ? undefined : use.system })} />
          {use.entry === 'system' && (
            <label>
              <span>{t('stepData.fromSystem')}</span>
              <select aria-label={t('stepData.fromSystem')} value={use.system ?? ''} disabled={disabled} onChange={(e) => update({ ...use, system: e.target.value || undefined })}>
                <option value="">{t('stepData.notSet')}</option>
                {systems.map((system) => (
                  <option key={system.id} value={system.id}>
                    {system.name}
                  </option>
                ))}
              </select>
            </label>
          )}
        </>
      )}
    />
  );
}

export function SystemsSection({ data, dictionary, disabled, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <UsesList
      kind="system"
      titleKey="stepData.systems"
      uses={data.systems}
      dictionary={dictionary}
      disabled={disabled}
      onChange={(systems) => onChange({ ...data, systems })}
      newUse={(ref) => ({ ref, access: 'read' as const })}
      details={(use, update) => <OptionSelect label={t('stepData.access')} value={use.access} options={systemAccess} prefix="stepData.access_" disabled={disabled} onChange={(access) => update({ ...use, access })} />}
    >
      {data.systems.length >= 2 && <IntegrationsList data={data} dictionary={dictionary} disabled={disabled} onChange={onChange} />}
    </UsesList>
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
