import { Validator } from '@cfworker/json-schema';
import { manifestPath, packageFormat, packageFormatVersion, type PackageManifest } from './manifest';
import schema from './manifest.schema.json' with { type: 'json' };
import { sha256Hex } from './sha256';

export type PackageProblem =
  | { code: 'noManifest' }
  | { code: 'manifestNotJson'; detail: string }
  | { code: 'notAPackage' }
  | { code: 'newerFormat'; version: number; supported: number }
  | { code: 'manifestInvalid'; details: string[] }
  | { code: 'missingFile'; path: string }
  | { code: 'wrongChecksum'; path: string }
  | { code: 'unlistedFile'; path: string }
  | { code: 'listedTwice'; path: string }
  | { code: 'referenceUnlisted'; path: string };

const validator = new Validator(schema as object, '2020-12', false);

/** The manifest as read from a package: checked against the published schema, format and version first. */
export function checkManifest(raw: unknown): { ok: true; manifest: PackageManifest } | { ok: false; problem: PackageProblem } {
  const head = raw as { format?: unknown; formatVersion?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== packageFormat) return { ok: false, problem: { code: 'notAPackage' } };
  if (typeof head.formatVersion === 'number' && head.formatVersion > packageFormatVersion) {
    return { ok: false, problem: { code: 'newerFormat', version: head.formatVersion, supported: packageFormatVersion } };
  }
  const result = validator.validate(raw);
  if (!result.valid) {
    const details = result.errors.filter((e) => e.keyword !== 'properties' && e.keyword !== 'items' && e.keyword !== '$ref').map((e) => `${e.instanceLocation}: ${e.error}`);
    return { ok: false, problem: { code: 'manifestInvalid', details: details.slice(0, 10) } };
  }
  return { ok: true, manifest: raw as PackageManifest };
}

/**
 * The whole package: a valid manifest, and exactly the files it lists, each with its size and
 * SHA-256. Nothing of the content is interpreted before this passes.
 */
export async function checkPackage(entries: ReadonlyMap<string, Uint8Array>): Promise<{ ok: true; manifest: PackageManifest } | { ok: false; problem: PackageProblem }> {
  const manifestBytes = entries.get(manifestPath);
  if (!manifestBytes) return { ok: false, problem: { code: 'noManifest' } };
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes));
  } catch (error) {
    return { ok: false, problem: { code: 'manifestNotJson', detail: error instanceof Error ? error.message : String(error) } };
  }
  const checked = checkManifest(raw);
  if (!checked.ok) return checked;
  const listed = new Set<string>();
  for (const file of checked.manifest.files) {
    if (listed.has(file.path)) return { ok: false, problem: { code: 'listedTwice', path: file.path } };
    listed.add(file.path);
    const bytes = entries.get(file.path);
    if (!bytes) return { ok: false, problem: { code: 'missingFile', path: file.path } };
    if (bytes.length !== file.size || (await sha256Hex(bytes)) !== file.sha256) return { ok: false, problem: { code: 'wrongChecksum', path: file.path } };
  }
  const unlisted = [...entries.keys()].find((path) => path !== manifestPath && !listed.has(path));
  if (unlisted) return { ok: false, problem: { code: 'unlistedFile', path: unlisted } };
  const dangling = referencedPaths(checked.manifest).find((path) => !listed.has(path));
  if (dangling) return { ok: false, problem: { code: 'referenceUnlisted', path: dangling } };
  return checked;
}

function referencedPaths(manifest: PackageManifest): string[] {
  return manifest.projects.flatMap((project) => [
    project.records,
    ...project.files,
    ...project.processes.flatMap((process) => [...process.files, ...process.variants.flatMap((variant) => variant.files)]),
  ]);
}
