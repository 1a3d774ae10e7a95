import { useTranslation } from 'react-i18next';
import { accessLevels, executorSides, fieldTypes, type DictionaryEntry } from '../../domain/dictionary/dictionary';
import { CommitInput } from '../ui/CommitInput';
import { OptionSelect } from '../data/OptionSelect';

interface Props {
  entry: DictionaryEntry;
  all: DictionaryEntry[];
  onChange(entry: DictionaryEntry): void;
}

/** The kind-specific properties of an entry (a field's holder system and access level, a document's fields…). */
export function EntryDetails({ entry, all, onChange }: Props) {
  const { t } = useTranslation();
  const text = (label: string, value: string, change: (value: string) => DictionaryEntry) => (
    <label>
      <span>{label}</span>
      <CommitInput aria-label={label} value={value} onCommit={(v) => onChange(change(v.trim()))} />
    </label>
  );
  const description = text(t('dictionary.description'), entry.description, (description) => ({ ...entry, description }));
  switch (entry.kind) {
    case 'field':
      return (
        <div className="entry-details">
          <OptionSelect label={t('dictionary.dataType')} value={entry.dataType} options={fieldTypes} prefix="dictionary.type_" allowEmpty={false} onChange={(dataType) => dataType && onChange({ ...entry, dataType })} />
          <label>
            <span>{t('dictionary.holderSystem')}</span>
            <select aria-label={t('dictionary.holderSystem')} value={entry.holderSystemId} onChange={(e) => onChange({ ...entry, holderSystemId: e.target.value })}>
              <option value="">{t('dictionary.notSet')}</option>
              {all
                .filter((e) => e.kind === 'system')
                .map((system) => (
                  <option key={system.id} value={system.id}>
                    {system.name}
                  </option>
                ))}
            </select>
          </label>
          {text(t('dictionary.dataOwner'), entry.dataOwner, (dataOwner) => ({ ...entry, dataOwner }))}
          <OptionSelect label={t('dictionary.accessLevel')} value={entry.accessLevel} options={accessLevels} prefix="dictionary.access_" allowEmpty={false} onChange={(accessLevel) => accessLevel && onChange({ ...entry, accessLevel })} />
          {text(t('dictionary.legalBasis'), entry.legalBasis, (legalBasis) => ({ ...entry, legalBasis }))}
          {description}
        </div>
      );
    case 'system':
      return (
        <div className="entry-details">
          {text(t('dictionary.ownerBody'), entry.ownerBody, (ownerBody) => ({ ...entry, ownerBody }))}
          {text(t('dictionary.developer'), entry.developer, (developer) => ({ ...entry, developer }))}
          {description}
        </div>
      );
    case 'role':
      return (
        <div className="entry-details">
          {text(t('dictionary.unit'), entry.unit, (unit) => ({ ...entry, unit }))}
          <OptionSelect label={t('dictionary.side')} value={entry.side || undefined} options={executorSides} prefix="dictionary.side_" onChange={(side) => onChange({ ...entry, side: side ?? '' })} />
          {description}
        </div>
      );
    case 'document':
      return (
        <div className="entry-details">
          <fieldset className="checks">
            <legend>{t('dictionary.documentFields')}</legend>
            {all
              .filter((e) => e.kind === 'field')
              .map((field) => (
                <label key={field.id} className="inline-control">
                  <input
                    type="checkbox"
                    checked={entry.fieldIds.includes(field.id)}
                    onChange={(e) => onChange({ ...entry, fieldIds: e.target.checked ? [...entry.fieldIds, field.id] : entry.fieldIds.filter((id) => id !== field.id) })}
                  />
                  {field.name}
                </label>
              ))}
          </fieldset>
          {description}
        </div>
      );
  }
}
