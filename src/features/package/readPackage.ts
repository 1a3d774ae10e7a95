import { checkPackage, type PackageProblem } from '../../domain/package/checkPackage';
import type { PackageManifest } from '../../domain/package/manifest';
import { packageLimits, unzipSafely, type UnzipProblem } from '../../domain/package/unzipSafely';
import type { ProjectRecords } from '../../storage/projectRecords';
import { parseRecordsFile, projectExists, type RecordsFileProblem } from '../../storage/projectRestore';
import { workspaceDb } from '../../storage/workspace';

export type ReadProblem = UnzipProblem | PackageProblem | (RecordsFileProblem & { path: string }) | { code: 'fileTooLarge'; limit: number } | { code: 'recordsMismatch'; path: string };

export interface PackageToRestore {
  manifest: PackageManifest;
  projects: { records: ProjectRecords; exists: boolean }[];
}

/**
 * A package file, checked whole before anything is written: a zip read within limits, the manifest
 * against its schema, every file against its SHA-256, every project's records against the record
 * checks. Nothing in it is executed or shown as HTML.
 */
export async function readPackage(file: File): Promise<{ ok: true; content: PackageToRestore } | { ok: false; problem: ReadProblem }> {
  if (file.size > packageLimits.totalBytes) return { ok: false, problem: { code: 'fileTooLarge', limit: packageLimits.totalBytes } };
  const unzipped = unzipSafely(new Uint8Array(await file.arrayBuffer()));
  if (!unzipped.ok) return unzipped;
  const checked = await checkPackage(unzipped.entries);
  if (!checked.ok) return checked;
  const projects: PackageToRestore['projects'] = [];
  for (const project of checked.manifest.projects) {
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(unzipped.entries.get(project.records)));
    } catch {
      return { ok: false, problem: { code: 'notRecords', path: project.records } };
    }
    const parsed = parseRecordsFile(raw);
    if (!parsed.ok) return { ok: false, problem: { ...parsed.problem, path: project.records } };
    if (parsed.records.projects[0]!.id !== project.id) return { ok: false, problem: { code: 'recordsMismatch', path: project.records } };
    projects.push({ records: parsed.records, exists: await projectExists(workspaceDb, project.id) });
  }
  return { ok: true, content: { manifest: checked.manifest, projects } };
}
