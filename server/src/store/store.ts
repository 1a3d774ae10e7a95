export interface BlobKey {
  teamId: string;
  sha256: string;
}

/** A member's role in a team: editors change the team's projects, viewers only read them. */
export const roles = ['editor', 'viewer'] as const;
export type Role = (typeof roles)[number];

export interface AuditEntry {
  time: number;
  userId: string;
  /** The document (team/project) or blob the action concerned. */
  target: string;
  action: 'change' | 'connect' | 'refused' | 'blob-put' | 'prune';
  /** Bytes of the change, or a short reason for a refusal. */
  detail: string;
}

/**
 * Everything the sync server keeps: the shared documents (Yjs state), the diagram blobs by SHA-256,
 * users, teams and memberships, and the audit log. SQLite and PostgreSQL implement it alike.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  loadDocument(name: string): Promise<Uint8Array | null>;
  storeDocument(name: string, state: Uint8Array): Promise<void>;
  documentNames(): Promise<string[]>;

  /** Blobs are kept per team: knowing a hash never opens another team's diagram. */
  hasBlob(key: BlobKey): Promise<boolean>;
  /** Stores a blob once: a second put of the same hash changes nothing. */
  putBlob(key: BlobKey, data: Uint8Array): Promise<void>;
  getBlob(key: BlobKey): Promise<Uint8Array | null>;
  blobKeys(): Promise<(BlobKey & { createdAt: number })[]>;
  deleteBlobs(keys: BlobKey[]): Promise<void>;

  addUser(id: string, name: string): Promise<void>;
  addTeam(id: string, name: string): Promise<void>;
  setMember(teamId: string, userId: string, role: Role): Promise<void>;
  removeMember(teamId: string, userId: string): Promise<void>;
  roleOf(teamId: string, userId: string): Promise<Role | null>;
  users(): Promise<{ id: string; name: string }[]>;
  teams(): Promise<{ id: string; name: string; members: { userId: string; role: Role }[] }[]>;

  audit(entry: AuditEntry): Promise<void>;
  auditLog(limit: number, target?: string): Promise<AuditEntry[]>;

  /** Gives the space of deleted rows back (SQLite VACUUM; PostgreSQL does it on its own). */
  compact(): Promise<void>;
  close(): Promise<void>;
}

export const isRole = (value: unknown): value is Role => (roles as readonly unknown[]).includes(value);
