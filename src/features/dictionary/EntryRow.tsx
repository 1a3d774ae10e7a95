import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DictionaryEntry } from '../../domain/dictionary/dictionary';
import type { Usage } from '../../domain/dictionary/usages';
import { CommitInput } from '../ui/CommitInput';
import { EntryDetails } from './EntryDetails';

interface Props {
  entry: DictionaryEntry;
  all: DictionaryEntry[];
  usages: Usage[] | undefined;
  onChange(entry: DictionaryEntry): void;
  onDelete(): void;
  onMerge(into: DictionaryEntry): void;
}

export function useUsageText() {
  const { t } = useTranslation();
  return (usage: Usage) =>
    usage.in === 'step'
      ? t(usage.processInTrash ? 'dictionary.usedInTrashedStep' : 'dictionary.usedInStep', { process: usage.processName, variant: t(`variant.${usage.kind}`), step: usage.elementName || usage.elementId })
      : t('dictionary.usedInEntry', { name: usage.entryName });
}

/** Uses in a process in the trash count (a restore brings them back), and the count says how many they are. */
function useCountText() {
  const { t } = useTranslation();
  return (usages: Usage[]) => {
    const inTrash = usages.filter((usage) => usage.in === 'step' && usage.processInTrash).length;
    const uses = t('dictionary.uses', { count: usages.length });
    return inTrash ? `${uses}, ${t('dictionary.usesInTrash', { count: inTrash })}` : uses;
  };
}

export function EntryRow({ entry, all, usages, onChange, onDelete, onMerge }: Props) {
  const { t } = useTranslation();
  const usageText = useUsageText();
  const countText = useCountText();
  const [mergeTarget, setMergeTarget] = useState('');
  const siblings = all.filter((e) => e.kind === entry.kind && e.id !== entry.id);
  return (
    <li className="dictionary-entry" data-testid="dictionary-entry">
      <div className="dictionary-entry__head">
        <CommitInput className="dictionary-entry__name" aria-label={t('dictionary.name')} value={entry.name} onCommit={(name) => name.trim() && onChange({ ...entry, name: name.trim() })} />
        <span className="muted" data-testid="usage-count">
          {usages === undefined ? '…' : countText(usages)}
        </span>
        {/* Until its uses are known, whether to explain or to confirm is not known either. */}
        <button type="button" className="danger" disabled={usages === undefined} onClick={onDelete}>
          {t('dictionary.delete')}
        </button>
      </div>
      <details>
        <summary>{t('dictionary.details')}</summary>
        <EntryDetails entry={entry} all={all} onChange={onChange} />
        {usages && usages.length > 0 && (
          <ul className="usages">
            {usages.map((usage, i) => (
              <li key={i}>{usageText(usage)}</li>
            ))}
          </ul>
        )}
        {siblings.length > 0 && (
          <div className="dictionary-entry__merge">
            <select aria-label={t('dictionary.mergeInto')} value={mergeTarget} onChange={(e) => setMergeTarget(e.target.value)}>
              <option value="">{t('dictionary.mergeInto')}</option>
              {siblings.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={!mergeTarget}
              onClick={() => {
                const into = siblings.find((s) => s.id === mergeTarget);
                if (into) onMerge(into);
              }}
            >
              {t('dictionary.merge')}
            </button>
          </div>
        )}
      </details>
    </li>
  );
}
