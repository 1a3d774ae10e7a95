import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import { liveQuery, type Subscription } from 'dexie';
import * as Y from 'yjs';
import type { SyncLink, WorkbenchDb } from '../db';
import { httpBlobTransport } from './blobTransport';
import { rememberViewerOnly } from './syncLinks';
import { ProjectBridge, type BridgeState } from './projectBridge';
import { projectRows, recordTables } from './syncTables';
import { readTokenClaims } from '../../domain/sync/serverAddress';

/**
 * What the header says. `synced` only when the server has acknowledged every change and revision
 * this browser sent (not merely when it has sent its own state): anything else is `waiting`.
 */
export type SyncStatus = 'connecting' | 'synced' | 'waiting' | 'offline' | 'conflict' | 'denied' | 'tooLarge' | 'error';

export interface Peer {
  clientId: number;
  name: string;
}

export interface SyncSnapshot {
  status: SyncStatus;
  /** Changes and revisions not yet acknowledged by the server. */
  waiting: number;
  peers: Peer[];
  forks: string[];
  readOnly: boolean;
  /** The server's reason for a refusal, or the bridge's error. */
  detail: string | null;
}

/** Close code of a WebSocket message over the server's limit: the whole offline backlog was refused. */
const messageTooBig = 1009;

/**
 * A shared project while it is open: its Yjs document, the bridge to the tables, and the connection
 * to the team's server (Hocuspocus), with presence. Local changes to the tables are merged a moment
 * after they are stored; the team's changes as they arrive.
 */
export class SyncSession {
  private connection: WebSocketStatus = WebSocketStatus.Connecting;
  private denied: string | null = null;
  private tooLarge = false;
  /** "Connecting" is said before the first connection only; after it, any gap is "offline". */
  private wasConnected = false;
  private browserOffline = typeof navigator !== 'undefined' && navigator.onLine === false;
  private subscription: Subscription | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** A change stored here that the bridge has not yet merged into the document: not yet sent, so not synced. */
  private localPending = false;
  private readonly provider: HocuspocusProvider;

  private constructor(
    readonly bridge: ProjectBridge,
    private readonly link: SyncLink,
    private readonly onChange: (snapshot: SyncSnapshot) => void,
    onRole: (viewerOnly: boolean) => void,
  ) {
    this.provider = new HocuspocusProvider({
      url: link.serverUrl,
      name: link.documentName,
      token: link.token,
      document: bridge.doc,
      onStatus: ({ status }) =>
        this.update(() => {
          this.connection = status;
          this.wasConnected ||= status === WebSocketStatus.Connected;
          // The socket closed only after the network came back: connect now (see goOnline).
          if (status === WebSocketStatus.Disconnected && this.reconnectWhenClosed && !this.browserOffline) {
            this.reconnectWhenClosed = false;
            void this.provider.connect();
          }
        }),
      onAuthenticated: ({ scope }) =>
        this.update(() => {
          this.denied = null;
          bridge.setReadOnly(scope === 'readonly');
          if ((scope === 'readonly') !== Boolean(link.viewerOnly)) onRole(scope === 'readonly');
        }),
      onAuthenticationFailed: ({ reason }) => this.update(() => (this.denied = reason)),
      onClose: ({ event }) => this.update(() => (this.tooLarge ||= event.code === messageTooBig || event.reason === 'document-too-large')),
      // Back online: versions kept meanwhile go up now (their blobs could not be uploaded offline).
      onSynced: () => this.update(() => void bridge.sync()),
      onUnsyncedChanges: ({ number }) => this.update(() => number === 0 && (this.tooLarge = false)),
      onAwarenessChange: () => this.update(),
    });
    const claims = readTokenClaims(link.token);
    this.provider.setAwarenessField('user', { id: link.userId, name: claims?.name ?? link.userId });
    bridge.onState(() => this.update());
    // The browser knows at once when the network goes; the socket would notice only at its next ping.
    addEventListener('offline', this.goOffline);
    addEventListener('online', this.goOnline);
  }

  private goOffline = () =>
    this.update(() => {
      this.browserOffline = true;
      this.provider.disconnect();
    });
  /**
   * A socket asked to close while the network was down may still count as open when the network is
   * back (its close event comes later), and then connect() does nothing: reconnect once it has closed.
   */
  private reconnectWhenClosed = false;
  private goOnline = () =>
    this.update(() => {
      this.browserOffline = false;
      if (this.connection === WebSocketStatus.Connected) this.reconnectWhenClosed = true;
      void this.provider.connect();
    });

  static async start(db: WorkbenchDb, link: SyncLink, onChange: (snapshot: SyncSnapshot) => void): Promise<SyncSession> {
    const bridge = await ProjectBridge.open(db, new Y.Doc(), link.projectId, link.userId, httpBlobTransport(link.serverUrl, link.token));
    const session = new SyncSession(bridge, link, onChange, (viewerOnly) => void rememberViewerOnly(db, link.projectId, viewerOnly));
    session.watchTables(db);
    void bridge.sync();
    return session;
  }

  snapshot(): SyncSnapshot {
    const bridge: BridgeState = this.bridge.state;
    const waiting = bridge.waitingRevisions + this.provider.unsyncedChanges + (this.localPending ? 1 : 0);
    const readOnly = this.provider.authorizedScope === 'readonly';
    const states = this.provider.awareness?.getStates() ?? new Map();
    const peers = [...states]
      .filter(([clientId]) => clientId !== this.bridge.doc.clientID)
      .map(([clientId, state]) => ({ clientId, name: String((state.user as { name?: string } | undefined)?.name ?? '?') }));
    const status: SyncStatus = this.denied
      ? 'denied'
      : this.tooLarge
        ? 'tooLarge'
        : bridge.error
          ? 'error'
          : this.browserOffline || (this.wasConnected && this.connection !== WebSocketStatus.Connected)
            ? 'offline'
            : this.connection !== WebSocketStatus.Connected || !this.provider.isAuthenticated || !this.provider.synced
              ? 'connecting'
              : bridge.forks.length
                ? 'conflict'
                : waiting > 0
                  ? readOnly
                    ? 'denied'
                    : 'waiting'
                  : 'synced';
    // A viewer's own edits never go up: say so rather than wait for them for ever.
    const detail = this.denied ?? bridge.error ?? (status === 'denied' ? 'read-only' : null);
    return { status, waiting, peers, forks: bridge.forks, readOnly, detail };
  }

  get projectId(): string {
    return this.link.projectId;
  }

  destroy(): void {
    removeEventListener('offline', this.goOffline);
    removeEventListener('online', this.goOnline);
    this.subscription?.unsubscribe();
    if (this.timer) clearTimeout(this.timer);
    this.provider.destroy();
    this.bridge.destroy();
  }

  /** Any stored change to the project's records or versions merges into the document shortly after. */
  private watchTables(db: WorkbenchDb): void {
    const { projectId } = this.link;
    let first = true;
    this.subscription = liveQuery(async () => {
      for (const table of recordTables) {
        // Variants and versions: their keys suffice (a new checkpoint is a new key); XML is not synced.
        if (table === 'variants') await db.variants.where('projectId').equals(projectId).primaryKeys();
        else await projectRows(db, table, projectId);
      }
      await db.snapshots.where('projectId').equals(projectId).primaryKeys();
      return Date.now();
    }).subscribe({
      next: () => {
        if (first) return void (first = false);
        if (this.timer) clearTimeout(this.timer);
        this.update(() => (this.localPending = true));
        this.timer = setTimeout(() => {
          this.timer = null;
          void this.bridge.sync().then(() => this.update(() => (this.localPending = this.timer !== null)));
        }, 300);
      },
    });
  }

  private update(change?: () => unknown): void {
    change?.();
    this.onChange(this.snapshot());
  }
}
