import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DictionaryEntry } from '../../domain/dictionary/dictionary';

interface Props {
  label: string;
  suggestions: DictionaryEntry[];
  disabled?: boolean;
  onAdd(name: string): Promise<void>;
}

/** Picks a dictionary entry by typing its name; a new name becomes a new entry. */
export function AddByName({ label, suggestions, disabled, onAdd }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const [name, setName] = useState('');
  const add = async () => {
    if (!name.trim()) return;
    await onAdd(name);
    setName('');
  };
  return (
    <div className="add-by-name">
      <input
        aria-label={label}
        placeholder={t('stepData.addByName')}
        list={listId}
        value={name}
        disabled={disabled}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void add();
          }
        }}
      />
      <datalist id={listId}>
        {suggestions.map((entry) => (
          <option key={entry.id} value={entry.name} />
        ))}
      </datalist>
      <button type="button" disabled={disabled || !name.trim()} onClick={() => void add()}>
        {t('stepData.add')}
      </button>
    </div>
  );
}
