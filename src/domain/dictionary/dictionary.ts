/**
 * The project-wide dictionary of documents, data fields, information systems and business
 * roles. Steps refer to entries by id, so renaming an entry renames it in every step of every
 * variant at once.
 */
export const dictionaryKinds = ['document', 'field', 'system', 'role'] as const;
export type DictionaryKind = (typeof dictionaryKinds)[number];

export const fieldTypes = ['text', 'number', 'date', 'iin', 'bin', 'address', 'enumeration', 'file', 'boolean'] as const;
export type FieldType = (typeof fieldTypes)[number];

export const accessLevels = ['open', 'restricted', 'confidential'] as const;
export type AccessLevel = (typeof accessLevels)[number];

/**
 * Whose staff a business role is: the applicant (услугополучатель), the service provider's
 * (услугодатель, including the front office that accepts applications for it), another state
 * body's, or an organisation outside the state. МВК question 7 counts the provider's and other
 * state bodies' staff; the service term runs by default over the provider's steps.
 */
export const executorSides = ['applicant', 'provider', 'stateBody', 'other'] as const;
export type ExecutorSide = (typeof executorSides)[number];

interface EntryBase {
  id: string;
  projectId: string;
  name: string;
  description: string;
  createdAt: number;
  updatedAt: number;
}

/** A document is a set of fields. */
export interface DocumentEntry extends EntryBase {
  kind: 'document';
  fieldIds: string[];
}

export interface FieldEntry extends EntryBase {
  kind: 'field';
  dataType: FieldType;
  /** The information system that holds this data: if set, asking the applicant for it breaks the once-only principle. */
  holderSystemId: string;
  dataOwner: string;
  accessLevel: AccessLevel;
  legalBasis: string;
}

export interface SystemEntry extends EntryBase {
  kind: 'system';
  /** The body that owns the system. */
  ownerBody: string;
  /** Who built and maintains it (МВК question 13 asks for the developer, not the owner). */
  developer: string;
}

export interface RoleEntry extends EntryBase {
  kind: 'role';
  unit: string;
  /** Empty while nobody has said. */
  side: ExecutorSide | '';
}

export type DictionaryEntry = DocumentEntry | FieldEntry | SystemEntry | RoleEntry;

/** A new entry of a kind with that kind's defaults. */
export function newEntry(kind: DictionaryKind, base: Omit<EntryBase, 'description'> & { description?: string }): DictionaryEntry {
  const common = { description: '', ...base };
  switch (kind) {
    case 'document':
      return { ...common, kind, fieldIds: [] };
    case 'field':
      return { ...common, kind, dataType: 'text', holderSystemId: '', dataOwner: '', accessLevel: 'open', legalBasis: '' };
    case 'system':
      return { ...common, kind, ownerBody: '', developer: '' };
    case 'role':
      return { ...common, kind, unit: '', side: '' };
  }
}

export function sortByName<T extends { name: string }>(entries: readonly T[], locale = 'ru'): T[] {
  return [...entries].sort((a, b) => a.name.localeCompare(b.name, locale));
}
