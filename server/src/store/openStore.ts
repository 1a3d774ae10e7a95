import type { ServerConfig } from '../config';
import { openPostgresStore } from './postgresStore';
import { openSqliteStore } from './sqliteStore';
import type { Store } from './store';

/** PostgreSQL when DATABASE_URL is set, the SQLite file in the data folder otherwise. */
export function openStore(config: ServerConfig): Promise<Store> {
  return config.databaseUrl ? openPostgresStore(config.databaseUrl, config.databaseSchema) : Promise.resolve(openSqliteStore(config.sqliteFile));
}
