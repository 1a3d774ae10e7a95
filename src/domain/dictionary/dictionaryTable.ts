/**
 * The dictionary as a flat table: one row per entry, one column per detail. This is the shape of
 * the CSV and XLSX files that carry a dictionary from one project to another.
 *
 * Ids differ between projects, so a file never holds an id: an entry is known by its kind and
 * name, and references are written as names (a field's holder system; a document's fields).
 *
 * File conventions (the writers live in src/features/dictionary/dictionaryFiles.ts):
 * - CSV is for machines: one header row of the machine keys in {@link dictionaryColumns}, and the
 *   machine values of kind, dataType and accessLevel ("field", "iin", "confidential").
 * - XLSX is for people: one header row of {@link columnTitles} in the chosen language, and kind,
 *   dataType and accessLevel written as their titles in that language ("Поле", "ИИН", …).
 * - Reading accepts either: {@link rowsToEntries} takes as a header the machine key or the title
 *   in any of the three languages (case, spaces, hyphens and «ё» do not matter), and as a value of
 *   kind, dataType or accessLevel the machine value or its title in any language. So a CSV that
 *   someone re-saved from Excel with Russian headers still imports, and so does an XLSX made in
 *   one language into a project worked on in another.
 * - A document's fields are the names of its fields joined by {@link fieldListSeparator}; reading
 *   also splits on line breaks, and a field name that itself contains ";" is still found.
 * - Row numbers in {@link RowError} count data rows from 1: the row just under the header is 1.
 */
import {
  accessLevels,
  dictionaryKinds,
  fieldTypes,
  newEntry,
  type AccessLevel,
  type DictionaryEntry,
  type DictionaryKind,
  type ExecutorSide,
  type FieldType,
  executorSides,
} from './dictionary';

export const dictionaryColumns = [
  'kind',
  'name',
  'description',
  'dataType',
  'holderSystem',
  'dataOwner',
  'accessLevel',
  'legalBasis',
  'ownerBody',
  'developer',
  'unit',
  'side',
  'fields',
] as const;
export type DictionaryColumn = (typeof dictionaryColumns)[number];
export type DictionaryRow = Record<DictionaryColumn, string>;

export const tableLanguages = ['ru', 'kk', 'en'] as const;
export type TableLanguage = (typeof tableLanguages)[number];
export type Titles = Record<TableLanguage, string>;

/** Column headers of the XLSX file (and accepted as headers of a CSV file). */
export const columnTitles: Record<DictionaryColumn, Titles> = {
  kind: { ru: 'Вид', kk: 'Түрі', en: 'Kind' },
  name: { ru: 'Название', kk: 'Атауы', en: 'Name' },
  description: { ru: 'Описание', kk: 'Сипаттамасы', en: 'Description' },
  dataType: { ru: 'Тип данных', kk: 'Деректер түрі', en: 'Data type' },
  holderSystem: { ru: 'Система-держатель данных', kk: 'Деректерді ұстаушы жүйе', en: 'Holder system' },
  dataOwner: { ru: 'Владелец данных', kk: 'Деректер иесі', en: 'Data owner' },
  accessLevel: { ru: 'Уровень доступа', kk: 'Қолжетімділік деңгейі', en: 'Access level' },
  legalBasis: { ru: 'Правовое основание', kk: 'Құқықтық негіз', en: 'Legal basis' },
  ownerBody: { ru: 'Орган-владелец системы', kk: 'Жүйе иесі орган', en: 'Owner body' },
  developer: { ru: 'Разработчик системы', kk: 'Жүйені әзірлеуші', en: 'System developer' },
  unit: { ru: 'Подразделение', kk: 'Бөлімше', en: 'Unit' },
  side: { ru: 'Чей работник', kk: 'Кімнің қызметкері', en: 'Whose staff' },
  fields: { ru: 'Поля документа', kk: 'Құжат өрістері', en: 'Document fields' },
};

export const kindTitles: Record<DictionaryKind, Titles> = {
  document: { ru: 'Документ', kk: 'Құжат', en: 'Document' },
  field: { ru: 'Поле', kk: 'Өріс', en: 'Field' },
  system: { ru: 'Информационная система', kk: 'Ақпараттық жүйе', en: 'Information system' },
  role: { ru: 'Бизнес-роль', kk: 'Бизнес-рөл', en: 'Business role' },
};

export const fieldTypeTitles: Record<FieldType, Titles> = {
  text: { ru: 'Текст', kk: 'Мәтін', en: 'Text' },
  number: { ru: 'Число', kk: 'Сан', en: 'Number' },
  date: { ru: 'Дата', kk: 'Күні', en: 'Date' },
  iin: { ru: 'ИИН', kk: 'ЖСН', en: 'IIN' },
  bin: { ru: 'БИН', kk: 'БСН', en: 'BIN' },
  address: { ru: 'Адрес', kk: 'Мекенжай', en: 'Address' },
  enumeration: { ru: 'Перечисление', kk: 'Тізбе', en: 'Enumeration' },
  file: { ru: 'Файл', kk: 'Файл', en: 'File' },
  boolean: { ru: 'Да/нет', kk: 'Иә/жоқ', en: 'Yes/no' },
};

export const accessLevelTitles: Record<AccessLevel, Titles> = {
  open: { ru: 'Открытый', kk: 'Ашық', en: 'Open' },
  restricted: { ru: 'Ограниченного доступа', kk: 'Қолжетімділігі шектеулі', en: 'Restricted' },
  confidential: { ru: 'Конфиденциальный', kk: 'Құпия', en: 'Confidential' },
};

export const sideTitles: Record<ExecutorSide, Titles> = {
  applicant: { ru: 'Услугополучатель', kk: 'Көрсетілетін қызметті алушы', en: 'Applicant' },
  provider: { ru: 'Работник услугодателя', kk: 'Көрсетілетін қызметті берушінің қызметкері', en: 'Service provider staff' },
  stateBody: { ru: 'Работник другого госоргана', kk: 'Басқа мемлекеттік органның қызметкері', en: 'Other state body staff' },
  other: { ru: 'Иная организация', kk: 'Өзге ұйым', en: 'Other organisation' },
};

/** Other words people write for a kind; read, never written. */
const kindAliases: Record<DictionaryKind, string[]> = {
  document: [],
  field: ['Поле данных', 'Деректер өрісі', 'Data field'],
  system: ['Система', 'ИС', 'Жүйе', 'АЖ', 'System'],
  role: ['Роль', 'Рөл', 'Role'],
};

/** Rows go out in this kind order, so whatever a row refers to is above it. */
export const kindOrder: readonly DictionaryKind[] = ['system', 'role', 'field', 'document'];

export const fieldListSeparator = '; ';

export type RowErrorCode = 'unknownKind' | 'missingName' | 'invalidValue' | 'unknownReference' | 'duplicate';

export interface RowError {
  /** 1-based data row: the first row under the header is 1. */
  row: number;
  /** Machine key of the column (translate it with {@link columnTitles}). */
  column: DictionaryColumn;
  code: RowErrorCode;
  /** The offending cell text, or the one unknown name for unknownReference. */
  value: string;
}

export interface DictionaryImport {
  /** New entries and changed existing ones (same id), systems and roles first, documents last. Unchanged entries are left out. */
  upserts: DictionaryEntry[];
  /** Sorted by row, then column. A row with any error is not imported; the other rows are. */
  errors: RowError[];
}

export interface EntryFactory {
  projectId: string;
  newId(): string;
  now: number;
}

/** Header text, title or value folded for matching: case, spaces, hyphens, underscores and «ё» do not count. */
export function foldLabel(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s_\-‐-―.:*"'«»()]+/g, '');
}

/** Identity of an entry across projects: kind + name, case-insensitive, trimmed. */
export function entryKey(kind: DictionaryKind, name: string): string {
  return `${kind}\u0000${name.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

function lookup<T extends string>(values: readonly T[], titles: Record<T, Titles>, aliases?: Record<T, string[]>): Map<string, T> {
  const map = new Map<string, T>();
  const add = (label: string, value: T) => {
    const folded = foldLabel(label);
    const known = map.get(folded);
    if (known !== undefined && known !== value) throw new Error(`Label "${label}" means both ${known} and ${value}`);
    map.set(folded, value);
  };
  for (const value of values) {
    add(value, value);
    for (const language of tableLanguages) add(titles[value][language], value);
    for (const alias of aliases?.[value] ?? []) add(alias, value);
  }
  return map;
}

const headerLookup = lookup(dictionaryColumns, columnTitles);
const kindLookup = lookup(dictionaryKinds, kindTitles, kindAliases);
const fieldTypeLookup = lookup(fieldTypes, fieldTypeTitles);
const accessLevelLookup = lookup(accessLevels, accessLevelTitles);
const sideLookup = lookup(executorSides, sideTitles);

/** The column a header cell names (machine key or title in any language), if any. */
export function columnForHeader(header: string): DictionaryColumn | undefined {
  return headerLookup.get(foldLabel(header));
}

export const parseKind = (text: string): DictionaryKind | undefined => kindLookup.get(foldLabel(text));
export const parseFieldType = (text: string): FieldType | undefined => fieldTypeLookup.get(foldLabel(text));
export const parseAccessLevel = (text: string): AccessLevel | undefined => accessLevelLookup.get(foldLabel(text));
export const parseSide = (text: string): ExecutorSide | undefined => sideLookup.get(foldLabel(text));

function emptyRow(): DictionaryRow {
  return Object.fromEntries(dictionaryColumns.map((column) => [column, ''])) as DictionaryRow;
}

/**
 * The dictionary as rows with machine values, systems first, then roles, fields and documents,
 * each kind by name. References that lead nowhere (a deleted holder system or field) are left out.
 */
export function entriesToRows(entries: readonly DictionaryEntry[]): DictionaryRow[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const nameOf = (id: string, kind: DictionaryKind): string | undefined => {
    const target = byId.get(id);
    return target?.kind === kind ? target.name : undefined;
  };
  const sorted = [...entries].sort(
    (a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.name.localeCompare(b.name, 'ru') || a.id.localeCompare(b.id),
  );
  return sorted.map((entry) => {
    const row: DictionaryRow = { ...emptyRow(), kind: entry.kind, name: entry.name, description: entry.description };
    switch (entry.kind) {
      case 'document':
        row.fields = entry.fieldIds
          .map((id) => nameOf(id, 'field'))
          .filter((name): name is string => name !== undefined)
          .join(fieldListSeparator);
        break;
      case 'field':
        row.dataType = entry.dataType;
        row.holderSystem = nameOf(entry.holderSystemId, 'system') ?? '';
        row.dataOwner = entry.dataOwner;
        row.accessLevel = entry.accessLevel;
        row.legalBasis = entry.legalBasis;
        break;
      case 'system':
        row.ownerBody = entry.ownerBody;
        row.developer = entry.developer;
        break;
      case 'role':
        row.unit = entry.unit;
        row.side = entry.side;
        break;
    }
    return row;
  });
}

/** A row with kind, dataType and accessLevel written as titles in a language (for people, in XLSX). */
export function localizeRow(row: DictionaryRow, language: TableLanguage): DictionaryRow {
  const title = <T extends string>(value: string, titles: Record<T, Titles>): string =>
    Object.hasOwn(titles, value) ? titles[value as T][language] : value;
  return {
    ...row,
    kind: title(row.kind, kindTitles),
    dataType: title(row.dataType, fieldTypeTitles),
    accessLevel: title(row.accessLevel, accessLevelTitles),
    side: title(row.side, sideTitles),
  };
}

interface ReadRow {
  row: number;
  cells: DictionaryRow;
  /** Columns the file has: a column it lacks keeps an existing entry's value. */
  present: Set<DictionaryColumn>;
}

interface AcceptedRow extends ReadRow {
  kind: DictionaryKind;
  name: string;
  key: string;
  dataType?: FieldType;
  accessLevel?: AccessLevel;
  side?: ExecutorSide;
}

function readRow(raw: Record<string, string>, row: number): ReadRow {
  const cells = emptyRow();
  const present = new Set<DictionaryColumn>();
  for (const [header, value] of Object.entries(raw)) {
    const column = columnForHeader(header);
    if (!column) continue;
    const text = String(value ?? '')
      .replace(/\r\n?/g, '\n')
      .trim();
    // Two headers for one column (say "name" and "Название"): the first that says something wins.
    if (!present.has(column) || cells[column] === '') cells[column] = text;
    present.add(column);
  }
  return { row, cells, present };
}

/**
 * Splits a document's field list into names known to `isKnown`. Separators are ";" and line
 * breaks; the longest run of pieces that names a known field wins, so "Серия; номер" is one field
 * if the dictionary has it. Pieces that name nothing known come back in `unknown`.
 */
export function splitFieldList(text: string, isKnown: (name: string) => boolean): { names: string[]; unknown: string[] } {
  const starts = [0];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ';' || text[i] === '\n') {
      ends.push(i);
      starts.push(i + 1);
    }
  }
  ends.push(text.length);
  const names: string[] = [];
  const unknown: string[] = [];
  let i = 0;
  while (i < starts.length) {
    let next = i + 1;
    let found: string | undefined;
    for (let j = starts.length - 1; j >= i; j--) {
      const candidate = text.slice(starts[i], ends[j]).trim();
      if (candidate !== '' && isKnown(candidate)) {
        found = candidate;
        next = j + 1;
        break;
      }
    }
    if (found !== undefined) names.push(found);
    else {
      const piece = text.slice(starts[i], ends[i]).trim();
      if (piece !== '') unknown.push(piece);
    }
    i = next;
  }
  return { names, unknown };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}

function sameEntry(a: DictionaryEntry, b: DictionaryEntry): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('updatedAt');
  return [...keys].every((key) => sameValue((a as unknown as Record<string, unknown>)[key], (b as unknown as Record<string, unknown>)[key]));
}

/**
 * Merges rows read from a file into the dictionary of a target project. A row whose kind + name
 * (case-insensitive, trimmed) matches an existing entry updates it and keeps its id; any other row
 * makes a new entry. Holder systems and document fields are found by name among the existing and
 * the imported entries; nothing is created implicitly. Never throws on bad data: a bad row becomes
 * one or more {@link RowError}s and is skipped, the other rows are still imported. Blank rows are
 * skipped silently. An empty cell of dataType or accessLevel keeps the existing value (a new entry
 * gets the default); an empty text cell clears the text; a column the file lacks changes nothing.
 */
export function rowsToEntries(
  rows: readonly Record<string, string>[],
  existing: readonly DictionaryEntry[],
  make: EntryFactory,
): DictionaryImport {
  const errors: RowError[] = [];
  const existingByKey = new Map<string, DictionaryEntry>();
  for (const entry of existing) {
    const key = entryKey(entry.kind, entry.name);
    if (!existingByKey.has(key)) existingByKey.set(key, entry);
  }
  /** kind+name → id of every entry a reference may point to: existing ones, then imported ones as they are made. */
  const idByKey = new Map<string, string>([...existingByKey].map(([key, entry]) => [key, entry.id]));

  const accepted: AcceptedRow[] = [];
  const seen = new Set<string>();
  rows.forEach((raw, index) => {
    const read = readRow(raw, index + 1);
    const { row, cells, present } = read;
    if (dictionaryColumns.every((column) => cells[column] === '')) return;
    const kind = parseKind(cells.kind);
    if (!kind) {
      errors.push({ row, column: 'kind', code: 'unknownKind', value: cells.kind });
      return;
    }
    const name = cells.name.replace(/\s+/g, ' ');
    if (name === '') {
      errors.push({ row, column: 'name', code: 'missingName', value: '' });
      return;
    }
    const key = entryKey(kind, name);
    if (seen.has(key)) {
      errors.push({ row, column: 'name', code: 'duplicate', value: name });
      return;
    }
    seen.add(key);
    const accept: AcceptedRow = { ...read, kind, name, key };
    if (kind === 'field') {
      let bad = false;
      if (present.has('dataType') && cells.dataType !== '') {
        accept.dataType = parseFieldType(cells.dataType);
        if (!accept.dataType) {
          errors.push({ row, column: 'dataType', code: 'invalidValue', value: cells.dataType });
          bad = true;
        }
      }
      if (present.has('accessLevel') && cells.accessLevel !== '') {
        accept.accessLevel = parseAccessLevel(cells.accessLevel);
        if (!accept.accessLevel) {
          errors.push({ row, column: 'accessLevel', code: 'invalidValue', value: cells.accessLevel });
          bad = true;
        }
      }
      if (bad) return;
    }
    if (kind === 'role' && present.has('side') && cells.side !== '') {
      accept.side = parseSide(cells.side);
      if (!accept.side) {
        errors.push({ row, column: 'side', code: 'invalidValue', value: cells.side });
        return;
      }
    }
    accepted.push(accept);
  });

  const upserts: DictionaryEntry[] = [];
  const text = (row: AcceptedRow, column: DictionaryColumn, current: string): string =>
    row.present.has(column) ? row.cells[column] : current;

  for (const kind of kindOrder) {
    for (const row of accepted) {
      if (row.kind !== kind) continue;
      const before = existingByKey.get(row.key);
      // A new entry gets its id only once the row is known to import.
      const base = before ?? newEntry(kind, { id: '', projectId: make.projectId, name: row.name, createdAt: make.now, updatedAt: make.now });
      const common = { name: row.name, description: text(row, 'description', base.description) };
      let after: DictionaryEntry;
      switch (base.kind) {
        case 'system':
          after = { ...base, ...common, ownerBody: text(row, 'ownerBody', base.ownerBody), developer: text(row, 'developer', base.developer) };
          break;
        case 'role':
          after = { ...base, ...common, unit: text(row, 'unit', base.unit), side: row.side ?? base.side };
          break;
        case 'field': {
          let holderSystemId = base.holderSystemId;
          if (row.present.has('holderSystem')) {
            const holder = row.cells.holderSystem;
            holderSystemId = holder === '' ? '' : (idByKey.get(entryKey('system', holder)) ?? '');
            if (holder !== '' && holderSystemId === '') {
              errors.push({ row: row.row, column: 'holderSystem', code: 'unknownReference', value: holder });
              continue;
            }
          }
          after = {
            ...base,
            ...common,
            dataType: row.dataType ?? base.dataType,
            holderSystemId,
            dataOwner: text(row, 'dataOwner', base.dataOwner),
            accessLevel: row.accessLevel ?? base.accessLevel,
            legalBasis: text(row, 'legalBasis', base.legalBasis),
          };
          break;
        }
        case 'document': {
          let fieldIds = base.fieldIds;
          if (row.present.has('fields')) {
            const { names, unknown } = splitFieldList(row.cells.fields, (name) => idByKey.has(entryKey('field', name)));
            if (unknown.length > 0) {
              for (const value of unknown) errors.push({ row: row.row, column: 'fields', code: 'unknownReference', value });
              continue;
            }
            fieldIds = [...new Set(names.map((name) => idByKey.get(entryKey('field', name)) as string))];
          }
          after = { ...base, ...common, fieldIds };
          break;
        }
      }
      if (!before) after = { ...after, id: make.newId() };
      idByKey.set(row.key, after.id);
      if (!before) upserts.push(after);
      else if (!sameEntry(before, after)) upserts.push({ ...after, updatedAt: make.now });
    }
  }

  const columnIndex = (column: DictionaryColumn) => dictionaryColumns.indexOf(column);
  errors.sort((a, b) => a.row - b.row || columnIndex(a.column) - columnIndex(b.column));
  return { upserts, errors };
}
