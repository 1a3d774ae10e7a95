/**
 * `npm run bench:sync`: 30 simulated laptops edit one project through a real sync server (a child
 * process on loopback, SQLite) for 60 s, then the report gives the propagation latency (p50/p95 of
 * the time from an edit to its arrival at each other laptop), the server's memory, and whether every
 * laptop ended with the same document holding every edit. Bounded in count and time; stops by itself.
 * BENCH_CLIENTS and BENCH_SECONDS change the load; the report goes to bench/report.json.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { revisionsKey } from '../../src/domain/sync/revisions';
import { signToken } from '../src/auth';
import { openSqliteStore } from '../src/store/sqliteStore';

const clients = Number(process.env.BENCH_CLIENTS ?? 30);
const seconds = Number(process.env.BENCH_SECONDS ?? 60);
const editEveryMs = 1000;
const secret = 'bench-secret-bench-secret-bench-secret';
const serverDir = resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(join(tmpdir(), 'rw-sync-bench-'));
const documentName = 'bench-team/bench-project';

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const store = openSqliteStore(join(dataDir, 'sync.sqlite'));
  await store.addTeam('bench-team', 'Bench');
  const tokens: string[] = [];
  for (let i = 0; i < clients; i++) {
    await store.addUser(`user-${i}`, `Участник ${i}`);
    await store.setMember('bench-team', `user-${i}`, 'editor');
    tokens.push(await signToken(secret, { userId: `user-${i}`, teamId: 'bench-team' }, 1));
  }
  await store.close();

  const port = await freePort();
  // Node itself, with tsx loaded into it, so the pid measured is the server's.
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, JWT_SECRET: secret, PRUNE_EVERY_HOURS: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready) => server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Sync server on') && ready()));
  const memory: number[] = [rssMiB(server.pid!)];
  const sampler = setInterval(() => memory.push(rssMiB(server.pid!)), 1000);

  const latencies: number[] = [];
  const laptops = tokens.map((token, i) => {
    const doc = new Y.Doc();
    const socket = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${port}`, WebSocketPolyfill: WebSocket });
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: documentName, token, document: doc });
    provider.attach();
    // Every laptop watches every other laptop's edits arrive (a root-level map per laptop).
    for (let j = 0; j < clients; j++) {
      if (j === i) continue;
      doc.getMap<{ t: number }>(`bench:${j}`).observe((event) => {
        if (event.transaction.local) return;
        const now = performance.now();
        for (const key of event.keysChanged) {
          const value = event.target.get(key);
          if (value) latencies.push(now - value.t);
        }
      });
    }
    return { doc, socket, provider, edits: 0 };
  });
  const acknowledged = () => laptops.every((l) => l.provider.isAuthenticated && l.provider.synced && l.provider.unsyncedChanges === 0);
  while (!acknowledged()) await sleep(50);

  // Each laptop edits about once a second, out of step with the others: a record field, a plan row
  // field, and now and then a revision (metadata only: diagram XML never enters the document).
  const started = performance.now();
  const timers = laptops.map((laptop, i) =>
    setInterval(() => {
      const n = laptop.edits++;
      laptop.doc.transact(() => {
        laptop.doc.getMap(`bench:${i}`).set(`e${n}`, { t: performance.now() });
        laptop.doc.getMap('actionPlans:process-1').set(`rows[row-${n % 20}].action`, `Правка ${i}.${n}`);
        if (n % 10 === 0) laptop.doc.getArray(revisionsKey('variant-1')).push([{ id: `r-${i}-${n}`, parents: [], author: `user-${i}`, time: Date.now(), sha256: 'a'.repeat(64), size: 1, reason: 'auto', name: '' }]);
      });
    }, editEveryMs + (i % 7) * 13),
  );
  await sleep(seconds * 1000);
  timers.forEach(clearInterval);
  const settleStart = performance.now();
  while (!acknowledged() || !laptops.every((l) => laptops.every((other, j) => l.doc.getMap(`bench:${j}`).size === other.edits))) {
    if (performance.now() - settleStart > 30_000) break;
    await sleep(50);
  }
  clearInterval(sampler);

  const reference = canonical(laptops[0]!.doc.toJSON());
  const identical = laptops.every((l) => canonical(l.doc.toJSON()) === reference);
  const editsMade = laptops.reduce((sum, l) => sum + l.edits, 0);
  const editsEverywhere = laptops.every((l) => laptops.every((other, j) => l.doc.getMap(`bench:${j}`).size === other.edits));
  const sorted = [...latencies].sort((a, b) => a - b);
  const report = {
    date: new Date().toISOString(),
    clients,
    seconds: Math.round((performance.now() - started) / 1000),
    store: 'sqlite',
    editsMade,
    deliveries: latencies.length,
    expectedDeliveries: editsMade * (clients - 1),
    latencyMs: { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted.at(-1) ?? NaN) },
    serverRssMiB: { start: round(memory[0]!), peak: round(Math.max(...memory)), end: round(memory.at(-1)!) },
    finalStatesIdentical: identical,
    noEditLost: editsEverywhere && latencies.length === editsMade * (clients - 1),
    documentBytes: Y.encodeStateAsUpdate(laptops[0]!.doc).byteLength,
  };
  laptops.forEach((l) => {
    l.provider.destroy();
    l.socket.destroy();
  });
  server.kill('SIGTERM');
  await new Promise((done) => server.once('exit', done));
  rmSync(dataDir, { recursive: true, force: true });
  writeFileSync(join(serverDir, 'bench/report.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
  if (!report.finalStatesIdentical || !report.noEditLost) process.exitCode = 1;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** JSON with object keys sorted: two documents with the same content in a different key order compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(value);
}

await main();
