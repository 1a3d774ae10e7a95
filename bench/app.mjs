// The app bench (`npm run bench -- --only=app`): the built app as users get it, driven in Debian's
// Chromium through its UI, for the targets of issue 13 that only the whole app shows — first-load
// JavaScript, a cold start offline, an autosave on a large model, a tab switch, memory after many
// switches, the comparison worker, the import of the largest file of the shared corpus.
// See bench/README.md ("App") for what each figure is.
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoDir = resolve(benchDir, '..');
const appOut = resolve(benchDir, 'tmp/app-dist');
const corpusFile = resolve(repoDir, '../shared/corpus/dev/angina-CP_UA_CHE.bpmn');

export const APP_TARGETS = {
  firstLoadKiB: 400,
  coldOfflineStartMs: 1000,
  autosaveLongestTaskMs: 50,
  autosaveMainThreadMs: 30,
  autosaveEditToStoredMs: 1000,
  tabSwitchMs: 200,
  memoryGrowthMB: 2,
  importDrawnMs: 1500,
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, digits = 1) => Number(value.toFixed(digits));
const loadAverage = () => os.loadavg().map((value) => round(value, 2));
const spread = (values) => ({ min: round(Math.min(...values)), median: round(median(values)), max: round(Math.max(...values)), runs: values.map((v) => round(v)) });

async function buildApp() {
  await build({ root: repoDir, logLevel: 'warn', build: { outDir: appOut, emptyOutDir: true, reportCompressedSize: false } });
}

/** Long tasks of the page, from the first paint on, as `{ start, duration }`. */
const watchLongTasks = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
};

const heapAfterGc = (page) =>
  page.evaluate(async () => {
    for (let i = 0; i < 3; i++) {
      window.gc();
      await new Promise((r) => setTimeout(r, 50));
    }
    return performance.memory.usedJSHeapSize;
  });

async function firstLoad(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.projects-page h1').waitFor();
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js')).map((e) => new URL(e.name).pathname));
  await page.close();
  const files = [...new Set(scripts)].filter((path) => path.endsWith('.js') && !path.endsWith('sw.js'));
  const bytes = files.map((path) => gzipSync(readFileSync(join(appOut, path)), { level: 9 }).length);
  return { files, gzipKiB: round(bytes.reduce((a, b) => a + b, 0) / 1024) };
}

async function coldOfflineStart(browser, url, runs) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.close();
  await context.setOffline(true);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const offline = await context.newPage();
    await offline.goto(url);
    await offline.locator('.projects-page h1').waitFor();
    times.push(await offline.evaluate(() => performance.now()));
    await offline.close();
  }
  await context.close();
  return spread(times);
}

/** A project with one process imported from `file` (as a user does), open on its as-is. */
async function importedProject(page, url, file, name) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Новый проект' }).click();
  await page.getByRole('dialog').getByLabel('Название проекта').fill(name);
  await page.getByRole('dialog').getByRole('button', { name: 'Сохранить' }).click();
  await page.locator('.project-header h1').waitFor();
  const chooser = page.waitForEvent('filechooser');
  const started = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Импорт процесса из .bpmn' }).click();
  await (await chooser).setFiles(file);
  await page.locator('[data-testid="canvas-asIs"] .djs-element.djs-shape').first().waitFor({ timeout: 120_000 });
  const drawn = await page.evaluate(() => performance.now());
  await page.locator('[data-testid="canvas-asIs"] .djs-palette').waitFor({ timeout: 120_000 });
  const interactive = await page.evaluate(() => performance.now());
  return { drawnMs: drawn - started, interactiveMs: interactive - started };
}

/**
 * The stored revision of the project's as-is, read from IndexedDB itself — by a worker of the page, so
 * that reading the 2 MB records (every 20 ms while waiting) is not work on the page's thread that the
 * long tasks and the main-thread time would count as the app's.
 */
const storedRevision = (page) =>
  page.evaluate(() => {
    if (!window.__revisionReader) {
      const source = `onmessage = () => {
        const open = indexedDB.open('reengineering-workbench');
        open.onsuccess = () => {
          const all = open.result.transaction('variants').objectStore('variants').getAll();
          all.onsuccess = () => {
            open.result.close();
            postMessage(Math.max(...all.result.filter((v) => v.kind === 'asIs').map((v) => v.revision)));
          };
        };
      };`;
      window.__revisionReader = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
    }
    return new Promise((resolveRevision) => {
      window.__revisionReader.onmessage = (event) => resolveRevision(event.data);
      window.__revisionReader.postMessage(null);
    });
  });

/** The renderer's main-thread task time so far (Chrome DevTools Protocol `Performance.getMetrics`, TaskDuration), in ms. */
async function mainThreadMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
}

/** Notes in the page when the save status first shows «Сохранение…» after `window.__saveStarted` is cleared. */
const watchSaveStart = () => {
  window.__saveStarted = null;
  const status = document.querySelector('[data-testid="canvas-asIs"]').closest('.variant-canvas').querySelector('[data-testid="save-status"]');
  const observer = new MutationObserver(() => {
    if (window.__saveStarted === null && status.classList.contains('save-status--saving')) {
      window.__saveStarted = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(status, { attributes: true, childList: true, characterData: true, subtree: true });
};

async function autosave(page, runs) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const results = [];
  for (let i = 0; i < runs; i++) {
    const before = await storedRevision(page);
    const task = page.locator('[data-testid="canvas-asIs"] .djs-element[data-element-id^="Task_"]').nth(i);
    await task.dblclick({ force: true });
    const box = page.locator('[data-testid="canvas-asIs"] .djs-direct-editing-content');
    await box.waitFor();
    await box.fill(`Шаг ${i}`);
    // Let the typing's own work settle, so the time counted is the edit's and the save's.
    await page.waitForTimeout(300);
    await page.evaluate(watchSaveStart);
    const busyAtEdit = await mainThreadMs(cdp);
    const edited = await page.evaluate(() => performance.now());
    await box.press('Enter');
    // The save starts 0.4 s after the edit: the edit's own work (bpmn-js's command, the redraw) is done by then.
    await page.waitForFunction(() => window.__saveStarted !== null, null, { polling: 20 });
    const busyAtSave = await mainThreadMs(cdp);
    const saveStarted = await page.evaluate(() => window.__saveStarted);
    while ((await storedRevision(page)) === before) await page.waitForTimeout(20);
    const stored = await page.evaluate(() => performance.now());
    // What follows the stored write (the status, the checks' run and markers) belongs to the save too.
    await page.waitForTimeout(500);
    const busyAfter = await mainThreadMs(cdp);
    const tasks = await page.evaluate(([from, to]) => window.__longTasks.filter((t) => t.start + t.duration >= from && t.start <= to), [edited, stored + 500]);
    const saveTasks = tasks.filter((t) => t.start + t.duration > saveStarted);
    results.push({
      editToStoredMs: stored - edited,
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      longTaskMs: tasks.reduce((n, t) => n + t.duration, 0),
      saveLongestTaskMs: Math.max(0, ...saveTasks.map((t) => t.duration)),
      mainThreadMs: busyAfter - busyAtEdit,
      saveMainThreadMs: busyAfter - busyAtSave,
    });
    await page.waitForTimeout(300);
  }
  await cdp.detach();
  const of = (key) => spread(results.map((r) => r[key]));
  return {
    editToStoredMs: of('editToStoredMs'),
    longestTaskMs: of('longestTaskMs'),
    totalLongTaskMs: of('longTaskMs'),
    saveLongestTaskMs: of('saveLongestTaskMs'),
    mainThreadMs: of('mainThreadMs'),
    saveMainThreadMs: of('saveMainThreadMs'),
  };
}

async function tabSwitches(page, runs) {
  await page.getByRole('tab', { name: 'Как будет' }).click();
  await page.getByRole('button', { name: 'Создать копией варианта «Как есть»' }).click();
  await page.locator('[data-testid="canvas-toBe"] .djs-palette').waitFor({ timeout: 120_000 });
  const times = [];
  for (let i = 0; i < runs; i++) {
    const [label, kind] = i % 2 === 0 ? ['Как есть', 'asIs'] : ['Как будет', 'toBe'];
    const started = await page.evaluate(() => performance.now());
    await page.getByRole('tab', { name: label, exact: true }).click();
    await page.locator(`[data-testid="canvas-${kind}"] .djs-element[data-element-id^="Task_"]`).first().waitFor({ timeout: 120_000 });
    times.push((await page.evaluate(() => performance.now())) - started);
  }
  return spread(times);
}

async function memory(page, url) {
  await page.goto(url);
  await page.locator('.sample-card').first().getByRole('button', { name: 'Открыть пример' }).click();
  await page.locator('.djs-palette').first().waitFor();
  await page.waitForTimeout(1000);
  const firstVisit = await heapAfterGc(page);
  const tabs = ['Как будет', 'Как должно быть', 'Как есть'];
  for (let i = 0; i < 30; i++) {
    await page.getByRole('tab', { name: tabs[i % 3], exact: true }).click();
    await page.waitForTimeout(300);
  }
  await page.locator('.app-header__title').click();
  await page.locator('.projects-page h1').waitFor();
  // Dexie keeps the query cache of a closed page for 3 s: wait it out before reading the heap.
  await page.waitForTimeout(4000);
  const afterList = await heapAfterGc(page);
  return { firstVisitMB: round(firstVisit / 1e6, 2), afterSwitchesAndListMB: round(afterList / 1e6, 2), growthMB: round((afterList - firstVisit) / 1e6, 2) };
}

export async function benchApp(browser, { generateDiagram, log, port }) {
  log('app: building the app');
  await buildApp();
  const server = await preview({ root: repoDir, logLevel: 'warn', build: { outDir: appOut }, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(watchLongTasks);
    log('app: first load and a cold start offline');
    const load = await firstLoad(context, url);
    const coldStart = await coldOfflineStart(browser, url, 5);

    mkdirSync(resolve(benchDir, 'tmp'), { recursive: true });
    const large = resolve(benchDir, 'tmp/app-3000.bpmn');
    writeFileSync(large, generateDiagram(3000));
    log('app: a 3,000-node process: import, autosave, tab switches');
    const page = await context.newPage();
    const largeImport = await importedProject(page, url, large, '3000 узлов');
    const loadBeforeSave = loadAverage();
    const save = await autosave(page, 5);
    const loadAfterSave = loadAverage();
    const switches = await tabSwitches(page, 6);
    await page.close();

    let corpusImport = null;
    if (existsSync(corpusFile)) {
      log('app: importing the angina file of the shared corpus');
      const importPage = await context.newPage();
      corpusImport = await importedProject(importPage, url, corpusFile, 'Angina');
      await importPage.close();
    }

    log('app: memory after 30 variant switches and a return to the project list');
    const memoryPage = await context.newPage();
    const heap = await memory(memoryPage, url);
    await memoryPage.close();
    await context.close();

    const t = APP_TARGETS;
    const result = {
      date: new Date().toISOString(),
      firstLoad: { ...load, targetKiB: t.firstLoadKiB, meets: load.gzipKiB <= t.firstLoadKiB },
      coldOfflineStartMs: { ...coldStart, target: t.coldOfflineStartMs, meets: coldStart.median <= t.coldOfflineStartMs },
      import3000: { drawnMs: round(largeImport.drawnMs), interactiveMs: round(largeImport.interactiveMs) },
      autosave3000: {
        ...save,
        targets: { saveLongestTaskMs: t.autosaveLongestTaskMs, editToStoredMs: t.autosaveEditToStoredMs, saveMainThreadMs: t.autosaveMainThreadMs },
        meets: save.saveLongestTaskMs.median <= t.autosaveLongestTaskMs && save.editToStoredMs.median <= t.autosaveEditToStoredMs && save.saveMainThreadMs.median <= t.autosaveMainThreadMs,
        loadAverage: { before: loadBeforeSave, after: loadAfterSave, cpus: os.cpus().length },
      },
      tabSwitch3000Ms: { ...switches, target: t.tabSwitchMs, meets: switches.median <= t.tabSwitchMs },
      importAngina: corpusImport && { drawnMs: round(corpusImport.drawnMs), interactiveMs: round(corpusImport.interactiveMs), targetDrawnMs: t.importDrawnMs, meets: corpusImport.drawnMs <= t.importDrawnMs },
      memory: { ...heap, targetGrowthMB: t.memoryGrowthMB, meets: heap.growthMB <= t.memoryGrowthMB },
    };
    return result;
  } finally {
    await server.close();
  }
}

export function printApp(app) {
  const mark = (meets) => (meets ? 'meets' : 'misses');
  const lines = [
    `first-load JavaScript ${app.firstLoad.gzipKiB} KiB gz (${app.firstLoad.files.length} files): ${mark(app.firstLoad.meets)} ≤ ${app.firstLoad.targetKiB}`,
    `cold start offline median ${app.coldOfflineStartMs.median} ms: ${mark(app.coldOfflineStartMs.meets)} ≤ ${app.coldOfflineStartMs.target}`,
    `3,000 nodes: import drawn ${app.import3000.drawnMs} ms, interactive ${app.import3000.interactiveMs} ms`,
    `3,000 nodes autosave: edit → stored median ${app.autosave3000.editToStoredMs.median} ms; the save's longest task median ${app.autosave3000.saveLongestTaskMs.median} ms, its main-thread time median ${app.autosave3000.saveMainThreadMs.median} ms; with the edit: longest task ${app.autosave3000.longestTaskMs.median} ms, main thread ${app.autosave3000.mainThreadMs.median} ms: ${mark(app.autosave3000.meets)}`,
    `3,000 nodes tab switch median ${app.tabSwitch3000Ms.median} ms: ${mark(app.tabSwitch3000Ms.meets)} ≤ ${app.tabSwitch3000Ms.target}`,
    app.importAngina ? `angina import drawn ${app.importAngina.drawnMs} ms, interactive ${app.importAngina.interactiveMs} ms: ${mark(app.importAngina.meets)} ≤ ${app.importAngina.targetDrawnMs}` : 'angina import: the shared corpus is not here',
    `memory: ${app.memory.firstVisitMB} MB at the first visit, ${app.memory.afterSwitchesAndListMB} MB after 30 switches and the project list: ${mark(app.memory.meets)} ≤ +${app.memory.targetGrowthMB} MB`,
  ];
  console.log('');
  for (const line of lines) console.log(`[bench] app ${line}`);
}
