import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The third-party BPMN files in ../shared/corpus/dev: real input nobody here wrote. */
export const corpusDir = resolve(import.meta.dirname, '../../shared/corpus/dev');

export function corpusFiles(): string[] {
  if (!existsSync(corpusDir)) throw new Error(`The shared corpus is missing at ${corpusDir}`);
  return readdirSync(corpusDir).filter((name) => name.endsWith('.bpmn')).sort();
}

export function readCorpusBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(corpusDir, name)));
}

export function readFixture(name: string): string {
  return readFileSync(resolve(import.meta.dirname, 'fixtures', name), 'utf8');
}
