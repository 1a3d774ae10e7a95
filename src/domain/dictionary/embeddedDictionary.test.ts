import { describe, expect, it, vi } from 'vitest';
import { readFixture } from '../../../test/corpus';
import { inspectBpmn, newModdle } from '../bpmnFile';
import { newEntry, type DictionaryEntry } from './dictionary';
import { embedDictionary, extractDictionary } from './embeddedDictionary';

const base = { projectId: 'p1', createdAt: 1, updatedAt: 1 };
const entry = (kind: DictionaryEntry['kind'], id: string, name: string, extra: Partial<DictionaryEntry> = {}) =>
  ({ ...newEntry(kind, { ...base, id, name }), ...extra }) as DictionaryEntry;

const dictionary: DictionaryEntry[] = [
  entry('document', 'doc-id-card', 'Удостоверение личности', { fieldIds: ['field-iin'] } as Partial<DictionaryEntry>),
  entry('field', 'field-iin', 'ИИН', { dataType: 'iin', holderSystemId: 'sys-gbdfl', accessLevel: 'restricted' } as Partial<DictionaryEntry>),
  entry('field', 'field-address', 'Адрес', { dataType: 'address' } as Partial<DictionaryEntry>),
  entry('system', 'sys-gbdfl', 'ГБД ФЛ', { ownerBody: 'МЦРИАП', developer: 'АО «НИТ»' } as Partial<DictionaryEntry>),
  entry('system', 'sys-unused', 'Не используется'),
  entry('role', 'role-unused', 'Оператор'),
];

describe('dictionary carried in an exported file', () => {
  it('embeds the entries the steps use, with the entries those refer to, and nothing else', async () => {
    const xml = await embedDictionary(readFixture('step-data.bpmn'), dictionary);
    expect(xml).toContain('<rw:dictionary>');
    const { entries } = await extractDictionary(xml);
    expect(entries.map((e) => e.id).sort()).toEqual(['doc-id-card', 'field-address', 'field-iin', 'sys-gbdfl']);
    expect(entries.find((e) => e.id === 'field-iin')).toMatchObject({ name: 'ИИН', dataType: 'iin', holderSystemId: 'sys-gbdfl', accessLevel: 'restricted' });
    expect(entries.find((e) => e.id === 'doc-id-card')).toMatchObject({ kind: 'document', fieldIds: ['field-iin'] });
    expect(entries.find((e) => e.id === 'sys-gbdfl')).toMatchObject({ ownerBody: 'МЦРИАП', developer: 'АО «НИТ»' });
  });

  it('an import takes the dictionary out of the XML and hands the entries over', async () => {
    const exported = await embedDictionary(readFixture('step-data.bpmn'), dictionary);
    const moddle = Object.getPrototypeOf(newModdle()) as { fromXML: () => unknown; toXML: () => unknown };
    const parse = vi.spyOn(moddle, 'fromXML');
    const write = vi.spyOn(moddle, 'toXML');
    const result = await inspectBpmn(exported);
    // The dictionary comes out of the checks' one parse, and the XML is written once without it.
    expect([parse.mock.calls.length, write.mock.calls.length]).toEqual([1, 1]);
    vi.restoreAllMocks();
    if (!result.ok) throw new Error('expected success');
    expect(result.xml).not.toContain('rw:dictionary');
    expect(result.xml).toContain('<rw:stepData executorRole="Оператор ЦОН"');
    expect(result.dictionary.map((e) => e.name).sort()).toEqual(['Адрес', 'ГБД ФЛ', 'ИИН', 'Удостоверение личности']);
  });

  it('exporting twice does not embed two dictionaries', async () => {
    const once = await embedDictionary(readFixture('step-data.bpmn'), dictionary);
    const twice = await embedDictionary(once, dictionary);
    expect(twice.match(/<rw:dictionary>/g)).toHaveLength(1);
  });

  it('a file without a dictionary comes back unchanged', async () => {
    const xml = readFixture('markup-names.bpmn');
    expect(await extractDictionary(xml)).toEqual({ xml, entries: [] });
  });
});
