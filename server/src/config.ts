import { resolve } from 'node:path';

/** How the sync server is set up, read from the environment (README: "Sync server"). */
export interface ServerConfig {
  host: string;
  port: number;
  /** SQLite file, used when `databaseUrl` is empty. */
  sqliteFile: string;
  databaseUrl: string | null;
  databaseSchema: string | undefined;
  redisUrl: string | null;
  /** The key tokens are signed with (HS256); the admin CLI signs with the same one. */
  jwtSecret: string;
  /** Largest WebSocket message: an offline backlog above it is refused whole (close code 1009). */
  maxPayloadBytes: number;
  /** Largest shared document; a change that would grow a document past it is refused. */
  maxDocumentBytes: number;
  maxBlobBytes: number;
  maxConnectionsPerUser: number;
  /** Which pages may call the server from a browser (CORS for the blob requests); `*` for any. */
  allowedOrigins: string[];
  /** Checkpoints kept per variant by the prune job, besides the named, approved and current ones. */
  pruneKeep: number;
  pruneEveryHours: number;
  /** How long changes wait before a document is written to the store. */
  storeDebounceMs: number;
}

const MiB = 1024 * 1024;

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const jwtSecret = env.JWT_SECRET ?? '';
  if (jwtSecret.length < 32) throw new Error('JWT_SECRET must be set to at least 32 characters (the key tokens are signed with)');
  return {
    host: env.HOST ?? '127.0.0.1',
    port: int(env, 'PORT', 8787),
    sqliteFile: resolve(env.DATA_DIR ?? 'data', 'sync.sqlite'),
    databaseUrl: env.DATABASE_URL || null,
    databaseSchema: env.DATABASE_SCHEMA || undefined,
    redisUrl: env.REDIS_URL || null,
    jwtSecret,
    maxPayloadBytes: int(env, 'MAX_PAYLOAD_MIB', 8) * MiB,
    maxDocumentBytes: int(env, 'MAX_DOCUMENT_MIB', 32) * MiB,
    maxBlobBytes: int(env, 'MAX_BLOB_MIB', 64) * MiB,
    maxConnectionsPerUser: int(env, 'MAX_CONNECTIONS_PER_USER', 20),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '*').split(',').map((o) => o.trim()).filter(Boolean),
    pruneKeep: int(env, 'PRUNE_KEEP', 30),
    pruneEveryHours: int(env, 'PRUNE_EVERY_HOURS', 24),
    storeDebounceMs: int(env, 'STORE_DEBOUNCE_MS', 2000),
  };
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not ${raw}`);
  return value;
}
