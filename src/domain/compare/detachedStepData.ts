import { newModdle } from '../bpmnFile';
import { stepDataDescriptor, type StepDataRecord } from '../stepData/stepData';
import { readParts } from './detachedParts';
import { rememberedParts } from './rememberedParts';

interface PropertyDescriptor {
  name: string;
  type: string;
  isMany?: boolean;
  isAttr?: boolean;
  isReference?: boolean;
  isVirtual?: boolean;
}

interface TypeDescriptor {
  properties: PropertyDescriptor[];
  propertiesByName: Record<string, PropertyDescriptor | undefined>;
  bodyProperty?: PropertyDescriptor;
}

interface ModdleType {
  hasType(type: string): boolean;
  $descriptor: TypeDescriptor;
}

const prefix = stepDataDescriptor.prefix;
/** moddle's own view of the step-data types (it rewrites the descriptor it is given, so not that). */
let moddle: { getType(name: string): ModdleType | undefined } | null = null;
function typeNamed(name: string): ModdleType | undefined {
  moddle ??= newModdle() as unknown as NonNullable<typeof moddle>;
  try {
    return moddle.getType(name);
  } catch {
    return undefined; // moddle throws for a type it does not know
  }
}

/** moddle's conversions of attribute values (coerceType). */
const converters: Record<string, (value: string) => unknown> = {
  Boolean: (value) => value === 'true',
  Integer: (value) => parseInt(value, 10),
  Real: (value) => parseFloat(value),
};

/** Attribute values as moddle sets them on an element of `type` (ElementHandler.createElement); null for any it would not take as an attribute. */
function valuesOf(type: ModdleType, attributes: Record<string, string> | null): Record<string, unknown> | null {
  if (!attributes) return null;
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes)) {
    const property = type.$descriptor.propertiesByName[name];
    if (!property?.isAttr || property.isReference) return null;
    values[property.name] = (converters[property.type] ?? String)(value);
  }
  return values;
}

/**
 * Where moddle puts a child element of <rw:stepData> (ElementHandler.getPropertyForNode): the
 * property of its name (normTime, waitingTime, decision), else the first property its type fits
 * (<rw:document> in documents). Null for anything else, such as a child in another namespace.
 */
type Slot = { property: PropertyDescriptor; type: ModdleType } | null;
const slots = new Map<string, Slot>();

/** By element name, once: finding a list by its type walks the descriptor's properties, as moddle does for every element. */
function slotOf(name: string): Slot {
  let slot = slots.get(name);
  if (slot === undefined) slots.set(name, (slot = findSlot(name)));
  return slot;
}

function findSlot(name: string): Slot {
  if (!name.startsWith(`${prefix}:`)) return null;
  const local = name.slice(prefix.length + 1);
  const stepData = typeNamed(`${prefix}:StepData`)!.$descriptor;
  const byName = stepData.propertiesByName[local];
  if (byName) {
    const type = byName.isAttr || byName.isMany || byName.isReference ? undefined : typeNamed(byName.type);
    return type ? { property: byName, type } : null;
  }
  const type = typeNamed(`${prefix}:${local.charAt(0).toUpperCase()}${local.slice(1)}`);
  const property = type && stepData.properties.find((p) => !p.isVirtual && !p.isReference && !p.isAttr && type.hasType(p.type));
  return type && property?.isMany ? { property, type } : null;
}

/**
 * The step data cut out of a variant (detachXml), read as moddle reads it: for each part, in order,
 * what readStepDataRecord needs. Null when a part holds anything else than the elements and
 * attributes the step-data descriptor declares (or text outside a decision), which moddle would
 * read differently or warn about. A part read for the variant before is not read again.
 */
export const readDetachedStepData = rememberedParts(readStepDataParts);

function readStepDataParts(parts: readonly string[], namespaces: string): StepDataRecord[] | null {
  const records: StepDataRecord[] = [];
  let step: Record<string, unknown> = {};
  let child: { values: Record<string, unknown>; body?: PropertyDescriptor } | null = null;
  const read = readParts(parts, namespaces, { [stepDataDescriptor.uri]: prefix }, {
    open(name, attributes, depth) {
      if (depth === 1) {
        const values = name === `${prefix}:stepData` ? valuesOf(typeNamed(`${prefix}:StepData`)!, attributes()) : null;
        if (!values) return false;
        step = values;
        const own = step;
        records.push({ get: (property) => own[property] });
        return true;
      }
      const slot = depth === 2 ? slotOf(name) : null;
      const values = slot && valuesOf(slot.type, attributes());
      if (!slot || !values) return false;
      child = { values, body: slot.type.$descriptor.bodyProperty };
      if (slot.property.isMany) ((step[slot.property.name] ??= []) as unknown[]).push(values);
      else step[slot.property.name] = values;
      return true;
    },
    close(depth) {
      if (depth === 2) child = null;
    },
    text(text, depth) {
      if (depth !== 2 || !child?.body) return false;
      const { values, body } = child;
      values[body.name] = `${(values[body.name] as string | undefined) ?? ''}${text}`;
      return true;
    },
  });
  return read && records.length === parts.length ? records : null;
}
