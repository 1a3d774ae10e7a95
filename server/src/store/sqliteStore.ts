import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { isRole, type AuditEntry, type BlobKey, type Role, type Store } from './store';
import { schemaStatements } from './schemaSql';

/** The default store: one SQLite file, no service to run. */
export function openSqliteStore(file: string): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  for (const statement of schemaStatements('sqlite')) db.exec(statement);

  const q = {
    loadDocument: db.prepare<[string], { state: Buffer }>('SELECT state FROM documents WHERE name = ?'),
    storeDocument: db.prepare('INSERT INTO documents (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at'),
    documentNames: db.prepare<[], { name: string }>('SELECT name FROM documents ORDER BY name'),
    hasBlob: db.prepare<[string, string], { one: number }>('SELECT 1 AS one FROM blobs WHERE team_id = ? AND sha256 = ?'),
    putBlob: db.prepare('INSERT INTO blobs (team_id, sha256, data, size, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (team_id, sha256) DO NOTHING'),
    getBlob: db.prepare<[string, string], { data: Buffer }>('SELECT data FROM blobs WHERE team_id = ? AND sha256 = ?'),
    blobKeys: db.prepare<[], { team_id: string; sha256: string; created_at: number }>('SELECT team_id, sha256, created_at FROM blobs'),
    deleteBlob: db.prepare('DELETE FROM blobs WHERE team_id = ? AND sha256 = ?'),
    addUser: db.prepare('INSERT INTO users (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name'),
    addTeam: db.prepare('INSERT INTO teams (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name'),
    setMember: db.prepare('INSERT INTO members (team_id, user_id, role) VALUES (?, ?, ?) ON CONFLICT (team_id, user_id) DO UPDATE SET role = excluded.role'),
    removeMember: db.prepare('DELETE FROM members WHERE team_id = ? AND user_id = ?'),
    roleOf: db.prepare<[string, string], { role: string }>('SELECT role FROM members WHERE team_id = ? AND user_id = ?'),
    users: db.prepare<[], { id: string; name: string }>('SELECT id, name FROM users ORDER BY id'),
    teams: db.prepare<[], { id: string; name: string }>('SELECT id, name FROM teams ORDER BY id'),
    members: db.prepare<[], { team_id: string; user_id: string; role: Role }>('SELECT team_id, user_id, role FROM members ORDER BY user_id'),
    audit: db.prepare('INSERT INTO audit (time, user_id, target, action, detail) VALUES (?, ?, ?, ?, ?)'),
    auditAll: db.prepare<[number], AuditRow>('SELECT * FROM audit ORDER BY id DESC LIMIT ?'),
    auditOf: db.prepare<[string, number], AuditRow>('SELECT * FROM audit WHERE target = ? ORDER BY id DESC LIMIT ?'),
  };
  const deleteBlobs = db.transaction((keys: BlobKey[]) => keys.forEach((k) => q.deleteBlob.run(k.teamId, k.sha256)));

  return {
    kind: 'sqlite',
    loadDocument: async (name) => q.loadDocument.get(name)?.state ?? null,
    storeDocument: async (name, state) => void q.storeDocument.run(name, Buffer.from(state), Date.now()),
    documentNames: async () => q.documentNames.all().map((r) => r.name),
    hasBlob: async (k) => q.hasBlob.get(k.teamId, k.sha256) !== undefined,
    putBlob: async (k, data) => void q.putBlob.run(k.teamId, k.sha256, Buffer.from(data), data.byteLength, Date.now()),
    getBlob: async (k) => q.getBlob.get(k.teamId, k.sha256)?.data ?? null,
    blobKeys: async () => q.blobKeys.all().map((r) => ({ teamId: r.team_id, sha256: r.sha256, createdAt: Number(r.created_at) })),
    deleteBlobs: async (keys) => deleteBlobs(keys),
    addUser: async (id, name) => void q.addUser.run(id, name),
    addTeam: async (id, name) => void q.addTeam.run(id, name),
    setMember: async (teamId, userId, role) => void q.setMember.run(teamId, userId, role),
    removeMember: async (teamId, userId) => void q.removeMember.run(teamId, userId),
    roleOf: async (teamId, userId) => {
      const role = q.roleOf.get(teamId, userId)?.role;
      return isRole(role) ? role : null;
    },
    users: async () => q.users.all(),
    teams: async () => {
      const members = q.members.all();
      return q.teams.all().map((t) => ({ ...t, members: members.filter((m) => m.team_id === t.id).map((m) => ({ userId: m.user_id, role: m.role })) }));
    },
    audit: async (e) => void q.audit.run(e.time, e.userId, e.target, e.action, e.detail),
    auditLog: async (limit, target) => (target === undefined ? q.auditAll.all(limit) : q.auditOf.all(target, limit)).map(fromAuditRow),
    compact: async () => void db.exec('VACUUM'),
    close: async () => void db.close(),
  };
}

interface AuditRow {
  time: number;
  user_id: string;
  target: string;
  action: AuditEntry['action'];
  detail: string;
}

export const fromAuditRow = (r: AuditRow): AuditEntry => ({ time: Number(r.time), userId: r.user_id, target: r.target, action: r.action, detail: r.detail });
