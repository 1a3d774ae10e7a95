import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { DictionaryEntry, DictionaryKind } from '../../domain/dictionary/dictionary';
import { addEntry, listDictionary, putEntry } from '../../storage/dictionaryRepository';
import { workspaceDb } from '../../storage/workspace';
import { announce } from '../ui/announcer';

export interface ProjectDictionary {
  entries: DictionaryEntry[];
  byId: Map<string, DictionaryEntry>;
  ofKind(kind: DictionaryKind): DictionaryEntry[];
  /** The entry of that kind and name, created in the dictionary if there is none yet. */
  ensure(kind: DictionaryKind, name: string): Promise<DictionaryEntry>;
  update(entry: DictionaryEntry): Promise<void>;
}

export function useDictionary(projectId: string): ProjectDictionary {
  const { t } = useTranslation();
  const entries = useLiveQuery(() => listDictionary(workspaceDb, projectId), [projectId]) ?? [];
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const ofKind = (kind: DictionaryKind) => entries.filter((entry) => entry.kind === kind);
  return {
    entries,
    byId,
    ofKind,
    async ensure(kind, name) {
      const wanted = name.trim().toLocaleLowerCase();
      const found = ofKind(kind).find((entry) => entry.name.trim().toLocaleLowerCase() === wanted);
      if (found) return found;
      const created = await addEntry(workspaceDb, projectId, kind, name);
      announce(t('stepData.createdEntry', { name: created.name }));
      return created;
    },
    update: (entry) => putEntry(workspaceDb, entry),
  };
}
