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
const plainModelerScript = resolve(repoDir, 'node_modules/bpmn-js/dist/bpmn-modeler.production.min.js');

export const APP_TARGETS = {
  firstLoadKiB: 400,
  coldOfflineStartMs: 1000,
  autosaveLongestTaskMs: 50,
  autosaveMainThreadMs: 30,
  autosaveEditToStoredMs: 1000,
  tabSwitchMs: 200,
  memoryGrowthMB: 2,
  importDrawnMs: 1500,
  importInteractiveMs: 2000,
  import20000Ms: 8000,
  append20000Ms: 500,
  save20000LongestScriptMs: 50,
};

/** How many times the angina file is imported (each after plain bpmn-js's import of it): its figures drift by a third between runs. */
const anginaRuns = 5;

/** Parts of the app bench; `--app=<part>,<part>` runs some and keeps the previous report's others. */
export const APP_PARTS = ['load', 'large', 'angina', 'huge', 'memory'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, digits = 1) => Number(value.toFixed(digits));
const spread = (values, digits = 1) => ({ min: round(Math.min(...values), digits), median: round(median(values), digits), max: round(Math.max(...values), digits), runs: values.map((v) => round(v, digits)) });

async function buildApp() {
  await build({ root: repoDir, logLevel: 'warn', build: { outDir: appOut, emptyOutDir: true, reportCompressedSize: false } });
}

/** Long tasks of the page, from the first paint on, as `{ start, duration }`. */
const watchLongTasks = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // The scripts of the frames over 50 ms (Long Animation Frames: each script of 5 ms or more),
  // to tell a long task of a script from one of the browser's rendering, which the Long Tasks API does not.
  window.__longScripts = [];
  new PerformanceObserver((list) => {
    for (const frame of list.getEntries()) {
      for (const script of frame.scripts) {
        const source = `${script.sourceFunctionName || '(anonymous)'} ${(script.sourceURL || '').split('/').pop()}`;
        window.__longScripts.push({ start: script.startTime, duration: script.duration, what: `${script.invoker}: ${source}` });
      }
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
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

/**
 * A shape of the imported process as drawn and shown: with its drawing, not left out of rendering far from the view
 * (since 2026-12-06 an import draws what the view shows first and the rest after it; before, a shape was drawn as
 * soon as it was on the canvas).
 */
const drawnShape = '[data-testid="canvas-asIs"] .djs-element.djs-shape:not(.rw-offscreen *) > .djs-visual > *';
/** The editor's palette, there once the editor can be used; timed in the page as the drawing is (until 2026-12-06, when Playwright's polling saw it). */
const shownPalette = '[data-testid="canvas-asIs"] .djs-palette';

/** A project with one process imported from `file` (as a user does), open on its as-is. */
async function importedProject(page, url, file, name) {
  await page.goto(url, { waitUntil: 'load' });
  await page.getByRole('button', { name: 'Новый проект' }).click();
  await page.getByRole('dialog').getByLabel('Название проекта').fill(name);
  await page.getByRole('dialog').getByRole('button', { name: 'Сохранить' }).click();
  await page.locator('.project-header h1').waitFor();
  const chooser = page.waitForEvent('filechooser');
  await timeNextDrawing(page);
  const started = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Импорт процесса из .bpmn' }).click();
  await (await chooser).setFiles(file);
  await page.locator(drawnShape).first().waitFor({ timeout: 120_000 });
  const seen = await page.evaluate(() => performance.now());
  const { arrived, drawn, paletteShown } = await page.evaluate(() => window.__drawing);
  // Usable once both are there: the palette comes with the editor, often a frame or two before the drawing.
  const interactive = await quietAfter(page, Math.max(drawn, paletteShown));
  return { drawnMs: drawn - arrived, interactiveMs: interactive - arrived, drawnSeenFromClickMs: seen - started, arrived };
}

/**
 * The drawing of an imported file, timed in the page: from the file's arrival (the file input's change event: what
 * a user waits for once the file is chosen) until the frame in which the first shape is on the canvas is painted
 * (checked at each animation frame, before its paint; a timer after it runs once it is painted). Until 2026-12-05 the
 * clock ran from before Playwright's click on the import button and stopped when its polling saw the shape: its click
 * and file chooser (about 0.1 s here) and its polling's back-off (35–50 ms) were counted; `drawnSeenFromClickMs` is
 * that figure still.
 */
const timeNextDrawing = (page) =>
  page.evaluate(
    ([drawnShape, palette]) => {
      window.__drawing = new Promise((done) => {
        addEventListener(
          'change',
          (event) => {
            if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'file') return;
            const arrived = performance.now();
            const painted = (selector) =>
              new Promise((resolve) => {
                const check = () => (document.querySelector(selector) ? setTimeout(() => resolve(performance.now())) : requestAnimationFrame(check));
                requestAnimationFrame(check);
              });
            void Promise.all([painted(drawnShape), painted(palette)]).then(([drawn, paletteShown]) => done({ arrived, drawn, paletteShown }));
          },
          { capture: true, once: true },
        );
      });
    },
    [drawnShape, shownPalette],
  );

/**
 * When the page became interactive after `from`: the end of the last long task before a second with
 * none (what follows the first paint: the checks' reply, badges, the minimap), else `from` itself.
 */
async function quietAfter(page, from) {
  for (;;) {
    const { now, lastEnd } = await page.evaluate((since) => {
      const ends = window.__longTasks.filter((t) => t.start + t.duration >= since).map((t) => t.start + t.duration);
      return { now: performance.now(), lastEnd: Math.max(since, ...ends) };
    }, from);
    if (now - lastEnd >= 1000) return lastEnd;
    await page.waitForTimeout(200);
  }
}

/**
 * The stored revision of the project's as-is, read from IndexedDB itself — by a worker of the page, so
 * that reading the records (every 20 ms while waiting; they held the 2 MB diagrams until schema v11) is not
 * work on the page's thread that the long tasks and the main-thread time would count as the app's.
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

/**
 * Notes in the page when the app's next save begins: its user-timing mark `workbench:save-start`, made as a write
 * begins (the status shows «Сохранение…» only for a save still under way after 0.3 s).
 */
const watchSaveStart = () => {
  window.__saveStarted = null;
  const observer = new PerformanceObserver((list) => {
    const mark = list.getEntriesByName('workbench:save-start')[0];
    if (!mark || window.__saveStarted !== null) return;
    window.__saveStarted = mark.startTime;
    observer.disconnect();
  });
  observer.observe({ type: 'mark' });
};

/**
 * Readies `window.__stored`: a promise of the page's clock when the app announces that it stored a revision of a
 * variant above `before` (its own message to its other tabs, sent once the write is committed). Waiting for it
 * costs the page nothing, where reading IndexedDB every 20 ms did: the polls' messages ran on the page's thread
 * and each 2 MB read in a worker took a core from the app, inside the very window whose main-thread time is counted.
 */
const watchStored = (page, before) =>
  page.evaluate(
    ([projectId, above]) => {
      window.__stored = new Promise((resolveStored) => {
        const channel = new BroadcastChannel(`rw-project-${projectId}`);
        channel.onmessage = (event) => {
          if (event.data?.type !== 'variantSaved' || event.data.revision <= above) return;
          channel.close();
          resolveStored(performance.now());
        };
      });
    },
    [new URL(page.url()).hash.split('/')[2], before],
  );

async function autosave(page, runs) {
  // The import's message goes away by itself after a while: not inside a save's window, where its removal (a layout
  // and a frame) would be counted as the save's.
  await page.waitForFunction(() => !document.querySelector('.toast'), null, { timeout: 30_000, polling: 200 });
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
    await watchStored(page, before);
    const busyAtEdit = await mainThreadMs(cdp);
    const edited = await page.evaluate(() => performance.now());
    await box.press('Enter');
    // The save starts 0.4 s after the edit. The page's thread time is read 0.3 s after it, when the edit's own work
    // (bpmn-js's command, the redraw) is done and the save has not begun, so all of the save's work is counted:
    // read once the save is seen begun, it missed what the save did before the driver looked.
    await page.waitForFunction((at) => performance.now() >= at, edited + 300, { polling: 10 });
    const beforeRead = await page.evaluate(() => performance.now());
    const busyAtSave = await mainThreadMs(cdp);
    await page.waitForFunction(() => window.__saveStarted !== null, null, { polling: 20 });
    const saveStarted = await page.evaluate(() => window.__saveStarted);
    if (saveStarted <= beforeRead) throw new Error('the save began before the main-thread time was read: the figure would miss some of it');
    const stored = await page.evaluate(() => window.__stored);
    // What follows the stored write (the status, the checks' run and markers) belongs to the save too.
    await page.waitForTimeout(500);
    const busyAfter = await mainThreadMs(cdp);
    // The announcement is the app's word: the database itself must hold the new revision.
    if ((await storedRevision(page)) <= before) throw new Error('the app announced a save that IndexedDB does not hold');
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

/**
 * One switch, timed in the page: from the tab's pointerdown until the frame in which `kind`'s tasks are in the shown
 * pane is painted (checked at each animation frame, before that frame's paint; a timer after it runs once it is painted).
 * Armed before the click, so Playwright's search for the tab (its role engine walks the whole DOM, every SVG element
 * of the open diagrams included) happens before the clock starts.
 */
const timeNextSwitch = (page, kind) =>
  page.evaluate((kind) => {
    window.__switch = new Promise((done) => {
      addEventListener(
        'pointerdown',
        () => {
          const pressed = (window.__pressedAt = performance.now());
          const shown = () => document.querySelector(`.pane:not([aria-hidden]) [data-testid="canvas-${kind}"] .djs-element[data-element-id^="Task_"]`);
          const check = () => (shown() ? setTimeout(() => done(performance.now() - pressed)) : requestAnimationFrame(check));
          requestAnimationFrame(check);
        },
        { capture: true, once: true },
      );
    });
  }, kind);

async function tabSwitches(page, runs) {
  await page.getByRole('tab', { name: 'Как будет' }).click();
  await page.getByRole('button', { name: 'Создать копией варианта «Как есть»' }).click();
  await page.locator('[data-testid="canvas-toBe"] .djs-palette').waitFor({ timeout: 120_000 });
  const times = [];
  const locating = [];
  for (let i = 0; i < runs; i++) {
    const [label, kind] = i % 2 === 0 ? ['Как есть', 'asIs'] : ['Как будет', 'toBe'];
    await timeNextSwitch(page, kind);
    const started = await page.evaluate(() => performance.now());
    await page.getByRole('tab', { name: label, exact: true }).click();
    const { switchMs, pressedAt } = await page.evaluate(async () => ({ switchMs: await window.__switch, pressedAt: window.__pressedAt }));
    times.push(switchMs);
    locating.push(pressedAt - started);
    await page.waitForTimeout(300);
  }
  return { ...spread(times), driverBeforePressMs: spread(locating) };
}

/**
 * From the project list, opening the project whose first process is the 3,000-node one: when the project's page
 * is painted (a frame after its heading is in the DOM) and when that process is drawn, both from the click.
 */
async function projectOpen(page, url, name) {
  await page.goto(url);
  await page.locator('.projects-page h1').waitFor();
  await page.evaluate(() => {
    const open = (window.__projectOpen = {});
    const check = () => {
      if (open.headingAt === undefined && document.querySelector('.project-header h1')) {
        open.headingAt = performance.now();
        // The frame with the heading is painted before the timer after its animation frame runs.
        requestAnimationFrame(() => setTimeout(() => (open.paintedAt = performance.now())));
      }
      if (open.drawnAt === undefined && document.querySelector('[data-testid="canvas-asIs"] .djs-element[data-element-id^="Task_"]')) open.drawnAt = performance.now();
    };
    new MutationObserver(check).observe(document.body, { childList: true, subtree: true });
  });
  const started = await page.evaluate(() => performance.now());
  await page.getByRole('link', { name, exact: true }).click();
  await page.locator('[data-testid="canvas-asIs"] .djs-palette').waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => window.__projectOpen.paintedAt !== undefined && window.__projectOpen.drawnAt !== undefined);
  const open = await page.evaluate(() => window.__projectOpen);
  return { pagePaintedMs: round(open.paintedAt - started), processDrawnMs: round(open.drawnAt - started) };
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

/** Long tasks between two `performance.now()` readings of the page. */
const longTasksBetween = (page, from, to) => page.evaluate(([a, b]) => window.__longTasks.filter((t) => t.start >= a && t.start <= b), [from, to]);
const longScriptsBetween = (page, from, to) => page.evaluate(([a, b]) => window.__longScripts.filter((s) => s.start >= a && s.start <= b), [from, to]);

/**
 * One step appended as a user does it: the task found with the editor's search (Ctrl+F), selected,
 * and «Добавить задачу» of its context pad clicked; until the new task's label editor is open and
 * painted. Then the autosave that follows: from the click until IndexedDB holds the next revision,
 * and the longest task in between (the save's serialisation of the whole diagram among them).
 */
/**
 * One append, timed in the page: from the context pad entry's pointerdown until the frame in which the new task's
 * label editor is shown is painted (checked at each animation frame, before its paint; a timer after it runs once it
 * is painted). Armed before the click, so neither Playwright's checks before the click (a hit test at the point) nor
 * its waiting after it (a search of the whole DOM, every SVG element of 20,000 nodes included, each animation frame)
 * are on the clock: together they took about a second of the page's thread, as a profile showed.
 */
const timeNextAppend = (page) =>
  page.evaluate(() => {
    const container = document.querySelector('[data-testid="canvas-asIs"] .djs-container');
    // diagram-js-direct-editing's box: a child of the container once used, sized while a label is edited.
    const editing = () => [...container.children].some((child) => child.classList.contains('djs-direct-editing-parent') && child.style.width !== '');
    window.__append = new Promise((done) => {
      addEventListener(
        'pointerdown',
        () => {
          const clicked = performance.now();
          const check = () => (editing() ? setTimeout(() => done({ clicked, appended: performance.now() })) : requestAnimationFrame(check));
          requestAnimationFrame(check);
        },
        { capture: true, once: true },
      );
    });
  });

async function appendThroughContextPad(page, taskName) {
  const canvas = page.locator('[data-testid="canvas-asIs"]');
  await canvas.locator('.djs-container').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+f');
  const search = page.locator('.djs-search-input input');
  await search.fill(taskName, { timeout: 300_000 });
  // The search pad searches on key-up.
  await search.press('End', { timeout: 300_000 });
  await page.locator('.djs-search-result').first().waitFor({ timeout: 300_000 });
  await search.press('Enter');
  const append = canvas.locator('.djs-context-pad .entry[data-action="append.append-task"]');
  await append.waitFor({ timeout: 300_000 });
  await quietAfter(page, await page.evaluate(() => performance.now()));
  const before = await storedRevision(page);
  // Whether the writing that prepares the saves (while the page is idle after the import) was done before the append:
  // if not, the append stops it and the save after it writes the whole diagram anew.
  const savesPrepared = await page.evaluate(() => performance.getEntriesByName('workbench:saves-prepared').length > 0);
  await timeNextAppend(page);
  await append.click({ timeout: 300_000 });
  const { clicked, appended } = await page.evaluate(() => window.__append);
  // The new task is saved 0.4 s after the append, its label editor still open; the label is left (Escape) once it is
  // stored, so that the repaints of the whole drawing that closing the editor makes are not in the save's window.
  while ((await storedRevision(page)) === before) await page.waitForTimeout(50);
  const stored = await page.evaluate(() => performance.now());
  const afterAppend = await longTasksBetween(page, appended, stored);
  // The save's own tasks: from the app's mark as the write begins (0.4 s after the edit's last command; a timer,
  // so it runs only once whatever task held the thread before it is done) until stored.
  const saveStarted = await page.evaluate(() => performance.getEntriesByName('workbench:save-start').at(-1)?.startTime ?? null);
  if (saveStarted === null || saveStarted < clicked) throw new Error('the save after the append did not mark its start');
  const saveOwn = afterAppend.filter((t) => t.start + t.duration > saveStarted);
  // The scripts run in that window, the save's slices among them: a long task there with no long script is rendering.
  const saveScripts = await longScriptsBetween(page, saveStarted, stored);
  // The append's own handler runs for hundreds of milliseconds: an observer that saw no script there sees nothing.
  const appendScripts = await longScriptsBetween(page, clicked, appended);
  if (appendScripts.length === 0) throw new Error('no long script seen in the append: the Long Animation Frames observer does not work here');
  const measured = {
    appendMs: round(appended - clicked),
    appendLongestTaskMs: round(Math.max(0, ...(await longTasksBetween(page, clicked, appended)).map((t) => t.duration))),
    appendToStoredMs: round(stored - clicked),
    saveLongestTaskMs: round(Math.max(0, ...afterAppend.map((t) => t.duration))),
    saveLongTasks: afterAppend.length,
    saveOwnLongestTaskMs: round(Math.max(0, ...saveOwn.map((t) => t.duration))),
    appendLongestScriptMs: round(Math.max(...appendScripts.map((script) => script.duration))),
    saveOwnLongestScriptMs: round(Math.max(0, ...saveScripts.map((script) => script.duration))),
    // An edit while the save writes makes it start over; after two, it writes without pausing (slicedSaveXML.ts).
    saveRestarts: await page.evaluate(() => performance.getEntriesByName('workbench:save-restart').length),
    savesPrepared,
    // What that script was (the Long Animation Frames API's invoker and source function), to tell the save's own from the rest.
    saveOwnLongestScript: saveScripts.reduce((longest, script) => (script.duration > (longest?.duration ?? 0) ? script : longest), null)?.what ?? null,
  };
  await page.keyboard.press('Escape');
  return measured;
}

/**
 * Plain bpmn-js in the same page, beside the app: bpmn-js's own distribution (the Modeler with no
 * extra module), injected into the app's page (the context bypasses the page's CSP for this), imports
 * the same XML in a container of the same size, appends a task to the same one as the context pad
 * does (autoPlace.append), and writes the diagram as the app's save does (saveXML, formatted); each
 * step is one task of the main thread, so its time is its longest task. Without `taskId`, the import alone.
 */
async function plainBpmnJs(page, xml, taskId) {
  await page.addScriptTag({ content: readFileSync(plainModelerScript, 'utf8') });
  return page.evaluate(
    async ([diagram, id]) => {
      const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const host = document.createElement('div');
      host.style.cssText = 'position:fixed;left:0;top:0;width:1280px;height:800px;background:#fff;z-index:10000';
      document.body.appendChild(host);
      const modeler = new window.BpmnJS({ container: host });
      try {
        let started = performance.now();
        const { warnings } = await modeler.importXML(diagram);
        modeler.get('canvas').zoom('fit-viewport');
        await frames();
        const importMs = performance.now() - started;
        if (!id) return { importMs, warnings: warnings.length };
        const task = modeler.get('elementRegistry').get(id);
        started = performance.now();
        modeler.get('autoPlace').append(task, modeler.get('elementFactory').createShape({ type: 'bpmn:Task' }));
        await frames();
        const appendMs = performance.now() - started;
        started = performance.now();
        const { xml: saved } = await modeler.saveXML({ format: true });
        const saveMs = performance.now() - started;
        return { importMs, appendMs, saveMs, warnings: warnings.length, savedChars: saved.length };
      } finally {
        modeler.destroy();
        host.remove();
      }
    },
    [xml, taskId],
  );
}

/** When the app marked the write that prepares the saves as done (page time), waiting up to `timeoutMs`; null if it was not. */
async function preparedSaves(page, timeoutMs) {
  const marked = () => page.evaluate(() => performance.getEntriesByName('workbench:saves-prepared').at(-1)?.startTime ?? null);
  for (let waited = 0; waited < timeoutMs; waited += 200) {
    const at = await marked();
    if (at !== null) return at;
    await page.waitForTimeout(200);
  }
  return marked();
}

/** The 20,000-node diagram: the app's import through its UI, one append, the save; then plain bpmn-js on the same file in the same page. */
async function huge(browser, url, file, xml, log) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  await context.addInitScript(watchLongTasks);
  const page = await context.newPage();
  try {
    // A plain task in the middle of the diagram, found by its name as a user would.
    const middle = [...xml.matchAll(/<bpmn:task id="(Task_\d+)" name="([^"]+)"/g)];
    const [, taskId, taskName] = middle[Math.floor(middle.length / 2)];
    // Plain bpmn-js first, on the app's start page, and gone (with a GC) before the app imports: one 20,000-node model in memory at a time.
    log('app: a 20,000-node process: plain bpmn-js in the app page');
    await page.goto(url);
    await page.locator('.projects-page h1').waitFor();
    const plain = await plainBpmnJs(page, xml, taskId);
    await heapAfterGc(page);
    log('app: a 20,000-node process: import through the UI');
    const imported = await importedProject(page, url, file, '20000 узлов');
    const importLongTasks = await longTasksBetween(page, imported.arrived, imported.arrived + imported.interactiveMs);
    // The append waits for the write that prepares the saves (a save before it writes all 13 MB anew, in slices that
    // collections stretch past 50 ms): how long after the drawing that write was done is reported.
    const prepared = await preparedSaves(page, 30_000);
    log('app: a 20,000-node process: one append and its save');
    const append = await appendThroughContextPad(page, taskName);
    return {
      drawnMs: round(imported.drawnMs),
      interactiveMs: round(imported.interactiveMs),
      drawnSeenFromClickMs: round(imported.drawnSeenFromClickMs),
      importLongestTaskMs: round(Math.max(0, ...importLongTasks.map((t) => t.duration))),
      savesPreparedAfterDrawnMs: prepared === null ? null : round(prepared - imported.arrived - imported.drawnMs),
      ...append,
      plainBpmnJs: { importMs: round(plain.importMs), appendMs: round(plain.appendMs), saveMs: round(plain.saveMs), importWarnings: plain.warnings },
    };
  } finally {
    await context.close();
  }
}

const loadAverage = () => {
  const [one, five, fifteen] = os.loadavg();
  return { one: round(one, 2), five: round(five, 2), fifteen: round(fifteen, 2), cpus: os.cpus().length };
};

export async function benchApp(browser, { generateDiagram, log, port, parts = APP_PARTS, previous = null }) {
  log('app: building the app');
  await buildApp();
  const server = await preview({ root: repoDir, logLevel: 'warn', build: { outDir: appOut }, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  const t = APP_TARGETS;
  // Parts not run keep the previous report's figures.
  const result = { ...(previous ?? {}), date: new Date().toISOString(), parts, loadAverage: { before: loadAverage() } };
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(watchLongTasks);
    if (parts.includes('load')) {
      log('app: first load and a cold start offline');
      const load = await firstLoad(context, url);
      const coldStart = await coldOfflineStart(browser, url, 5);
      result.firstLoad = { ...load, targetKiB: t.firstLoadKiB, meets: load.gzipKiB <= t.firstLoadKiB };
      result.coldOfflineStartMs = { ...coldStart, target: t.coldOfflineStartMs, meets: coldStart.median <= t.coldOfflineStartMs };
    }

    mkdirSync(resolve(benchDir, 'tmp'), { recursive: true });
    if (parts.includes('large')) {
      const large = resolve(benchDir, 'tmp/app-3000.bpmn');
      writeFileSync(large, generateDiagram(3000));
      log('app: a 3,000-node process: import, autosave, tab switches');
      const page = await context.newPage();
      const largeImport = await importedProject(page, url, large, '3000 узлов');
      const loadBeforeSave = loadAverage();
      const save = await autosave(page, 9);
      const loadAfterSave = loadAverage();
      const switches = await tabSwitches(page, 6);
      await page.close();
      log('app: opening the project of the 3,000-node process from the project list');
      const openPage = await context.newPage();
      result.projectOpen3000 = await projectOpen(openPage, url, '3000 узлов');
      await openPage.close();
      result.import3000 = { drawnMs: round(largeImport.drawnMs), interactiveMs: round(largeImport.interactiveMs), drawnSeenFromClickMs: round(largeImport.drawnSeenFromClickMs) };
      result.autosave3000 = {
        ...save,
        targets: { saveLongestTaskMs: t.autosaveLongestTaskMs, editToStoredMs: t.autosaveEditToStoredMs, saveMainThreadMs: t.autosaveMainThreadMs },
        meets: save.saveLongestTaskMs.median <= t.autosaveLongestTaskMs && save.editToStoredMs.median <= t.autosaveEditToStoredMs && save.saveMainThreadMs.median <= t.autosaveMainThreadMs,
        loadAverage: { before: loadBeforeSave, after: loadAfterSave },
      };
      result.tabSwitch3000Ms = { ...switches, target: t.tabSwitchMs, meets: switches.median <= t.tabSwitchMs };
    }

    if (parts.includes('angina') && existsSync(corpusFile)) {
      log(`app: importing the angina file of the shared corpus, ${anginaRuns} times, and plain bpmn-js beside it`);
      const runs = [];
      const plain = [];
      const anginaContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
      await anginaContext.addInitScript(watchLongTasks);
      const anginaXml = readFileSync(corpusFile, 'utf8');
      for (let i = 0; i < anginaRuns; i++) {
        // Plain bpmn-js first on the app's start page, gone (with a GC) before the app imports the file.
        const importPage = await anginaContext.newPage();
        await importPage.goto(url);
        await importPage.locator('.projects-page h1').waitFor();
        plain.push(await plainBpmnJs(importPage, anginaXml, null));
        await heapAfterGc(importPage);
        runs.push(await importedProject(importPage, url, corpusFile, `Angina ${i + 1}`));
        await importPage.close();
      }
      await anginaContext.close();
      const drawn = spread(runs.map((r) => r.drawnMs));
      const interactive = spread(runs.map((r) => r.interactiveMs));
      result.importAngina = {
        drawnMs: drawn.median,
        interactiveMs: interactive.median,
        drawn,
        interactive,
        drawnSeenFromClickMs: spread(runs.map((r) => r.drawnSeenFromClickMs)),
        plainBpmnJsImportMs: spread(plain.map((p) => p.importMs)),
        // Each import over plain bpmn-js's import of the same file just before it, in the same page: what the app
        // adds to bpmn-js's own work, whatever the machine's speed that minute.
        drawnOverPlain: spread(runs.map((r, i) => r.drawnMs / plain[i].importMs), 2),
        targetDrawnMs: t.importDrawnMs,
        targetInteractiveMs: t.importInteractiveMs,
        meets: drawn.median <= t.importDrawnMs && interactive.median <= t.importInteractiveMs,
      };
    }

    if (parts.includes('huge')) {
      const hugeXml = generateDiagram(20000);
      const hugeFile = resolve(benchDir, 'tmp/app-20000.bpmn');
      writeFileSync(hugeFile, hugeXml);
      const measured = await huge(browser, url, hugeFile, hugeXml, log);
      result.import20000 = {
        flowNodes: 20000,
        xmlBytes: Buffer.byteLength(hugeXml),
        ...measured,
        targets: { importMs: t.import20000Ms, appendMs: t.append20000Ms, saveOwnLongestScriptMs: t.save20000LongestScriptMs },
        // The save's own scripts: its window also holds the edit's repaints of the whole drawing, long tasks of no script.
        meets: { import: measured.interactiveMs <= t.import20000Ms, append: measured.appendMs <= t.append20000Ms, save: measured.saveOwnLongestScriptMs <= t.save20000LongestScriptMs },
      };
    }

    if (parts.includes('memory')) {
      log('app: memory after 30 variant switches and a return to the project list');
      const memoryPage = await context.newPage();
      const heap = await memory(memoryPage, url);
      await memoryPage.close();
      result.memory = { ...heap, targetGrowthMB: t.memoryGrowthMB, meets: heap.growthMB <= t.memoryGrowthMB };
    }
    await context.close();
    result.loadAverage.after = loadAverage();
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
    app.projectOpen3000 ? `3,000 nodes project opened: page painted ${app.projectOpen3000.pagePaintedMs} ms, process drawn ${app.projectOpen3000.processDrawnMs} ms` : 'project open: not measured',
    app.importAngina ? `angina import median drawn ${app.importAngina.drawnMs} ms, interactive ${app.importAngina.interactiveMs} ms from the file's arrival (drawn seen from the click ${app.importAngina.drawnSeenFromClickMs?.median} ms; plain bpmn-js's import ${app.importAngina.plainBpmnJsImportMs?.median} ms, drawn over it ${app.importAngina.drawnOverPlain?.median}): ${mark(app.importAngina.meets)} ≤ ${app.importAngina.targetDrawnMs} / ${app.importAngina.targetInteractiveMs}` : 'angina import: the shared corpus is not here',
    app.import20000
      ? `20,000 nodes: import drawn ${app.import20000.drawnMs} ms, interactive ${app.import20000.interactiveMs} ms (plain bpmn-js ${app.import20000.plainBpmnJs.importMs} ms); append ${app.import20000.appendMs} ms (plain ${app.import20000.plainBpmnJs.appendMs} ms); longest task from the click to stored ${app.import20000.saveLongestTaskMs} ms, from the save's start ${app.import20000.saveOwnLongestTaskMs} ms, the longest script from it ${app.import20000.saveOwnLongestScriptMs} ms (${app.import20000.saveOwnLongestScript ?? "none"}; the save started over ${app.import20000.saveRestarts ?? "?"} times; prepared before the append: ${app.import20000.savesPrepared ?? "?"}, ${app.import20000.savesPreparedAfterDrawnMs ?? "?"} ms after the drawing) (plain saveXML ${app.import20000.plainBpmnJs.saveMs} ms)`
      : '20,000 nodes: not measured',
    app.loadAverage ? `load average ${app.loadAverage.before.one} before, ${app.loadAverage.after?.one} after, on ${app.loadAverage.before.cpus} CPUs` : '',
    `memory: ${app.memory.firstVisitMB} MB at the first visit, ${app.memory.afterSwitchesAndListMB} MB after 30 switches and the project list: ${mark(app.memory.meets)} ≤ +${app.memory.targetGrowthMB} MB`,
  ];
  console.log('');
  for (const line of lines) console.log(`[bench] app ${line}`);
}
