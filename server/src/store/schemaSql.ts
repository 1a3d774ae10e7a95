/**
 * The tables of both stores. Blobs have a table of their own, so a document's row stays small and
 * a prune can drop what no revision references.
 */
export function schemaStatements(kind: 'sqlite' | 'postgres'): string[] {
  const bytes = kind === 'sqlite' ? 'BLOB' : 'BYTEA';
  const id = kind === 'sqlite' ? 'INTEGER PRIMARY KEY AUTOINCREMENT' : 'BIGSERIAL PRIMARY KEY';
  return [
    `CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, state ${bytes} NOT NULL, updated_at BIGINT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS blobs (team_id TEXT NOT NULL, sha256 TEXT NOT NULL, data ${bytes} NOT NULL, size BIGINT NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY (team_id, sha256))`,
    'CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, name TEXT NOT NULL)',
    'CREATE TABLE IF NOT EXISTS teams (id TEXT PRIMARY KEY, name TEXT NOT NULL)',
    `CREATE TABLE IF NOT EXISTS members (team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE, user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE, role TEXT NOT NULL CHECK (role IN ('editor', 'viewer')), PRIMARY KEY (team_id, user_id))`,
    `CREATE TABLE IF NOT EXISTS audit (id ${id}, time BIGINT NOT NULL, user_id TEXT NOT NULL, target TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL)`,
    'CREATE INDEX IF NOT EXISTS audit_target ON audit (target)',
  ];
}
