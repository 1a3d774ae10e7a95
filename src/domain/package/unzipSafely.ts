import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { isSafePackagePath } from './packagePaths';

export interface UnzipLimits {
  entries: number;
  /** Inflated bytes of all entries together, and of one entry. */
  totalBytes: number;
  entryBytes: number;
}

/** Well above a project with large diagrams and a long history, well below what would exhaust a laptop's browser. */
export const packageLimits: UnzipLimits = { entries: 5000, totalBytes: 512 * 1024 * 1024, entryBytes: 200 * 1024 * 1024 };

export type UnzipProblem =
  | { code: 'notZip' }
  | { code: 'corrupt'; detail: string }
  | { code: 'tooManyEntries'; limit: number }
  | { code: 'tooLarge'; limit: number }
  | { code: 'unsafePath'; path: string }
  | { code: 'duplicateEntry'; path: string };

export type UnzipResult = { ok: true; entries: Map<string, Uint8Array> } | { ok: false; problem: UnzipProblem };

const chunkBytes = 1 << 16;

/**
 * The entries of a zip, read defensively: the names are checked before any content is inflated, and
 * inflating stops at the limits by counting what actually comes out, so neither a lying header nor
 * a zip bomb can make it allocate more than `limits` allow. Folders are skipped.
 */
export function unzipSafely(bytes: Uint8Array, limits: UnzipLimits = packageLimits): UnzipResult {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return { ok: false, problem: { code: 'notZip' } };
  const entries = new Map<string, Uint8Array>();
  let problem: UnzipProblem | null = null;
  let count = 0;
  let total = 0;
  const fail = (found: UnzipProblem, file?: UnzipFile) => {
    problem ??= found;
    file?.terminate();
  };
  const unzip = new Unzip((file) => {
    if (problem) return;
    if (file.name.endsWith('/')) return;
    if (++count > limits.entries) return fail({ code: 'tooManyEntries', limit: limits.entries });
    if (!isSafePackagePath(file.name)) return fail({ code: 'unsafePath', path: file.name });
    if (entries.has(file.name)) return fail({ code: 'duplicateEntry', path: file.name });
    const parts: Uint8Array[] = [];
    let size = 0;
    entries.set(file.name, new Uint8Array());
    file.ondata = (error, chunk, final) => {
      if (problem) return;
      if (error) return fail({ code: 'corrupt', detail: error.message }, file);
      size += chunk.length;
      total += chunk.length;
      if (size > limits.entryBytes || total > limits.totalBytes) return fail({ code: 'tooLarge', limit: limits.totalBytes }, file);
      parts.push(chunk);
      if (final) entries.set(file.name, concat(parts, size));
    };
    try {
      file.start();
    } catch (error) {
      fail({ code: 'corrupt', detail: error instanceof Error ? error.message : String(error) });
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < bytes.length && !problem; offset += chunkBytes) {
      unzip.push(bytes.subarray(offset, offset + chunkBytes), offset + chunkBytes >= bytes.length);
    }
  } catch (error) {
    fail({ code: 'corrupt', detail: error instanceof Error ? error.message : String(error) });
  }
  return problem ? { ok: false, problem } : { ok: true, entries };
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const all = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return all;
}
