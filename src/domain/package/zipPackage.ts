import { zipSync, type Zippable } from 'fflate';
import { manifestPath, type PackageFile, type PackageManifest } from './manifest';
import { sha256Hex } from './sha256';

export interface PackageContent {
  path: string;
  bytes: Uint8Array;
  mediaType: string;
}

/** Already compressed (images, Office files, zips): stored, not deflated again. */
const storedTypes = /^(image\/png|application\/vnd\.openxmlformats|application\/zip)/;

/** The manifest's list of files: path, size, SHA-256 and type of each, in the order given. */
export async function describeFiles(contents: readonly PackageContent[]): Promise<PackageFile[]> {
  return Promise.all(contents.map(async ({ path, bytes, mediaType }) => ({ path, sha256: await sha256Hex(bytes), size: bytes.length, mediaType })));
}

/** The package: the manifest first, then the files. */
export function zipPackage(manifest: PackageManifest, contents: readonly PackageContent[]): Uint8Array {
  const files: Zippable = { [manifestPath]: [new TextEncoder().encode(JSON.stringify(manifest, null, 2)), { level: 6 }] };
  for (const { path, bytes, mediaType } of contents) files[path] = [bytes, { level: storedTypes.test(mediaType) ? 0 : 6 }];
  return zipSync(files, { mtime: new Date(manifest.createdAt) });
}
