import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Project } from '../domain/project';
import type { Process, Variant } from '../domain/variant';
import type { DictionaryEntry } from '../domain/dictionary/dictionary';
import type { ProcessAssessment } from '../domain/compare/assessment';
import { applySchema } from './schema';

/**
 * The workspace database in this browser's IndexedDB. Never rename a table or an index
 * without a new version in schema.ts: users' data lives under these names.
 */
export const databaseName = 'reengineering-workbench';

/** An earlier content of a variant, kept when something replaces it (an import, a conflicting save). */
export interface Snapshot {
  id: string;
  variantId: string;
  projectId: string;
  reason: 'replacedByImport' | 'conflict';
  xml: string;
  createdAt: number;
}

export interface Setting {
  key: string;
  value: string;
}

export class WorkbenchDb extends Dexie {
  projects!: EntityTable<Project, 'id'>;
  processes!: EntityTable<Process, 'id'>;
  variants!: EntityTable<Variant, 'id'>;
  snapshots!: EntityTable<Snapshot, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  dictionary!: Table<DictionaryEntry, [string, string]>;
  assessments!: EntityTable<ProcessAssessment, 'processId'>;

  constructor(name = databaseName) {
    super(name);
    applySchema(this);
  }
}

export function newId(): string {
  return crypto.randomUUID();
}
