import { useState, type ReactNode } from 'react';
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
  /** How the use is set, in a few words for its row ("Входной · Бумажный оригинал"). */
  summary(use: U): string;
  children?: ReactNode;
}

/**
 * A section of dictionary entries a step uses: one compact row per use (its name and how it is set),
 * which unfolds into its controls, then "add by name". A use just added unfolds, to be set at once;
 * the rest stay one line each, so a step with several documents fits on one screen.
 */
function UsesList<U extends { ref: string }>({ kind, titleKey, uses, dictionary, disabled, onChange, newUse, details, summary, children }: UsesListProps<U>) {
  const { t } = useTranslation();
  const nameOf = useEntryName(dictionary);
  const [added, setAdded] = useState<number | null>(null);
  return (
    <details open className="panel-section">
      <summary>
        {t(titleKey)} ({uses.length})
      </summary>
      <ul className="uses" aria-label={t(titleKey)}>
        {uses.map((use, index) => (
          <li key={`${use.ref}-${index}`} className="use-row" data-testid={`${kind}-use`}>
            <details open={index === added || undefined}>
              <summary>
                <strong>{nameOf(use.ref)}</strong> <span className="use-row__summary">{summary(use)}</span>
              </summary>
              <div className="use-row__details">{details(use, (changed) => onChange(replaceAt(uses, index, changed)))}</div>
            </details>
            <RemoveButton name={nameOf(use.ref)} disabled={disabled} onRemove={() => (setAdded(null), onChange(uses.filter((_, i) => i !== index)))} />
          </li>
        ))}
      </ul>
      <AddByName
        label={t(`stepData.${kind}`)}
        suggestions={dictionary.ofKind(kind)}
        disabled={disabled}
        onAdd={async (name) => {
          const entry = await dictionary.ensure(kind, name);
          setAdded(uses.length);
          onChange([...uses, newUse(entry.id)]);
        }}
      />
      {children}
    </details>
  );
}

/** The labels of the values set, joined: what a row says about its use. */
function useSummary() {
  const { t } = useTranslation();
  return (...parts: (string | false | undefined)[]) => parts.filter((part): part is string => Boolean(part)).map((key) => t(key)).join(' · ');
}

export function DocumentsSection({ data, dictionary, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const summary = useSummary();
  return (
    <UsesList
      kind="document"
      titleKey="stepData.documents"
      uses={data.documents}
      dictionary={dictionary}
      disabled={disabled}
      onChange={(documents) => onChange({ ...data, documents })}
      newUse={(ref) => ({ ref, direction: 'input' as const })}
      summary={(use) => summary(`stepData.direction_${use.direction}`, use.form && `stepData.form_${use.form}`, use.providedBy && `stepData.provider_${use.providedBy}`)}
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
      summary={(use) => (use.entry === 'system' && use.system ? t('stepData.entryFromSystem', { system: dictionary.byId.get(use.system)?.name ?? use.system }) : t(`stepData.entry_${use.entry}`))}
      details={(use, update) => (
        <>
          <OptionSelect label={t('stepData.entry')} value={use.entry} options={fieldEntries} prefix="stepData.entry_" allowEmpty={false} disabled={disabled} onChange={(entry) => entry && update({ ...use, entry, system: entry === 'manual' ? undefined : use.system })} />
          {use.entry === 'system' && (
            <label className="wide">
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
  const summary = useSummary();
  return (
    <UsesList
      kind="system"
      titleKey="stepData.systems"
      uses={data.systems}
      dictionary={dictionary}
      disabled={disabled}
      onChange={(systems) => onChange({ ...data, systems })}
      newUse={(ref) => ({ ref, access: 'read' as const })}
      summary={(use) => summary(use.access && `stepData.access_${use.access}`)}
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
