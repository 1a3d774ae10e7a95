/** A realistic dictionary for tests of the dictionary table and files. */
import type { DictionaryEntry, DocumentEntry, FieldEntry, RoleEntry, SystemEntry } from './dictionary';

const base = (id: string, name: string, description = '') => ({ id, projectId: 'p-source', name, description, createdAt: 1, updatedAt: 1 });

export const gbdFl: SystemEntry = {
  ...base('s1', 'ГБД ФЛ', 'Государственная база данных «Физические лица»'),
  kind: 'system',
  ownerBody: 'Министерство юстиции Республики Казахстан',
  developer: 'АО «Национальные информационные технологии»',
};
export const nuc: SystemEntry = {
  ...base('s2', 'Ұлттық куәландырушы орталық (ҰКО)', 'ЭЦҚ кілттерін береді; Һ, І әріптері'),
  kind: 'system',
  ownerBody: 'Министерство цифрового развития, инноваций и аэрокосмической промышленности',
  developer: '',
};
export const specialist: RoleEntry = {
  ...base('r1', 'Специалист ЦОН', 'Принимает заявление, сверяет документы'),
  kind: 'role',
  unit: 'Отдел обслуживания населения',
  side: 'provider',
};
export const iin: FieldEntry = {
  ...base('f1', 'ИИН', 'Индивидуальный идентификационный номер, 12 цифр'),
  kind: 'field',
  dataType: 'iin',
  holderSystemId: 's1',
  dataOwner: 'МЮ РК',
  accessLevel: 'confidential',
  legalBasis: 'Закон РК «О национальных реестрах идентификационных номеров» от 12 января 2007 года № 223',
};
export const surname: FieldEntry = {
  ...base('f2', 'Тегі (Фамилия)', 'Как в удостоверении; "в кавычках", с запятой, точкой с запятой;\nи второй строкой'),
  kind: 'field',
  dataType: 'text',
  holderSystemId: 's1',
  dataOwner: 'МЮ РК',
  accessLevel: 'restricted',
  legalBasis: '',
};
export const birthDate: FieldEntry = {
  ...base('f3', 'Дата рождения'),
  kind: 'field',
  dataType: 'date',
  holderSystemId: '',
  dataOwner: '',
  accessLevel: 'open',
  legalBasis: '',
};
export const seriesNumber: FieldEntry = {
  ...base('f4', 'Серия; номер', 'Имя поля содержит точку с запятой'),
  kind: 'field',
  dataType: 'text',
  holderSystemId: '',
  dataOwner: '',
  accessLevel: 'open',
  legalBasis: '',
};
export const idCard: DocumentEntry = {
  ...base('d1', 'Удостоверение личности', 'Документ, удостоверяющий личность гражданина РК'),
  kind: 'document',
  fieldIds: ['f1', 'f2', 'f3', 'f4'],
};
export const application: DocumentEntry = {
  ...base('d2', 'Өтініш (Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І)', '=СУММ(A1:A2) — не формула'),
  kind: 'document',
  fieldIds: ['f1'],
};

export const sampleDictionary: DictionaryEntry[] = [application, idCard, birthDate, surname, iin, seriesNumber, specialist, nuc, gbdFl];

/** Sequential ids and a fixed clock for rowsToEntries. */
export function factory(projectId = 'p-target', prefix = 'new') {
  let next = 0;
  return { projectId, now: 1000, newId: () => `${prefix}-${++next}` };
}

/** Entries as a file sees them, to compare across projects: no ids, project or times; references as names; by kind and name. */
export function portableSet(entries: readonly DictionaryEntry[]): Record<string, unknown>[] {
  const nameOf = (id: string) => entries.find((other) => other.id === id)?.name ?? `(missing ${id})`;
  return entries
    .map((entry) => {
      const out: Record<string, unknown> = { ...entry };
      for (const key of ['id', 'projectId', 'createdAt', 'updatedAt']) delete out[key];
      if (entry.kind === 'field') out.holderSystemId = entry.holderSystemId ? nameOf(entry.holderSystemId) : '';
      if (entry.kind === 'document') out.fieldIds = entry.fieldIds.map(nameOf);
      return out;
    })
    .sort((a, b) => `${String(a.kind)}:${String(a.name)}`.localeCompare(`${String(b.kind)}:${String(b.name)}`));
}
