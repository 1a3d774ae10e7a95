import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const serverDir = resolve(import.meta.dirname, '../../server');
const tsx = join(serverDir, 'node_modules/.bin/tsx');

/** A port nobody listens on, on loopback. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/**
 * The team's sync server (server/) as a real process on loopback, with its SQLite data in a folder of
 * its own; it can be stopped and started again on the same port and data (a network outage).
 */
export class SyncServerProcess {
  private child: ChildProcess | null = null;
  private readonly env: NodeJS.ProcessEnv;

  private constructor(
    readonly port: number,
    private readonly dataDir: string,
  ) {
    this.env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, JWT_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e', STORE_DEBOUNCE_MS: '50' };
  }

  static async create(): Promise<SyncServerProcess> {
    return new SyncServerProcess(await freePort(), mkdtempSync(join(tmpdir(), 'rw-e2e-sync-')));
  }

  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Runs the admin CLI against the server's data; returns what it printed. */
  admin(...args: string[]): string {
    const run = spawnSync(tsx, ['src/admin.ts', ...args], { cwd: serverDir, env: this.env, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`admin ${args.join(' ')} failed: ${run.stderr}`);
    return run.stdout.trim();
  }

  async start(): Promise<void> {
    const child = spawn(tsx, ['src/main.ts'], { cwd: serverDir, env: this.env, stdio: ['ignore', 'pipe', 'inherit'] });
    this.child = child;
    await new Promise<void>((ready, fail) => {
      child.once('exit', (code) => fail(new Error(`sync server exited with ${code}`)));
      child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Sync server on') && ready());
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
    this.child = null;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
