import * as Y from 'yjs';
import { fieldChanges, flattenRecord, sameJson, unflattenRecord } from '../../domain/sync/recordFields';
import type { WorkbenchDb } from '../db';
import type { Variant } from '../../domain/variant';
import { isValidRecord, validRecords } from '../records/validRecords';
import { deleteVariants, putVariants } from '../variantContents';
import { localDefaults, projectRows, recordTables, rootName, ruleOf, type RecordTable } from './syncTables';

/** The origin of every change the bridge makes to a shared document: its own echo is never taken for the team's. */
export const bridgeOrigin = 'rw-dexie-bridge';

/**
 * Records deleted on some laptop: root name → the record's fields as the deleting laptop last saw
 * them. A laptop that has changed the record since (its fields differ) brings it back instead of
 * deleting it. Nothing is removed from the document itself.
 */
export const deletedMapName = 'deleted';

export type Flat = Map<string, unknown>;
export type Base = Map<string, Flat>;

/** What a variant first received from the team is created with: the XML of its current revision. */
export type NewVariantContent = Map<string, { xml: string; revisionId: string; sha256: string }>;

const flatOf = (map: Y.Map<unknown>): Flat => new Map(map.entries());

function sharedPart(table: RecordTable, record: Record<string, unknown>): Record<string, unknown> {
  const local = ruleOf(table).local;
  return Object.fromEntries(Object.entries(record).filter(([field]) => !local.includes(field)));
}

const flatShared = (table: RecordTable, record: Record<string, unknown>) => flattenRecord(sharedPart(table, record), ruleOf(table).layout);

function primaryKey(db: WorkbenchDb, table: RecordTable, record: Record<string, unknown>): unknown {
  const keyPath = db.table(table).schema.primKey.keyPath;
  return Array.isArray(keyPath) ? keyPath.map((k) => record[k]) : record[keyPath as string];
}

type Write = { table: RecordTable; put?: Record<string, unknown>; remove?: Record<string, unknown> };

/**
 * One merge of a project's records both ways, in one IndexedDB transaction: fields changed here
 * since `base` go into the document, fields changed by the team come into the tables, records deleted
 * on either side are deleted on the other unless this side changed them meanwhile (then they come
 * back). Returns the new base. The caller runs merges one at a time.
 */
export async function mergeRecords(db: WorkbenchDb, doc: Y.Doc, projectId: string, base: Base, newVariants: NewVariantContent): Promise<Base> {
  const tables = [...recordTables.map((t) => db.table(t)), db.variantContents, db.syncHeads];
  return db.transaction('rw', tables, async () => {
    const local = new Map<string, { table: RecordTable; record: Record<string, unknown> }>();
    for (const table of recordTables) {
      for (const record of validRecords(table, await projectRows(db, table, projectId)) as unknown as Record<string, unknown>[]) {
        local.set(rootName(table, ruleOf(table).key(record)), { table, record });
      }
    }
    const variantSlots = new Map([...local.values()].filter((l) => l.table === 'variants').map((l) => [`${l.record.processId}/${l.record.kind}`, l.record.id]));
    const next: Base = new Map(base);
    const writes: Write[] = [];
    const heads: { variantId: string; revisionId: string; sha256: string }[] = [];
    const now = Date.now();

    doc.transact(() => {
      const deleted = doc.getMap<string>(deletedMapName);
      const shared = [...doc.share.keys()].filter((name) => recordTables.some((t) => name.startsWith(`${t}:`)));
      const names = new Set([...local.keys(), ...base.keys(), ...shared]);
      for (const name of names) {
        const table = name.slice(0, name.indexOf(':')) as RecordTable;
        const rule = ruleOf(table);
        const here = local.get(name)?.record;
        const known = base.get(name);
        const inDoc = doc.share.has(name) ? doc.getMap<unknown>(name) : null;
        const isShared = inDoc !== null && inDoc.size > 0;

        if (here) {
          const mine = flatShared(table, here);
          if (deleted.has(name)) {
            // Deleted elsewhere: follow, unless the record changed since the deleting laptop saw it.
            const unchanged = deleted.get(name) === fingerprint(flatOf(doc.getMap<unknown>(name)));
            if (unchanged && known && sameFlat(mine, known)) {
              writes.push({ table, remove: here });
              next.delete(name);
              continue;
            }
            deleted.delete(name);
          }
          const map = doc.getMap<unknown>(name);
          const delta = fieldChanges(known ?? new Map(), sharedPart(table, here), rule.layout);
          for (const key of delta.remove) map.delete(key);
          for (const [key, value] of delta.set) map.set(key, value);
          const merged = { ...here, ...unflattenRecord(flatOf(map), rule.layout) };
          // An open journey map notices a change by its revision, as with a save from another tab.
          if (table === 'journeyMaps') merged.revision = Number(here.revision) + 1;
          if (!sameJson(sharedPart(table, merged), sharedPart(table, here)) && isValidRecord(table, merged)) {
            writes.push({ table, put: merged });
            next.set(name, flatShared(table, merged));
          } else next.set(name, mine);
        } else if (known) {
          // Deleted here since the last merge: mark it for the team (its fields stay in the document).
          if (!deleted.has(name)) deleted.set(name, fingerprint(known));
          next.delete(name);
        } else if (isShared && !deleted.has(name)) {
          const received: Record<string, unknown> = { ...localDefaults(table, now), ...unflattenRecord(flatOf(inDoc), rule.layout) };
          if (table === 'variants') {
            const content = newVariants.get(String(received.id));
            // Without its content, or where this browser already has a variant of that kind, it waits.
            if (!content || variantSlots.has(`${received.processId}/${received.kind}`)) continue;
            Object.assign(received, { xml: content.xml, revision: 1, updatedAt: now });
            heads.push({ variantId: String(received.id), revisionId: content.revisionId, sha256: content.sha256 });
          }
          if (!isValidRecord(table, received)) continue;
          writes.push({ table, put: received });
          next.set(name, flatShared(table, received));
        }
      }
    }, bridgeOrigin);

    for (const write of writes) {
      // A variant's diagram is stored apart from its record: only a received variant brings one.
      if (write.put && write.table === 'variants' && typeof write.put.xml === 'string') await putVariants(db, [write.put as unknown as Variant]);
      else if (write.put) await db.table(write.table).put(write.put);
      if (write.remove) {
        // The variant's versions stay: they are this browser's history, and sync deletes no history.
        if (write.table === 'variants') {
          await deleteVariants(db, [String(write.remove.id)]);
          await db.syncHeads.delete(String(write.remove.id));
        } else await db.table(write.table).delete(primaryKey(db, write.table, write.remove) as string);
      }
    }
    for (const head of heads) await db.syncHeads.put({ ...head, projectId, checkedAt: now });
    return next;
  });
}

/** Variants the team has that this browser has not yet made: their ids. */
export function variantsToReceive(doc: Y.Doc, base: Base): string[] {
  const deleted = doc.getMap<string>(deletedMapName);
  return [...doc.share.keys()]
    .filter((name) => name.startsWith('variants:') && !base.has(name) && !deleted.has(name) && doc.getMap(name).size > 0)
    .map((name) => name.slice('variants:'.length));
}

/** A record's fields as one string, without the deletion marks of its items (which only the document has). */
const fingerprint = (flat: Flat) => JSON.stringify([...flat].filter(([key]) => !key.endsWith('~')).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function sameFlat(a: Flat, b: Flat): boolean {
  return a.size === b.size && [...a].every(([key, value]) => sameJson(value, b.get(key)));
}

export const baseToJson = (base: Base): Record<string, Record<string, unknown>> => Object.fromEntries([...base].map(([name, flat]) => [name, Object.fromEntries(flat)]));
export const baseFromJson = (json: Record<string, Record<string, unknown>>): Base => new Map(Object.entries(json).map(([name, fields]) => [name, new Map(Object.entries(fields))]));
