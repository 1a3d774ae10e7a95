import { newEntry, sortByName, type DictionaryEntry, type DictionaryKind } from '../domain/dictionary/dictionary';
import { newId, type WorkbenchDb } from './db';

export async function listDictionary(db: WorkbenchDb, projectId: string): Promise<DictionaryEntry[]> {
  return sortByName(await db.dictionary.where('projectId').equals(projectId).toArray());
}

export async function addEntry(db: WorkbenchDb, projectId: string, kind: DictionaryKind, name: string): Promise<DictionaryEntry> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A dictionary entry needs a name');
  const now = Date.now();
  const entry = newEntry(kind, { id: newId(), projectId, name: trimmed, createdAt: now, updatedAt: now });
  await db.dictionary.add(entry);
  return entry;
}

/** Saves an edited entry; steps refer to it by id, so a new name shows everywhere at once. */
export async function putEntry(db: WorkbenchDb, entry: DictionaryEntry): Promise<void> {
  if (!entry.name.trim()) throw new Error('A dictionary entry needs a name');
  await db.dictionary.put({ ...entry, name: entry.name.trim(), updatedAt: Date.now() });
}

export async function putEntries(db: WorkbenchDb, entries: DictionaryEntry[]): Promise<void> {
  const now = Date.now();
  await db.dictionary.bulkPut(entries.map((entry) => ({ ...entry, updatedAt: now })));
}

export async function deleteEntry(db: WorkbenchDb, projectId: string, id: string): Promise<void> {
  await db.dictionary.delete([projectId, id]);
}
