import type { ModdleElement } from 'bpmn-moddle';
import type { PropertyDescriptor, TypeDescriptor } from './moddleTree';

const readCache = new WeakMap<TypeDescriptor, PropertyDescriptor[]>();

/** The properties bpmn-js-differ compares on an element of this type (its moddleDiffFilter). */
function propertiesTheDifferReads(descriptor: TypeDescriptor): PropertyDescriptor[] {
  let cached = readCache.get(descriptor);
  if (!cached) {
    cached = descriptor.properties.filter((p) => !p.isVirtual && !(p.isMany && p.isReference) && p.name !== '$instanceOf');
    readCache.set(descriptor, cached);
  }
  return cached;
}

/**
 * True when bpmn-js-differ would find nothing between two paired elements, decided without it: of
 * the same type, with every property it reads the same value or a reference to the same id (the
 * ids as staged for the diff), and holding no element (a list empty on both sides, or absent on
 * both). Anything else, a generic element or a value that is not equal to itself (a number written
 * empty reads NaN) among them, is left to the differ. Most steps of two variants are such pairs,
 * and the differ builds a context for every property of every element it walks: leaving them out
 * of its walk is most of its time.
 */
export function sameForDiffer(before: ModdleElement, after: ModdleElement): boolean {
  const descriptor = before.$descriptor as TypeDescriptor | undefined;
  if (!descriptor || descriptor.isGeneric || before.$type !== after.$type) return false;
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  for (const { name, isMany, isReference } of propertiesTheDifferReads(descriptor)) {
    const x = a[name];
    const y = b[name];
    if (isMany) {
      if (!(x === undefined && y === undefined) && !(isEmptyList(x) && isEmptyList(y))) return false;
    } else if (isReference) {
      if (!sameReference(x, y)) return false;
    } else if (x !== y || (typeof x === 'object' && x !== null)) {
      return false;
    }
  }
  return true;
}

const isEmptyList = (value: unknown) => Array.isArray(value) && value.length === 0;

/** The differ compares a reference by the id of what it points to. */
function sameReference(x: unknown, y: unknown): boolean {
  if (x === undefined || y === undefined || x === null || y === null) return x === y;
  const idOf = (value: unknown) => (value as { id?: unknown }).id;
  return typeof idOf(x) === 'string' && idOf(x) === idOf(y);
}
