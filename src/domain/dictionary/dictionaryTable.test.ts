import { describe, expect, it } from 'vitest';
import { accessLevels, dictionaryKinds, fieldTypes, type DictionaryEntry } from './dictionary';
import {
  accessLevelTitles,
  columnForHeader,
  columnTitles,
  dictionaryColumns,
  entriesToRows,
  fieldTypeTitles,
  kindTitles,
  localizeRow,
  parseAccessLevel,
  parseFieldType,
  parseKind,
  rowsToEntries,
  splitFieldList,
  tableLanguages,
  type DictionaryRow,
} from './dictionaryTable';
import { factory, gbdFl, iin, idCard, portableSet, sampleDictionary, specialist, surname } from './dictionaryFixtures';

function row(cells: Partial<DictionaryRow>): Record<string, string> {
  return { kind: '', name: '', ...cells };
}

describe('entriesToRows', () => {
  it('writes every column, systems first and documents last, references as names', () => {
    const rows = entriesToRows(sampleDictionary);
    expect(rows.map((r) => r.kind)).toEqual(['system', 'system', 'role', 'field', 'field', 'field', 'field', 'document', 'document']);
    for (const r of rows) expect(Object.keys(r)).toEqual([...dictionaryColumns]);
    expect(rows[0]).toMatchObject({ kind: 'system', name: 'ГБД ФЛ', ownerBody: gbdFl.ownerBody, holderSystem: '', fields: '' });
    expect(rows.find((r) => r.name === 'ИИН')).toMatchObject({
      dataType: 'iin',
      holderSystem: 'ГБД ФЛ',
      accessLevel: 'confidential',
      dataOwner: 'МЮ РК',
      legalBasis: iin.legalBasis,
    });
    expect(rows.find((r) => r.name === idCard.name)?.fields).toBe('ИИН; Тегі (Фамилия); Дата рождения; Серия; номер');
    expect(rows.find((r) => r.name === specialist.name)).toMatchObject({ unit: 'Отдел обслуживания населения', side: 'provider' });
    expect(rows[0]).toMatchObject({ ownerBody: gbdFl.ownerBody, developer: gbdFl.developer });
  });

  it('writes whose staff a role is in people’s words, and reads those words back in any language', () => {
    const role = entriesToRows([specialist])[0] as DictionaryRow;
    expect(localizeRow(role, 'ru').side).toBe('Работник услугодателя');
    expect(localizeRow(role, 'kk').side).toBe('Көрсетілетін қызметті берушінің қызметкері');
    const make = { projectId: 'p', newId: () => 'new', now: 5 };
    const read = rowsToEntries([{ kind: 'role', name: 'Заявитель', side: 'Услугополучатель' }, { kind: 'role', name: 'Кто-то', side: 'сосед' }], [], make);
    expect(read.upserts).toMatchObject([{ kind: 'role', name: 'Заявитель', side: 'applicant' }]);
    expect(read.errors).toEqual([{ row: 2, column: 'side', code: 'invalidValue', value: 'сосед' }]);
  });

  it('leaves out references to entries that are gone', () => {
    const rows = entriesToRows([{ ...iin, holderSystemId: 'deleted' }, { ...idCard, fieldIds: ['f1', 'deleted'] }]);
    expect(rows[0]?.holderSystem).toBe('');
    expect(rows[1]?.fields).toBe('ИИН');
  });

  it('localizes kind, data type and access level for people', () => {
    const field = entriesToRows([iin])[0] as DictionaryRow;
    expect(localizeRow(field, 'ru')).toMatchObject({ kind: 'Поле', dataType: 'ИИН', accessLevel: 'Конфиденциальный' });
    expect(localizeRow(field, 'kk')).toMatchObject({ kind: 'Өріс', dataType: 'ЖСН', accessLevel: 'Құпия' });
    expect(localizeRow(field, 'en')).toMatchObject({ kind: 'Field', dataType: 'IIN', accessLevel: 'Confidential' });
  });
});

describe('headers and values', () => {
  it('reads machine keys and titles in every language, whatever the case and spacing', () => {
    for (const column of dictionaryColumns) {
      expect(columnForHeader(column)).toBe(column);
      expect(columnForHeader(column.toUpperCase())).toBe(column);
      for (const language of tableLanguages) {
        expect(columnForHeader(columnTitles[column][language])).toBe(column);
        expect(columnForHeader(`  ${columnTitles[column][language].toUpperCase()} `)).toBe(column);
      }
    }
    expect(columnForHeader('Система - держатель данных')).toBe('holderSystem');
    expect(columnForHeader('Комментарий')).toBeUndefined();
  });

  it('reads every value as machine value or title in any language', () => {
    for (const language of tableLanguages) {
      for (const kind of dictionaryKinds) expect(parseKind(kindTitles[kind][language])).toBe(kind);
      for (const type of fieldTypes) expect(parseFieldType(fieldTypeTitles[type][language])).toBe(type);
      for (const level of accessLevels) expect(parseAccessLevel(accessLevelTitles[level][language])).toBe(level);
    }
    expect(parseKind('FIELD')).toBe('field');
    expect(parseKind('Система')).toBe('system');
    expect(parseFieldType('да / нет')).toBe('boolean');
    expect(parseAccessLevel('ограниченного  доступа')).toBe('restricted');
    expect(parseKind('Справка')).toBeUndefined();
  });

  it('splits a field list, keeping names that contain a semicolon', () => {
    const known = new Set(['ИИН', 'Серия; номер', 'Дата рождения']);
    expect(splitFieldList('ИИН; Серия; номер;Дата рождения', (n) => known.has(n))).toEqual({
      names: ['ИИН', 'Серия; номер', 'Дата рождения'],
      unknown: [],
    });
    expect(splitFieldList('ИИН\nОтчество;;', (n) => known.has(n))).toEqual({ names: ['ИИН'], unknown: ['Отчество'] });
    expect(splitFieldList('', () => true)).toEqual({ names: [], unknown: [] });
  });
});

describe('rowsToEntries', () => {
  it('round-trips a dictionary into an empty project with references resolved', () => {
    const { upserts, errors } = rowsToEntries(entriesToRows(sampleDictionary), [], factory());
    expect(errors).toEqual([]);
    expect(upserts).toHaveLength(sampleDictionary.length);
    expect(portableSet(upserts)).toEqual(portableSet(sampleDictionary));
    for (const entry of upserts) {
      expect(entry).toMatchObject({ projectId: 'p-target', createdAt: 1000, updatedAt: 1000 });
      expect(entry.id).toMatch(/^new-\d+$/);
    }
    expect(new Set(upserts.map((e) => e.id)).size).toBe(upserts.length);
    const field = upserts.find((e) => e.name === 'ИИН');
    const system = upserts.find((e) => e.name === 'ГБД ФЛ');
    expect(field?.kind === 'field' && field.holderSystemId).toBe(system?.id);
  });

  it('round-trips through localized rows in every language', () => {
    for (const language of tableLanguages) {
      const rows = entriesToRows(sampleDictionary).map((r) => localizeRow(r, language));
      const titled = rows.map((r) => Object.fromEntries(dictionaryColumns.map((c) => [columnTitles[c][language], r[c]])));
      const { upserts, errors } = rowsToEntries(titled, [], factory());
      expect(errors).toEqual([]);
      expect(portableSet(upserts)).toEqual(portableSet(sampleDictionary));
    }
  });

  it('updates existing entries by kind and name, keeps their ids and leaves unchanged ones out', () => {
    const existing: DictionaryEntry[] = [
      { ...gbdFl, id: 'x-sys', projectId: 'p-target', ownerBody: 'старое значение' },
      { ...iin, id: 'x-iin', projectId: 'p-target', name: 'иин', holderSystemId: '', dataType: 'text' },
      { ...specialist, id: 'x-role', projectId: 'p-target' },
      { ...surname, id: 'x-other', projectId: 'p-target', name: 'Отчество' },
    ];
    const rows = [
      row({ kind: 'system', name: ' гбд фл ', ownerBody: gbdFl.ownerBody }),
      row({ kind: 'role', name: specialist.name, description: specialist.description, unit: specialist.unit }),
      row({ kind: 'field', name: 'ИИН', holderSystem: 'ГБД ФЛ', dataType: 'iin', accessLevel: 'confidential' }),
      row({ kind: 'document', name: 'Удостоверение личности', fields: 'ИИН; Отчество' }),
    ];
    const { upserts, errors } = rowsToEntries(rows, existing, factory());
    expect(errors).toEqual([]);
    expect(upserts.map((e) => e.id)).toEqual(['x-sys', 'x-iin', 'new-1']);
    expect(upserts[0]).toMatchObject({ name: 'гбд фл', ownerBody: gbdFl.ownerBody, createdAt: 1, updatedAt: 1000, projectId: 'p-target' });
    // Columns the file lacks (dataOwner, legalBasis, description) keep their values.
    expect(upserts[1]).toMatchObject({ name: 'ИИН', dataType: 'iin', holderSystemId: 'x-sys', dataOwner: 'МЮ РК', legalBasis: iin.legalBasis });
    expect(upserts[2]).toMatchObject({ kind: 'document', fieldIds: ['x-iin', 'x-other'], projectId: 'p-target' });
  });

  it('empty enumeration cells keep what an entry has, empty text cells clear it', () => {
    const existing: DictionaryEntry[] = [{ ...iin, holderSystemId: '' }];
    const { upserts } = rowsToEntries(
      [row({ kind: 'field', name: 'ИИН', dataType: '', accessLevel: '', dataOwner: '', holderSystem: '' })],
      existing,
      factory(),
    );
    expect(upserts[0]).toMatchObject({ id: 'f1', dataType: 'iin', accessLevel: 'confidential', dataOwner: '' });
    const fresh = rowsToEntries([row({ kind: 'field', name: 'Отчество', dataType: '', accessLevel: '' })], [], factory());
    expect(fresh.upserts[0]).toMatchObject({ dataType: 'text', accessLevel: 'open', holderSystemId: '' });
  });

  it('reports every error code with row and column, and imports the other rows', () => {
    const rows = [
      row({ kind: 'system', name: 'ГБД ФЛ' }), // 1
      row({ kind: 'справка', name: 'Справка о несудимости' }), // 2 unknownKind
      row({ kind: 'field', name: '   ' }), // 3 missingName
      row({ kind: 'field', name: 'ИИН', dataType: 'iin' }), // 4
      row({ kind: 'Поле', name: 'иин' }), // 5 duplicate
      row({ kind: 'field', name: 'Фамилия', dataType: 'строка', accessLevel: 'секретно' }), // 6 invalidValue ×2
      row({ kind: 'field', name: 'Адрес', holderSystem: 'ГБД РН' }), // 7 unknownReference
      row({}), // 8 blank: skipped silently
      row({ kind: 'document', name: 'Удостоверение личности', fields: 'ИИН; Адрес; Фамилия' }), // 9 unknownReference ×2
      row({ kind: 'document', name: 'Заявление', fields: 'ИИН' }), // 10
    ];
    const { upserts, errors } = rowsToEntries(rows, [], factory());
    expect(errors).toEqual([
      { row: 2, column: 'kind', code: 'unknownKind', value: 'справка' },
      { row: 3, column: 'name', code: 'missingName', value: '' },
      { row: 5, column: 'name', code: 'duplicate', value: 'иин' },
      { row: 6, column: 'dataType', code: 'invalidValue', value: 'строка' },
      { row: 6, column: 'accessLevel', code: 'invalidValue', value: 'секретно' },
      { row: 7, column: 'holderSystem', code: 'unknownReference', value: 'ГБД РН' },
      { row: 9, column: 'fields', code: 'unknownReference', value: 'Адрес' },
      { row: 9, column: 'fields', code: 'unknownReference', value: 'Фамилия' },
    ]);
    expect(upserts.map((e) => `${e.kind}:${e.name}:${e.id}`)).toEqual(['system:ГБД ФЛ:new-1', 'field:ИИН:new-2', 'document:Заявление:new-3']);
  });

  it('resolves a reference to an existing entry even when the file row for it is bad', () => {
    const existing: DictionaryEntry[] = [{ ...iin, projectId: 'p-target' }];
    const rows = [
      row({ kind: 'field', name: 'ИИН', dataType: '???' }),
      row({ kind: 'document', name: 'Заявление', fields: 'ИИН' }),
    ];
    const { upserts, errors } = rowsToEntries(rows, existing, factory());
    expect(errors.map((e) => e.code)).toEqual(['invalidValue']);
    expect(upserts).toMatchObject([{ kind: 'document', fieldIds: ['f1'] }]);
  });

  it('does not throw on odd input', () => {
    const odd: Record<string, string>[] = [{}, { kind: undefined as unknown as string, name: 'x' }, { 'Вид': 'Роль', 'Название': 'Оператор', junk: 'y' }];
    const { upserts, errors } = rowsToEntries(odd, [], factory());
    expect(errors).toEqual([{ row: 2, column: 'kind', code: 'unknownKind', value: '' }]);
    expect(upserts).toMatchObject([{ kind: 'role', name: 'Оператор', unit: '' }]);
  });
});
