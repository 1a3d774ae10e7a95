import type { StoredContent } from './variantContents';
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Project } from '../domain/project';
import type { Process, StoredVariant } from '../domain/variant';
import type { DictionaryEntry } from '../domain/dictionary/dictionary';
import type { ProcessAssessment } from '../domain/compare/assessment';
import type { Interview, JourneyMap, Persona } from '../domain/journey/model';
import type { ActionPlan } from '../domain/plan/plan';
import type { Roadmap } from '../domain/plan/roadmap';
import type { ProcessPassport } from '../domain/passport/passport';
import type { StatusChange } from '../domain/lifecycle/lifecycle';
import { applySchema } from './schema';

/**
 * The workspace database in this browser's IndexedDB. Never rename a table or an index
 * without a new version in schema.ts: users' data lives under these names.
 */
export const databaseName = 'reengineering-workbench';

/**
 * Why a version of a variant was kept. Named versions are the user's and are never pruned; the
 * others are kept by the app: when something replaced the content (an import, a conflicting save, a
 * restore), when the user left the variant, hourly during long editing, and when the variant was
 * approved (its approved content, which a status change refers to; never pruned).
 */
export const snapshotReasons = ['named', 'auto', 'replacedByImport', 'conflict', 'beforeRestore', 'approved'] as const;
export type SnapshotReason = (typeof snapshotReasons)[number];

/** An earlier content of a variant: a version in the variant's history. Its XML is in `snapshotContents`. */
export interface Snapshot {
  id: string;
  variantId: string;
  projectId: string;
  reason: SnapshotReason;
  /** The user's name for a named version; empty for the others. */
  name: string;
  /** Length of the XML in characters. */
  size: number;
  createdAt: number;
  /**
   * Content received from the team rather than kept from this browser's edits: the approved diagram
   * of an approval made on another laptop (sync/approvedContent.ts). It never goes up as a revision of
   * this browser's, which would put old content over the team's current one. Absent for the others.
   */
  fromTeam?: boolean;
}

/** The diagram of a snapshot, read only when the version is opened, compared or restored. */
export interface SnapshotContent {
  id: string;
  xml: string;
}

export interface Setting {
  key: string;
  value: string;
}

/** How a project is shared with its team: the server, the user's token and the shared document's name. */
export interface SyncLink {
  projectId: string;
  /** The server's WebSocket address (ws:// or wss://); blobs are on the same host over HTTP(S). */
  serverUrl: string;
  token: string;
  /** `<team>/<project>` on the server. */
  documentName: string;
  /** The user id and team the token names, read from it (the server checks it). */
  userId: string;
  teamId: string;
  sharedAt: number;
  /** The server last said this user only views the project: kept, so the project list knows it before connecting. */
  viewerOnly?: boolean;
}

/**
 * The shared document of a project as this browser holds it (with changes not yet on the server), and
 * `base`: each record's shared fields as last merged with the local tables, so a difference from it
 * tells a local edit (or deletion) from a change that came from the team.
 */
export interface SyncDoc {
  projectId: string;
  state: Uint8Array;
  base: Record<string, Record<string, unknown>>;
}

/** The synced revision a variant's current content comes from (its base for the next revision). */
export interface SyncHead {
  variantId: string;
  projectId: string;
  revisionId: string;
  sha256: string;
  /** Versions of the variant kept up to this time have been considered for revisions. */
  checkedAt: number;
}

/** The XML of a revision, addressed by its SHA-256. */
export interface SyncBlob {
  sha256: string;
  xml: string;
}

export class WorkbenchDb extends Dexie {
  projects!: EntityTable<Project, 'id'>;
  processes!: EntityTable<Process, 'id'>;
  /** A variant's record without its diagram, which is in `variantContents`. */
  variants!: EntityTable<StoredVariant, 'id'>;
  /** The diagram XML of each variant, keyed by the variant's id (out of line: see schema.ts v11), or its parts (variantContents.ts). */
  variantContents!: Table<StoredContent, string>;
  snapshots!: EntityTable<Snapshot, 'id'>;
  snapshotContents!: EntityTable<SnapshotContent, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  dictionary!: Table<DictionaryEntry, [string, string]>;
  assessments!: EntityTable<ProcessAssessment, 'processId'>;
  personas!: EntityTable<Persona, 'id'>;
  journeyMaps!: EntityTable<JourneyMap, 'id'>;
  interviews!: EntityTable<Interview, 'id'>;
  actionPlans!: EntityTable<ActionPlan, 'processId'>;
  roadmaps!: EntityTable<Roadmap, 'projectId'>;
  passports!: EntityTable<ProcessPassport, 'processId'>;
  statusChanges!: EntityTable<StatusChange, 'id'>;
  syncLinks!: EntityTable<SyncLink, 'projectId'>;
  syncDocs!: EntityTable<SyncDoc, 'projectId'>;
  syncHeads!: EntityTable<SyncHead, 'variantId'>;
  syncBlobs!: EntityTable<SyncBlob, 'sha256'>;

  constructor(name = databaseName) {
    super(name);
    applySchema(this);
  }
}

export function newId(): string {
  return crypto.randomUUID();
}
