import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../test/corpus';
import { newEntry, type DictionaryEntry } from './dictionary';
import { findUsages, replaceRefs } from './usages';

const xml = readFixture('step-data.bpmn');
const base = { projectId: 'p', createdAt: 0, updatedAt: 0 };
const dictionary: DictionaryEntry[] = [
  { ...newEntry('document', { ...base, id: 'doc-id-card', name: 'Удостоверение' }), fieldIds: ['field-iin'] } as DictionaryEntry,
  { ...newEntry('field', { ...base, id: 'field-iin', name: 'ИИН' }), holderSystemId: 'sys-gbdfl' } as DictionaryEntry,
];

describe('dictionary usages', () => {
  it('finds each use in steps of every variant, those of a process in the trash marked, and in other entries', async () => {
    const usages = await findUsages(
      [
        { variantId: 'v-as-is', processName: 'Справка', processInTrash: false, kind: 'asIs', xml },
        { variantId: 'v-to-be', processName: 'Выписка', processInTrash: true, kind: 'toBe', xml },
      ],
      dictionary,
    );
    expect(usages.get('doc-id-card')?.map((u) => (u.in === 'step' ? `${u.kind}:${u.elementName}` : u.in))).toEqual(['asIs:Принять заявление', 'toBe:Принять заявление']);
    expect(usages.get('doc-id-card')?.map((u) => u.in === 'step' && u.processInTrash)).toEqual([false, true]);
    expect(usages.get('field-iin')?.map((u) => (u.in === 'entry' ? u.entryName : u.kind))).toEqual(['asIs', 'toBe', 'Удостоверение']);
    expect(usages.get('sys-gbdfl')).toHaveLength(3);
    expect(usages.get('sys-kpsisu')).toHaveLength(2);
    expect(usages.has('nothing')).toBe(false);
  });

  it('counts a role by the name a step records as its executor', async () => {
    const role = newEntry('role', { ...base, id: 'role-operator', name: ' оператор  цон' });
    const usages = await findUsages([{ variantId: 'v', processName: 'Справка', processInTrash: false, kind: 'asIs', xml }], [...dictionary, role]);
    expect(usages.get('role-operator')?.map((u) => u.in === 'step' && u.elementName)).toEqual(['Принять заявление']);
  });

  it('merging rewrites every kind of reference and leaves diagrams without it alone', async () => {
    const merged = await replaceRefs(xml, 'sys-iis-con', 'sys-new');
    expect(merged).toContain('<rw:system ref="sys-new" access="write" />');
    expect(merged).toContain('<rw:integration from="sys-new" to="sys-kpsisu" />');
    expect(merged).not.toContain('sys-iis-con');
    expect(await replaceRefs(xml, 'not-used', 'x')).toBeNull();
  });
});
