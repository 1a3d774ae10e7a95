import type { DocumentUse, FieldUse, StepData, SystemUse } from '../stepData/stepData';

/**
 * The data-level difference of one step (the structural comparison does not look into extension elements).
 * Documents are the same use when ref and direction agree (a step may take a document in and
 * give it out), fields and systems when the ref does, integrations when both ends do; a use
 * present on both sides with other attributes (a paper original become a form of information, a
 * field now filled from a system) is 'changed'. The reengineering decision is not compared: it
 * annotates the change itself, not the process.
 */
export interface ListChange<T> {
  added: T[];
  removed: T[];
  changed: { before: T; after: T }[];
}

export type Integration = StepData['integrations'][number];

export const scalarKeys = ['executorRole', 'unit', 'stepKind', 'approval', 'approvalUnit', 'collegial', 'inPersonVisit', 'channel', 'normTime', 'waitingTime'] as const;
export type ScalarKey = (typeof scalarKeys)[number];

/** null where the step has no value (or no step data at all), so the change survives JSON. */
export type ScalarChange = { [K in ScalarKey]: { key: K; before: NonNullable<StepData[K]> | null; after: NonNullable<StepData[K]> | null } }[ScalarKey];

export interface StepDataDiff {
  documents: ListChange<DocumentUse>;
  fields: ListChange<FieldUse>;
  systems: ListChange<SystemUse>;
  integrations: ListChange<Integration>;
  scalars: ScalarChange[];
}

const noData: StepData = { approval: false, collegial: false, inPersonVisit: false, documents: [], fields: [], systems: [], integrations: [] };

/** The difference, or null when there is none; a step that is added or removed compares with no data. */
export function diffStepData(before: StepData | null, after: StepData | null): StepDataDiff | null {
  if (!before && !after) return null;
  const a = before ?? noData;
  const b = after ?? noData;
  // Most steps keep their data as it was: one walk over it, nothing built.
  if (scalarKeys.every((key) => sameValue(a[key], b[key])) && listKeys.every((key) => sameList(a[key], b[key]))) return null;
  const result: StepDataDiff = {
    documents: diffList(a.documents, b.documents, (d) => `${d.ref} ${d.direction}`),
    fields: diffList(a.fields, b.fields, (f) => f.ref),
    systems: diffList(a.systems, b.systems, (s) => s.ref),
    integrations: diffList(a.integrations, b.integrations, (i) => `${i.from} ${i.to}`),
    scalars: scalarKeys.filter((key) => !sameValue(a[key], b[key])).map((key) => ({ key, before: a[key] ?? null, after: b[key] ?? null }) as ScalarChange),
  };
  const lists = [result.documents, result.fields, result.systems, result.integrations];
  const empty = result.scalars.length === 0 && lists.every((l) => l.added.length + l.removed.length + l.changed.length === 0);
  return empty ? null : result;
}

function diffList<T>(before: T[], after: T[], identity: (item: T) => string): ListChange<T> {
  const beforeByKey = new Map(before.map((item) => [identity(item), item]));
  const afterByKey = new Map(after.map((item) => [identity(item), item]));
  const changed: ListChange<T>['changed'] = [];
  for (const [key, item] of afterByKey) {
    const old = beforeByKey.get(key);
    if (old !== undefined && !sameValue(old, item)) changed.push({ before: old, after: item });
  }
  return {
    added: [...afterByKey].filter(([key]) => !beforeByKey.has(key)).map(([, item]) => item),
    removed: [...beforeByKey].filter(([key]) => !afterByKey.has(key)).map(([, item]) => item),
    changed,
  };
}

const listKeys = ['documents', 'fields', 'systems', 'integrations'] as const;

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
}

/** Step data values are primitives or flat records of them; an attribute left undefined is one not written. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key in left) if (left[key] !== right[key]) return false;
  for (const key in right) if (!(key in left) && right[key] !== undefined) return false;
  return true;
}
