import { Database } from '@hocuspocus/extension-database';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { Server, type Document, type Extension } from '@hocuspocus/server';
import { Redis } from 'ioredis';
import * as Y from 'yjs';
import { verifyToken } from './auth';
import { handleBlobRequest } from './blobRoutes';
import type { ServerConfig } from './config';
import { ConnectionCounter } from './connectionLimits';
import { parseDocumentName } from './documentName';
import { Refusal } from './refusal';
import type { Role, Store } from './store/store';

/** Who is on a connection, set once the token and the membership are checked. */
export interface ConnectionContext {
  userId: string;
  teamId: string;
  role: Role;
}

export interface SyncServer {
  server: Server<ConnectionContext>;
  store: Store;
  /** The port it listens on (useful with port 0). */
  port: number;
  close(): Promise<void>;
}

/**
 * The team sync server: Hocuspocus over the store (SQLite or PostgreSQL), relayed through Redis when
 * several instances run, with token and membership checks, read-only viewers, an audit log and the
 * size and connection limits of `config`. Blobs are served over HTTP on the same port.
 */
export async function startSyncServer(config: ServerConfig, store: Store, redisPrefix = 'rw-sync'): Promise<SyncServer> {
  const connections = new ConnectionCounter(config.maxConnectionsPerUser);
  const documentBytes = new WeakMap<Document, number>();
  const sizeOf = (document: Document) => documentBytes.get(document) ?? documentBytes.set(document, Y.encodeStateAsUpdate(document).byteLength).get(document)!;
  const audit = (entry: Parameters<Store['audit']>[0]) => store.audit(entry).catch((error: unknown) => console.error('audit log write failed', error));

  const guard: Extension = {
    async onAuthenticate({ token, documentName, connectionConfig }) {
      const name = parseDocumentName(documentName);
      if (!name) throw new Refusal('bad-document-name');
      const claims = await verifyToken(config.jwtSecret, token).catch(() => null);
      if (!claims) {
        void audit({ time: Date.now(), userId: '', target: documentName, action: 'refused', detail: 'invalid-token' });
        throw new Refusal('invalid-token');
      }
      const refuse = (reason: ConstructorParameters<typeof Refusal>[0]) => {
        void audit({ time: Date.now(), userId: claims.userId, target: documentName, action: 'refused', detail: reason });
        return new Refusal(reason);
      };
      if (claims.teamId !== name.teamId) throw refuse('wrong-team');
      const role = await store.roleOf(name.teamId, claims.userId);
      if (!role) throw refuse('not-a-member');
      if (!connections.canOpen(claims.userId)) throw refuse('too-many-connections');
      // Viewers get the document and presence; Hocuspocus drops (and does not acknowledge) their changes.
      if (role === 'viewer') connectionConfig.readOnly = true;
      // Counted here, not once connected, so that a burst of connections cannot slip past the check together.
      connections.opened(claims.userId);
      return { userId: claims.userId, teamId: claims.teamId, role } satisfies ConnectionContext;
    },
    async connected({ context, documentName }) {
      void audit({ time: Date.now(), userId: context.userId, target: documentName, action: 'connect', detail: context.role });
    },
    async onDisconnect({ context }) {
      if (context?.userId) connections.closed(context.userId);
    },
    async beforeHandleMessage({ document, update }) {
      if (sizeOf(document) + update.byteLength > config.maxDocumentBytes) throw new Refusal('document-too-large');
    },
    async afterHandleMessage({ document, update }) {
      documentBytes.set(document, sizeOf(document) + update.byteLength);
    },
    async onChange({ context, documentName, update }) {
      if (context?.userId) void audit({ time: Date.now(), userId: context.userId, target: documentName, action: 'change', detail: String(update.byteLength) });
    },
    async onRequest({ request, response }) {
      const handled = await handleBlobRequest(request, response, { store, jwtSecret: config.jwtSecret, maxBlobBytes: config.maxBlobBytes, allowedOrigins: config.allowedOrigins }).catch((error: unknown) => {
        console.error('blob request failed', error);
        if (!response.headersSent) response.writeHead(500).end('server-error');
        return true;
      });
      // Hocuspocus answers every other request with its welcome text; a rejection without an error stops it.
      if (handled) throw null;
    },
  };

  const persistence = new Database({
    fetch: async ({ documentName }) => store.loadDocument(documentName),
    store: async ({ documentName, document, state }) => {
      await store.storeDocument(documentName, state);
      documentBytes.set(document, state.byteLength);
    },
  });

  const extensions: Extension[] = [guard, persistence];
  if (config.redisUrl) {
    const redisUrl = config.redisUrl;
    extensions.push(new RedisExtension({ createClient: () => new Redis(redisUrl), prefix: redisPrefix }));
  }

  const server = new Server<ConnectionContext>({
    name: 'reengineering-workbench-sync',
    address: config.host,
    port: config.port,
    quiet: true,
    stopOnSignals: false,
    debounce: config.storeDebounceMs,
    maxDebounce: Math.max(config.storeDebounceMs * 5, 1000),
    websocketOptions: { maxPayload: config.maxPayloadBytes },
    extensions,
  });
  await server.listen();
  return {
    server,
    store,
    port: server.address.port,
    close: async () => {
      await server.destroy();
    },
  };
}
