import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { Workbench } from './support/workbench';

/**
 * A release as users meet it: the built app is served from a folder, the service worker caches it,
 * then a second build (the same sources with another build label) replaces the folder's files on the
 * same origin. This spec serves its own copy of dist/ on a port of its own, so the other specs keep
 * theirs while it swaps builds.
 */
const root = resolve(import.meta.dirname, '..');
const vite = join(root, 'node_modules/vite/bin/vite.js');

function run(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [vite, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore' });
}

function buildInto(outDir: string, label: string): Promise<void> {
  const build = run(['build', '--outDir', outDir, '--emptyOutDir'], { WORKBENCH_BUILD_LABEL: label });
  return new Promise((done, fail) => build.on('exit', (code) => (code === 0 ? done() : fail(new Error(`vite build exited with ${code}`)))));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  await new Promise((closed) => server.close(closed));
  return port;
}

async function preview(folder: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const server = run(['preview', '--outDir', folder, '--host', '127.0.0.1', '--port', String(port), '--strictPort']);
  const url = `http://127.0.0.1:${port}`;
  await expect.poll(() => fetch(url).then((r) => r.ok, () => false), { timeout: 30_000 }).toBe(true);
  return { url, stop: () => server.kill() };
}

/** Copies a build over the served one: assets first, the page and the service worker last, as a deploy does. */
function publish(build: string, served: string): void {
  const last = ['index.html', 'sw.js'];
  for (const name of readdirSync(build).filter((n) => !last.includes(n))) cpSync(join(build, name), join(served, name), { recursive: true });
  for (const name of last) cpSync(join(build, name), join(served, name));
}

const buildLabel = (page: Page) => page.locator('head meta[name="build"]').getAttribute('content');

/** Marks the loaded document: the mark is gone after any reload. */
const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);

test('a new build waits until the user reloads; the tab that did not choose is told and left alone', async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const served = testInfo.outputPath('served');
  const next = testInfo.outputPath('next');
  cpSync(join(root, 'dist'), served, { recursive: true });
  const nextBuilt = buildInto(next, 'e2e-next');
  const server = await preview(served);
  const context = await browser.newContext({ baseURL: server.url });
  try {
    // Given two tabs of the app, both controlled by its service worker
    const [tab, otherTab] = [await context.newPage(), await context.newPage()];
    for (const page of [tab, otherTab]) {
      await page.goto('/');
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.reload();
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await expect(page.locator('.app-header')).toBeVisible();
      await markDocument(page);
    }
    const firstLabel = await buildLabel(tab);
    const app = new Workbench(tab);
    await app.createProject('Обновление');
    await app.addProcess();
    await app.appendTaskToStart('Задача');
    await app.waitSaved();

    // When a new build is published and the browser checks for it
    await nextBuilt;
    publish(next, served);
    await tab.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    // Then both tabs say a new version is ready, and neither reloads by itself
    for (const page of [tab, otherTab]) {
      await expect(page.getByRole('status').filter({ hasText: 'Готова новая версия приложения' })).toBeVisible();
    }
    expect(await sameDocument(tab)).toBe(true);
    expect(await sameDocument(otherTab)).toBe(true);
    expect(await buildLabel(tab)).toBe(firstLabel);

    // When the user edits and at once chooses Reload in one tab, that tab runs the new build with the edit stored
    await app.renameTask('Задача', 'Правка перед обновлением');
    await tab.getByRole('button', { name: 'Перезагрузить' }).click();
    await expect.poll(() => buildLabel(tab)).toBe('e2e-next');
    expect(await sameDocument(tab)).toBe(false);
    await expect(tab.getByText('Готова новая версия приложения')).toHaveCount(0);
    await expect(app.taskNamed('Правка перед обновлением')).toBeVisible();

    // And the other tab is told, without being reloaded under its user
    await expect(otherTab.getByRole('status').filter({ hasText: 'уже открыта новая версия' })).toBeVisible();
    expect(await sameDocument(otherTab)).toBe(true);
    await otherTab.getByRole('button', { name: 'Перезагрузить' }).click();
    await expect.poll(() => buildLabel(otherTab)).toBe('e2e-next');
  } finally {
    await context.close();
    server.stop();
  }
});
