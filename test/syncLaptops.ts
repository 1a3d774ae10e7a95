import * as Y from 'yjs';
import { WorkbenchDb } from '../src/storage/db';
import { addEntry } from '../src/storage/dictionaryRepository';
import { createProcess } from '../src/storage/processRepository';
import { createProject } from '../src/storage/projectRepository';
import type { BlobTransport } from '../src/storage/sync/blobTransport';
import { ProjectBridge } from '../src/storage/sync/projectBridge';

/*
 * Laptops of a team in one test process: each its own database (fake-indexeddb) and Yjs document,
 * with a bridge; `exchange` does what the sync server does between two that are online.
 */

/** The server's blob table, shared by the laptops; `online` false makes every transfer fail as fetch does offline. */
export function blobServer() {
  const blobs = new Map<string, string>();
  const server = { blobs, online: true, transport: (): BlobTransport => ({
    put: async (sha, xml) => {
      if (!server.online) throw new TypeError('Failed to fetch');
      blobs.set(sha, xml);
    },
    get: async (sha) => {
      if (!server.online) throw new TypeError('Failed to fetch');
      const xml = blobs.get(sha);
      if (xml === undefined) throw new Error('404');
      return xml;
    },
  }) };
  return server;
}

const opened: WorkbenchDb[] = [];

/** Call in the test file's afterEach: deletes every laptop's database the test opened. */
export async function closeWorkspaces(): Promise<void> {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
}

export function workspace(name: string): WorkbenchDb {
  const db = new WorkbenchDb(`sync-${name}-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

export async function laptop(name: string, projectId: string, server: ReturnType<typeof blobServer>, db = workspace(name)) {
  const doc = new Y.Doc();
  const bridge = await ProjectBridge.open(db, doc, projectId, name, server.transport());
  return { db, doc, bridge };
}

export type Laptop = Awaited<ReturnType<typeof laptop>>;

/** What the server does between laptops that are online: each gets what the other has. */
export function exchange(a: Laptop, b: Laptop) {
  Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'server');
  Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), 'server');
}

export const diagram = (label: string) => `<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D"><bpmn:process id="P"><bpmn:task id="T" name="${label}"/></bpmn:process></bpmn:definitions>`;

export async function sharedProject() {
  const server = blobServer();
  // Given a project on laptop A with one process and a dictionary entry
  const aliceDb = workspace('alice');
  const project = await createProject(aliceDb, { name: 'Регистрация рождения', owner: 'МЮ', serviceName: '', serviceCode: '', serviceConsumers: '', status: 'planned' });
  const process = await createProcess(aliceDb, project.id, 'Регистрация', { asIs: diagram('Принять заявление') });
  await addEntry(aliceDb, project.id, 'document', 'Справка о рождении');
  const alice = await laptop('alice', project.id, server, aliceDb);
  await alice.bridge.sync();
  const bob = await laptop('bob', project.id, server);
  exchange(alice, bob);
  await bob.bridge.sync();
  const variantId = (await alice.db.variants.where('processId').equals(process.id).first())!.id;
  return { server, alice, bob, project, process, variantId };
}

