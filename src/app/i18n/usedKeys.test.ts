import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journeyPageRu } from '../../features/journey/texts/ru';
import { ru } from './ru';

/** Merged as i18next's addResourceBundle(…, deep) does. */
function deepMerge(into: Record<string, unknown>, from: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...into };
  for (const [key, value] of Object.entries(from)) {
    const existing = merged[key];
    merged[key] = typeof value === 'object' && value !== null && typeof existing === 'object' && existing !== null ? deepMerge(existing as Record<string, unknown>, value as Record<string, unknown>) : value;
  }
  return merged;
}

/** The app's texts with those a lazily loaded screen adds (register.ts of that screen). */
const resources = deepMerge(ru, { journey: journeyPageRu });

const srcDir = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** A key is there as a string, or as the plural forms i18next picks from. */
function hasKey(key: string): boolean {
  const parts = key.split('.');
  const last = parts.pop()!;
  let node: unknown = resources;
  for (const part of parts) node = (node as Record<string, unknown> | undefined)?.[part];
  const leaves = node as Record<string, unknown> | undefined;
  return typeof leaves?.[last] === 'string' || typeof leaves?.[`${last}_one`] === 'string';
}

describe('translation keys used in the code', () => {
  it('every literal key given to t() exists in the Russian resources', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(srcDir)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z][\w]*(?:\.[\w]+)+)'/g)) {
        if (!hasKey(match[1]!)) missing.push(`${match[1]} (${file.slice(srcDir.length + 1)})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
