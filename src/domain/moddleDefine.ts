/** moddle's Properties (not exported by moddle): what a parse calls three times for every element it builds. */
interface Properties {
  define(target: object, name: string, options: PropertyDescriptor): void;
}

const installed = new WeakSet<Properties>();

/**
 * moddle's `Properties#define` turns a read-only value into a getter by copying the descriptor with
 * `assign` and deleting the copy's `value`, which leaves V8 a dictionary-mode object to read the property
 * from. Every element a parse builds defines `$type`, `$attrs` and `$parent` this way: 12–17 % of a
 * parse (bpmn-moddle's `fromXML` of the comparison bench's variants and of the shared corpus's 2.9 MB
 * angina file, in Node). This defines the very same properties (same getter, flags and values;
 * `moddleDefine.test.ts` compares every element of parsed files) from a descriptor written out at
 * once. It replaces the method on the prototype all moddle instances share (bpmn-js's own included),
 * so giving it any one instance is enough; giving it more is harmless.
 */
export function defineModdlePropertiesFaster(moddle: object): void {
  const properties = (moddle as { properties?: unknown }).properties;
  if (!properties || typeof properties !== 'object') return;
  const prototype = Object.getPrototypeOf(properties) as Properties;
  if (installed.has(prototype) || typeof prototype.define !== 'function') return;
  installed.add(prototype);
  prototype.define = defineAtOnce;
}

function defineAtOnce(target: object, name: string, options: PropertyDescriptor): void {
  if (options.writable) {
    Object.defineProperty(target, name, options);
    return;
  }
  const { value } = options;
  // What moddle gives (`value`, at most `enumerable` besides) written out without walking the options' keys: the walk
  // was most of this function's time in the page's parse of a large file.
  if (options.configurable === undefined && options.get === undefined && options.set === undefined && !('writable' in options)) {
    const get = () => value;
    Object.defineProperty(target, name, 'enumerable' in options ? { enumerable: options.enumerable, get } : { get });
    return;
  }
  // moddle's copy: every field given but the value, then the getter.
  const descriptor: Record<string, unknown> = {};
  for (const key in options) if (key !== 'value') descriptor[key] = options[key as keyof PropertyDescriptor];
  descriptor.get = () => value;
  Object.defineProperty(target, name, descriptor);
}
