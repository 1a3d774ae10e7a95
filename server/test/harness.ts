import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterAll, beforeAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { signToken } from '../src/auth';
import type { ServerConfig } from '../src/config';
import { openPostgresStore } from '../src/store/postgresStore';
import { openSqliteStore } from '../src/store/sqliteStore';
import type { Store } from '../src/store/store';
import { startSyncServer, type SyncServer } from '../src/syncServer';

/** The machine's own services (loopback only), as the issue and .ci/run set them up. */
export const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export const secret = 'a-test-secret-that-is-long-enough-for-hs256';
const MiB = 1024 * 1024;

/** Where a test server keeps its data, openable again after a restart. */
export interface StoreSpec {
  kind: 'sqlite' | 'postgres';
  open(): Promise<Store>;
  drop(): Promise<void>;
}

export function sqliteSpec(): StoreSpec {
  const dir = mkdtempSync(join(tmpdir(), 'rw-sync-'));
  return { kind: 'sqlite', open: async () => openSqliteStore(join(dir, 'sync.sqlite')), drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

export function postgresSpec(): StoreSpec {
  const schema = `rw_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  return {
    kind: 'postgres',
    open: () => openPostgresStore(postgresUrl, schema),
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** Team t1: alice and bob edit, vera views. Team t2: olga, who is no member of t1. */
export async function seedTeams(store: Store): Promise<void> {
  for (const [id, name] of [['alice', 'Алия'], ['bob', 'Бауыржан'], ['vera', 'Вера'], ['olga', 'Ольга']]) await store.addUser(id!, name!);
  await store.addTeam('t1', 'Проектная группа');
  await store.addTeam('t2', 'Другая группа');
  await store.setMember('t1', 'alice', 'editor');
  await store.setMember('t1', 'bob', 'editor');
  await store.setMember('t1', 'vera', 'viewer');
  await store.setMember('t2', 'olga', 'editor');
}

export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    host: '127.0.0.1',
    port: 0,
    sqliteFile: ':memory:',
    databaseUrl: null,
    databaseSchema: undefined,
    redisUrl: null,
    jwtSecret: secret,
    maxPayloadBytes: 8 * MiB,
    maxDocumentBytes: 32 * MiB,
    maxBlobBytes: 4 * MiB,
    maxConnectionsPerUser: 20,
    allowedOrigins: ['*'],
    pruneKeep: 30,
    pruneEveryHours: 24,
    storeDebounceMs: 20,
    ...overrides,
  };
}

export interface Running {
  sync: SyncServer;
  url: string;
  httpUrl: string;
  stop(): Promise<void>;
}

export async function startOn(store: Store, overrides: Partial<ServerConfig> = {}, redisPrefix?: string): Promise<Running> {
  const sync = await startSyncServer(testConfig(overrides), store, redisPrefix);
  return { sync, url: `ws://127.0.0.1:${sync.port}`, httpUrl: `http://127.0.0.1:${sync.port}`, stop: () => sync.close() };
}

export const token = (userId: string, teamId = 't1', key = secret) => signToken(key, { userId, teamId }, 1);

export interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  refusals: string[];
  closeCodes: number[];
  closeReasons: string[];
  destroy(): void;
}

/** A laptop: its own Y.Doc (edited before connecting = offline work) joined to the server. */
export function connect(url: string, name: string, tokenValue: string, doc = new Y.Doc()): Client {
  const refusals: string[] = [];
  const closeCodes: number[] = [];
  const closeReasons: string[] = [];
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token: tokenValue,
    document: doc,
    onAuthenticationFailed: ({ reason }) => void refusals.push(reason),
    onClose: ({ event }) => {
      closeCodes.push(event.code);
      closeReasons.push(event.reason);
    },
  });
  provider.attach();
  return {
    doc,
    provider,
    refusals,
    closeCodes,
    closeReasons,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Waits (polling) until `check` holds, failing with `what` after `ms`. */
export async function until(what: string, check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The server has acknowledged every change this client sent. */
export const acknowledged = (client: Client) => client.provider.isAuthenticated && client.provider.synced && client.provider.unsyncedChanges === 0;

/**
 * A seeded server for the tests of one file (started before them, stopped and its data dropped after),
 * with laptops that join it and are closed at the end.
 */
export function testServer(options: { spec?: () => StoreSpec; config?: Partial<ServerConfig> } = {}) {
  const state = {} as { spec: StoreSpec; store: Store; running: Running };
  const clients: Client[] = [];
  const start = async () => {
    state.store = await state.spec.open();
    state.running = await startOn(state.store, options.config);
  };
  beforeAll(async () => {
    state.spec = (options.spec ?? sqliteSpec)();
    state.store = await state.spec.open();
    await seedTeams(state.store);
    state.running = await startOn(state.store, options.config);
  });
  afterAll(async () => {
    clients.forEach((c) => c.destroy());
    await state.running.stop();
    await state.store.close();
    await state.spec.drop();
  });
  return {
    get store() {
      return state.store;
    },
    get running() {
      return state.running;
    },
    /** A laptop of `user` (of team t1 unless the token names another) in document `name`. */
    async join(user: string, name: string, doc?: Y.Doc, tokenValue?: string): Promise<Client> {
      const client = connect(state.running.url, name, tokenValue ?? (await token(user)), doc);
      clients.push(client);
      return client;
    },
    /** Stops the server and starts it again on the same data (the same store reopened). */
    async restart(): Promise<void> {
      await state.running.stop();
      await state.store.close();
      await start();
    },
  };
}
