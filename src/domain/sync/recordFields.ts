/**
 * A record as the fields of one flat shared map, so that two people editing different fields of one
 * record both keep their edit (a CRDT map merges per key; two writes of one key keep one of them).
 *
 * - a plain field is one key: `name`;
 * - a list of items with ids (plan rows, journey cards) is an order key `rows[]` plus one key per field
 *   of each item, `rows[row-1].action`, so different fields of one row merge too. A deleted item
 *   leaves a mark `rows[row-1]~`: an edit made elsewhere to a row deleted here does not bring back
 *   half a row, while a row added elsewhere (missing from the order that won) is still shown, last;
 * - a map of entries (roadmap cells by process) is one key per entry: `cells{process-1}`.
 *
 * Values are JSON. Pure: the storage layer decides which fields of which table go where.
 */
export interface FieldLayout {
  /** Fields holding a list of objects with a string `id`. */
  itemLists?: readonly string[];
  /** Fields holding an object whose entries are edited one by one. */
  keyedMaps?: readonly string[];
}

type Json = unknown;
type Item = { id: string } & Record<string, Json>;

export const orderKey = (field: string) => `${field}[]`;
const itemPrefix = (field: string, id: string) => `${field}[${id}]`;
const itemFieldKey = (field: string, id: string, name: string) => `${itemPrefix(field, id)}.${name}`;
const deletedKey = (field: string, id: string) => `${itemPrefix(field, id)}~`;
const entryKey = (field: string, key: string) => `${field}{${key}}`;

/** The flat fields of `record` (without the ones the caller keeps local). */
export function flattenRecord(record: Record<string, Json>, layout: FieldLayout = {}): Map<string, Json> {
  const out = new Map<string, Json>();
  for (const [field, value] of Object.entries(record)) {
    if (layout.itemLists?.includes(field) && Array.isArray(value)) {
      const items = value as Item[];
      out.set(orderKey(field), items.map((item) => item.id));
      for (const item of items) for (const [name, v] of Object.entries(item)) if (name !== 'id') out.set(itemFieldKey(field, item.id, name), v);
    } else if (layout.keyedMaps?.includes(field) && isPlainObject(value)) {
      out.set(field, {});
      for (const [key, v] of Object.entries(value)) out.set(entryKey(field, key), v);
    } else out.set(field, value);
  }
  return out;
}

/** The record the flat fields describe (the inverse of flattenRecord, with deleted items left out). */
export function unflattenRecord(fields: ReadonlyMap<string, Json>, layout: FieldLayout = {}): Record<string, Json> {
  const record: Record<string, Json> = {};
  for (const [key, value] of fields) if (!/[[{]/.test(key)) record[key] = value;
  for (const field of layout.itemLists ?? []) {
    const order = fields.get(orderKey(field));
    if (!Array.isArray(order)) continue;
    const ids = new Set<string>();
    const prefix = `${field}[`;
    for (const key of fields.keys()) {
      if (!key.startsWith(prefix) || key === orderKey(field)) continue;
      ids.add(key.slice(prefix.length, key.indexOf(']', prefix.length)));
    }
    const deleted = (id: string) => fields.get(deletedKey(field, id)) === true;
    const ordered = (order as string[]).filter((id) => ids.has(id) && !deleted(id));
    const added = [...ids].filter((id) => !ordered.includes(id) && !deleted(id)).sort();
    record[field] = [...ordered, ...added].map((id) => {
      const item: Item = { id };
      const start = `${itemPrefix(field, id)}.`;
      for (const [key, value] of fields) if (key.startsWith(start)) item[key.slice(start.length)] = value;
      return item;
    });
  }
  for (const field of layout.keyedMaps ?? []) {
    if (!fields.has(field)) continue;
    const entries: Record<string, Json> = {};
    const prefix = `${field}{`;
    for (const [key, value] of fields) if (key.startsWith(prefix) && key.endsWith('}') && value !== undefined) entries[key.slice(prefix.length, -1)] = value;
    record[field] = entries;
  }
  return record;
}

/**
 * What to write to the shared map so that it describes `next`: the keys whose value changed and the
 * keys to delete (a removed item also gets its deletion mark). `current` is the map as it is.
 */
export function fieldChanges(current: ReadonlyMap<string, Json>, next: Record<string, Json>, layout: FieldLayout = {}): { set: Map<string, Json>; remove: string[] } {
  const wanted = flattenRecord(next, layout);
  const set = new Map<string, Json>();
  for (const [key, value] of wanted) if (!sameJson(current.get(key), value)) set.set(key, value);
  const remove: string[] = [];
  for (const key of current.keys()) {
    if (wanted.has(key) || key.endsWith('~')) continue;
    remove.push(key);
    const item = /^(.+)\[([^\]]+)\]\./.exec(key);
    if (item && layout.itemLists?.includes(item[1]!)) set.set(deletedKey(item[1]!, item[2]!), true);
  }
  // An item written again (re-added, or restored by an undo) is no longer deleted.
  for (const key of current.keys()) if (key.endsWith('~')) {
    const item = /^(.+)\[([^\]]+)\]~$/.exec(key);
    if (item && wanted.has(orderKey(item[1]!)) && (wanted.get(orderKey(item[1]!)) as string[]).includes(item[2]!)) remove.push(key);
  }
  return { set, remove };
}

export function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, Json>)[k], (b as Record<string, Json>)[k]));
}

const isPlainObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);
