import type { VariantKind } from '../variant';

/**
 * The publication package (issue 11): one `.zip` with `manifest.json` at its root. The manifest is
 * described by `manifest.schema.json` (JSON Schema 2020-12, published in the repository); a reader
 * checks it against that schema before reading anything else. Version 1.
 */
export const packageFormat = 'reengineering-workbench-package';
export const packageFormatVersion = 1;
export const manifestPath = 'manifest.json';

export interface PackageFile {
  /** Relative, forward slashes, no `..`: see `isSafePackagePath`. */
  path: string;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
  size: number;
  mediaType: string;
}

export interface PackageVariant {
  id: string;
  kind: VariantKind;
  /** Its status: draft, agreed, disputed, approved, published (lifecycle.ts); null in packages made before statuses were kept. */
  status: string | null;
  /** Paths of the diagram (`.bpmn`, `.svg`, `.png`). */
  files: string[];
  /** The comparison's figures for this variant, by metric id. */
  metrics: Record<string, number>;
}

export interface PackageProcess {
  id: string;
  name: string;
  variants: PackageVariant[];
  /** Paths of the process's other files: the comparison, the journey maps, the plan, the passport. */
  files: string[];
}

export interface PackageProject {
  id: string;
  name: string;
  owner: string;
  serviceName: string;
  serviceCode: string;
  status: string;
  /** Path of the JSON file with every stored record of the project: what an import restores. */
  records: string;
  /** The project's own files beyond its processes': the roadmap. */
  files: string[];
  processes: PackageProcess[];
}

export interface PackageManifest {
  format: typeof packageFormat;
  formatVersion: number;
  appVersion: string;
  /** ISO 8601. */
  createdAt: string;
  language: string;
  /** Everything, or only the approved and published variants and plans, for the architectural portal. */
  scope: 'all' | 'approved';
  projects: PackageProject[];
  /** Every file of the package but the manifest itself. */
  files: PackageFile[];
}
