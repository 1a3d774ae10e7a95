import { describe, expect, it } from 'vitest';
import { fieldChanges, flattenRecord, unflattenRecord, type FieldLayout } from './recordFields';

const layout: FieldLayout = { itemLists: ['rows'], keyedMaps: ['cells'] };
const plan = {
  processId: 'p1',
  title: 'План',
  rows: [
    { id: 'r1', action: 'Исключить справку', deadline: { kind: 'quarter', year: 2026, quarter: 2 } },
    { id: 'r2', action: 'Интеграция с ГБД ФЛ', deadline: null },
  ],
  cells: { p1: { '2026Q1': ['R'] } },
};

/** Applies changes to a copy of a flat map, as the shared map would. */
function apply(map: Map<string, unknown>, next: Record<string, unknown>) {
  const { set, remove } = fieldChanges(map, next, layout);
  const out = new Map(map);
  for (const key of remove) out.delete(key);
  for (const [key, value] of set) out.set(key, value);
  return out;
}

describe('a record as flat fields', () => {
  it('comes back as it went in', () => {
    expect(unflattenRecord(flattenRecord(plan, layout), layout)).toEqual(plan);
  });

  it('keeps edits of different fields of one row made on two copies', () => {
    const base = flattenRecord(plan, layout);
    const mine = fieldChanges(base, { ...plan, rows: [{ ...plan.rows[0]!, action: 'Исключить справку о браке' }, plan.rows[1]!] }, layout).set;
    const theirs = fieldChanges(base, { ...plan, rows: [{ ...plan.rows[0]!, deadline: null }, plan.rows[1]!] }, layout).set;
    expect([...mine.keys()]).toEqual(['rows[r1].action']);
    expect([...theirs.keys()]).toEqual(['rows[r1].deadline']);
    const merged = new Map([...base, ...mine, ...theirs]);
    expect((unflattenRecord(merged, layout).rows as unknown[])[0]).toEqual({ id: 'r1', action: 'Исключить справку о браке', deadline: null });
  });

  it('shows a row added elsewhere even when the other order won, and drops a row deleted here for good', () => {
    const base = flattenRecord(plan, layout);
    const withR3 = apply(base, { ...plan, rows: [...plan.rows, { id: 'r3', action: 'Новое', deadline: null }] });
    const withoutR2 = apply(base, { ...plan, rows: [plan.rows[0]!] });
    // the deleting side's order wins; the other side also edited r2 meanwhile
    const merged = new Map([...withR3, ...withoutR2, ['rows[r2].action', 'Правка удалённой строки']]);
    expect((unflattenRecord(merged, layout).rows as { id: string }[]).map((r) => r.id)).toEqual(['r1', 'r3']);
  });

  it('writes nothing for an unchanged record and only the changed entry of a keyed map', () => {
    const base = flattenRecord(plan, layout);
    expect(fieldChanges(base, plan, layout)).toEqual({ set: new Map(), remove: [] });
    const changed = fieldChanges(base, { ...plan, cells: { p1: { '2026Q1': ['R', 'F'] } } }, layout);
    expect([...changed.set.keys()]).toEqual(['cells{p1}']);
  });

  it('brings back a row deleted and then restored', () => {
    const deleted = apply(flattenRecord(plan, layout), { ...plan, rows: [plan.rows[0]!] });
    const restored = apply(deleted, plan);
    expect(unflattenRecord(restored, layout)).toEqual(plan);
  });
});
