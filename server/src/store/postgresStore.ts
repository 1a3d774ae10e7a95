import pg from 'pg';
import { isRole, type Role, type Store } from './store';
import { schemaStatements } from './schemaSql';
import { fromAuditRow } from './sqliteStore';

/**
 * The store at scale: PostgreSQL at DATABASE_URL. `schema` (DATABASE_SCHEMA) keeps the tables apart
 * from others in the same database; it is created when missing.
 */
export async function openPostgresStore(connectionString: string, schema?: string): Promise<Store> {
  if (schema !== undefined) {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`DATABASE_SCHEMA must be a plain lower-case name, not ${schema}`);
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({ connectionString, max: 5, ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }) });
  const query = async <R extends pg.QueryResultRow>(text: string, values: unknown[] = []) => (await pool.query<R>(text, values)).rows;
  for (const statement of schemaStatements('postgres')) await query(statement);

  return {
    kind: 'postgres',
    loadDocument: async (name) => (await query<{ state: Buffer }>('SELECT state FROM documents WHERE name = $1', [name]))[0]?.state ?? null,
    storeDocument: async (name, state) =>
      void (await query('INSERT INTO documents (name, state, updated_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at', [name, Buffer.from(state), Date.now()])),
    documentNames: async () => (await query<{ name: string }>('SELECT name FROM documents ORDER BY name')).map((r) => r.name),
    hasBlob: async (k) => (await query('SELECT 1 FROM blobs WHERE team_id = $1 AND sha256 = $2', [k.teamId, k.sha256])).length > 0,
    putBlob: async (k, data) =>
      void (await query('INSERT INTO blobs (team_id, sha256, data, size, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (team_id, sha256) DO NOTHING', [k.teamId, k.sha256, Buffer.from(data), data.byteLength, Date.now()])),
    getBlob: async (k) => (await query<{ data: Buffer }>('SELECT data FROM blobs WHERE team_id = $1 AND sha256 = $2', [k.teamId, k.sha256]))[0]?.data ?? null,
    blobKeys: async () =>
      (await query<{ team_id: string; sha256: string; created_at: string }>('SELECT team_id, sha256, created_at FROM blobs')).map((r) => ({ teamId: r.team_id, sha256: r.sha256, createdAt: Number(r.created_at) })),
    deleteBlobs: async (keys) => {
      for (const k of keys) await query('DELETE FROM blobs WHERE team_id = $1 AND sha256 = $2', [k.teamId, k.sha256]);
    },
    addUser: async (id, name) => void (await query('INSERT INTO users (id, name) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET name = excluded.name', [id, name])),
    addTeam: async (id, name) => void (await query('INSERT INTO teams (id, name) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET name = excluded.name', [id, name])),
    setMember: async (teamId, userId, role) =>
      void (await query('INSERT INTO members (team_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (team_id, user_id) DO UPDATE SET role = excluded.role', [teamId, userId, role])),
    removeMember: async (teamId, userId) => void (await query('DELETE FROM members WHERE team_id = $1 AND user_id = $2', [teamId, userId])),
    roleOf: async (teamId, userId) => {
      const role = (await query<{ role: string }>('SELECT role FROM members WHERE team_id = $1 AND user_id = $2', [teamId, userId]))[0]?.role;
      return isRole(role) ? role : null;
    },
    users: async () => query<{ id: string; name: string }>('SELECT id, name FROM users ORDER BY id'),
    teams: async () => {
      const members = await query<{ team_id: string; user_id: string; role: Role }>('SELECT team_id, user_id, role FROM members ORDER BY user_id');
      const teams = await query<{ id: string; name: string }>('SELECT id, name FROM teams ORDER BY id');
      return teams.map((t) => ({ ...t, members: members.filter((m) => m.team_id === t.id).map((m) => ({ userId: m.user_id, role: m.role })) }));
    },
    audit: async (e) => void (await query('INSERT INTO audit (time, user_id, target, action, detail) VALUES ($1, $2, $3, $4, $5)', [e.time, e.userId, e.target, e.action, e.detail])),
    auditLog: async (limit, target) =>
      (target === undefined
        ? await query<Parameters<typeof fromAuditRow>[0]>('SELECT * FROM audit ORDER BY id DESC LIMIT $1', [limit])
        : await query<Parameters<typeof fromAuditRow>[0]>('SELECT * FROM audit WHERE target = $1 ORDER BY id DESC LIMIT $2', [target, limit])
      ).map(fromAuditRow),
    compact: async () => undefined,
    close: () => pool.end(),
  };
}
