import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { corpusFiles, readCorpusBytes, readFixture } from '../../test/corpus';
import { newModdle } from './bpmnFile';
import { defineModdlePropertiesFaster } from './moddleDefine';
import { stepDataDescriptor } from './stepData/stepData';

type Define = (target: object, name: string, options: PropertyDescriptor) => void;

// Taken before anything in this file installs the faster one: moddle's own.
const prototype = Object.getPrototypeOf((new BpmnModdle() as unknown as { properties: object }).properties) as { define: Define };
const moddlesOwn = prototype.define;
// The workbench's moddle (checks, comparison) installs it.
newModdle();
const faster = prototype.define;

// One instance parses with either define, so that both trees' elements share their types' prototypes.
const moddle = new BpmnModdle({ rw: stepDataDescriptor });

async function parsedWith(define: Define, xml: string) {
  prototype.define = define;
  try {
    return await moddle.fromXML(xml);
  } finally {
    prototype.define = faster;
  }
}

/** A property's descriptor as compared: which fields it has and its flags. */
const flags = (d: PropertyDescriptor) => `${Object.keys(d).sort().join(',')}|${d.enumerable}|${d.configurable}|${d.writable}`;

/**
 * Every own property of `a` and `b` and of all they reach: the same keys, flags and values (getters read). Compared
 * in plain code and asserted once (an assertion per value made the corpus's 50,000-element trees take minutes).
 */
function expectSameGraph(a: unknown, b: unknown) {
  const differences: string[] = [];
  const differ = (path: string, what: string) => void (differences.length < 20 && differences.push(`${path}: ${what}`));
  const paired = new Map<object, object>();
  const pending: [unknown, unknown, string][] = [[a, b, 'root']];
  while (pending.length > 0) {
    const [x, y, path] = pending.pop()!;
    if (typeof x !== 'object' || x === null || typeof x === 'function') {
      if (typeof x === 'function' ? typeof y !== 'function' : !Object.is(x, y)) differ(path, `${String(y)} against ${String(x)}`);
      continue;
    }
    if (typeof y !== 'object' || y === null) {
      differ(path, `an object against ${String(y)}`);
      continue;
    }
    if (paired.has(x)) {
      if (paired.get(x) !== y) differ(path, 'the same object reached twice');
      continue;
    }
    paired.set(x, y);
    if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) differ(path, 'prototype');
    const keys = Reflect.ownKeys(x);
    const otherKeys = Reflect.ownKeys(y);
    if (otherKeys.length !== keys.length || otherKeys.some((key, i) => key !== keys[i])) {
      differ(path, `keys ${otherKeys.map(String).join(',')} against ${keys.map(String).join(',')}`);
      continue;
    }
    for (const key of keys) {
      const dx = Object.getOwnPropertyDescriptor(x, key)!;
      const dy = Object.getOwnPropertyDescriptor(y, key)!;
      const at = `${path}.${String(key)}`;
      if (flags(dy) !== flags(dx)) differ(at, `descriptor ${flags(dy)} against ${flags(dx)}`);
      pending.push(dx.get ? [dx.get.call(x), dy.get!.call(y), at] : [dx.value, dy.value, at]);
    }
  }
  expect(differences).toEqual([]);
}

describe('defineModdlePropertiesFaster', () => {
  it('is installed by the workbench’s moddle, once, for every instance', () => {
    expect(faster).not.toBe(moddlesOwn);
    defineModdlePropertiesFaster(new BpmnModdle());
    expect(prototype.define).toBe(faster);
  });

  it('defines what moddle’s own define defines, for every kind of descriptor moddle gives it', () => {
    const value = { some: 'object' };
    const descriptors: PropertyDescriptor[] = [{ value: 'bpmn:Task', enumerable: true }, { value }, { writable: true }, { value: 3, configurable: true }, { value: undefined, enumerable: false }, { value: 1, get: () => 2 }, { value: 1, set: () => undefined }];
    for (const descriptor of descriptors) {
      const [own, ours] = [{}, {}];
      moddlesOwn.call(prototype, own, '$name', { ...descriptor });
      faster.call(prototype, ours, '$name', { ...descriptor });
      expectSameGraph(own, ours);
      const [d1, d2] = [Object.getOwnPropertyDescriptor(own, '$name')!, Object.getOwnPropertyDescriptor(ours, '$name')!];
      expect(Boolean(d2.get)).toBe(Boolean(d1.get));
      const assigned = (target: object) => {
        try {
          (target as Record<string, unknown>).$name = 1;
          return (target as Record<string, unknown>).$name;
        } catch (error) {
          return error instanceof TypeError;
        }
      };
      expect(assigned(ours)).toBe(assigned(own));
    }
  });

  it('refuses what moddle’s own define refuses', () => {
    expect(() => moddlesOwn.call(prototype, {}, '$name', { value: 1, writable: false })).toThrow(TypeError);
    expect(() => faster.call(prototype, {}, '$name', { value: 1, writable: false })).toThrow(TypeError);
  });

  it('leaves the caller’s descriptor as it was (moddle’s deleted its copy’s value only)', () => {
    const descriptor = { value: 'kept', enumerable: true };
    faster.call(prototype, {}, '$type', descriptor);
    expect(descriptor).toEqual({ value: 'kept', enumerable: true });
  });

  it.each([...corpusFiles(), 'step-data.bpmn'])('parses %s into the very same tree as moddle’s own define', async (name) => {
    const xml = name.endsWith('step-data.bpmn') && !corpusFiles().includes(name) ? readFixture(name) : new TextDecoder().decode(readCorpusBytes(name));
    const own = await parsedWith(moddlesOwn, xml);
    const ours = await parsedWith(faster, xml);
    expect(ours.warnings.map((w) => w.message)).toEqual(own.warnings.map((w) => w.message));
    expectSameGraph(own.rootElement, ours.rootElement);
    // Written alike, or refused alike (a few vendors' files are not writable as parsed).
    const written = (root: typeof own.rootElement) => moddle.toXML(root, { format: true }).then(({ xml }) => xml, (error: Error) => `refused: ${error.message}`);
    expect(await written(ours.rootElement)).toBe(await written(own.rootElement));
  });
});
