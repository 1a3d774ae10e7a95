import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { downloadComparison } from './support/comparisonExport';
import { Workbench } from './support/workbench';

const remoteHost = 'colour-tracker.example';

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

/** Collects what the page's Content-Security-Policy blocked, and every script error and console error. */
async function watchPolicy(page: Page): Promise<{ violations: () => Promise<Violation[]>; errors: string[] }> {
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { __cspViolations: Violation[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, source: `${event.sourceFile}:${event.lineNumber}` });
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { violations: () => page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations), errors };
}

/**
 * What the page asks of the remote host: every attempt, the ones the policy stopped in the page
 * (Chromium still reports them as requests, failed with "csp"), and the ones that went out to the
 * network, which the route makes fail.
 */
async function watchRemoteHost(page: Page): Promise<{ attempted: string[]; blockedByPolicy: string[]; sent: string[] }> {
  const seen = { attempted: [] as string[], blockedByPolicy: [] as string[], sent: [] as string[] };
  const remote = (url: string) => new URL(url).hostname === remoteHost;
  page.on('request', (request) => {
    if (remote(request.url())) seen.attempted.push(request.url());
  });
  page.on('requestfailed', (request) => {
    if (remote(request.url()) && request.failure()?.errorText === 'csp') seen.blockedByPolicy.push(request.url());
  });
  await page.route(`**://${remoteHost}/**`, async (route) => {
    seen.sent.push(route.request().url());
    await route.abort();
  });
  return seen;
}

test('the built app runs under its Content-Security-Policy without a single violation', async ({ page }, testInfo) => {
  const policy = await watchPolicy(page);
  const app = new Workbench(page);

  // The project list, then a sample project opened in the editor
  await app.open();
  await expect(page.locator('head meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'/);
  await page.locator('.sample-card').filter({ hasText: 'рождени' }).getByRole('button', { name: 'Открыть пример' }).click();
  await expect(page.locator('.project-header h1')).toContainText('рождени');
  await expect(app.taskNamed('Заполнить заявление от руки')).toBeVisible();

  // The step panel of a task
  await app.selectElementNamed('Заполнить заявление от руки');

  // The diagram as SVG and PNG (the PNG is drawn from a data: image)
  for (const label of ['Изображение SVG', 'Изображение PNG']) {
    await page.getByText('Экспорт', { exact: true }).first().click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: label }).first().click();
    expect((await (await download).path()).length).toBeGreaterThan(0);
  }

  // The comparison, its visual diff, and the exports that load exceljs and docx on first use
  await app.selectVariantTab('Сравнение');
  await expect(page.getByTestId('metrics-table')).toBeVisible();
  await expect(page.getByTestId('diff-canvas-old').locator('.djs-element.djs-shape').first()).toBeVisible();
  await expect(page.getByTestId('diff-canvas-new').locator('.djs-element.djs-shape').first()).toBeVisible();
  expect((await downloadComparison(page, testInfo, 'Экспорт XLSX')).name).toMatch(/\.xlsx$/);
  expect((await downloadComparison(page, testInfo, 'Экспорт DOCX')).name).toMatch(/\.docx$/);

  // The project dictionary
  await app.openDictionary();
  await expect(page.getByTestId('dictionary-entry').first()).toBeVisible();

  expect(await policy.violations()).toEqual([]);
  expect(policy.errors).toEqual([]);
});

test('a remote url() fill in an imported file is dropped: nothing is fetched and the exported SVG has no link', async ({ page }) => {
  const remote = await watchRemoteHost(page);
  const app = new Workbench(page);
  await app.open();
  await app.createProject('Цвета из файла');

  await app.chooseFile('Импорт процесса из .bpmn', resolve(import.meta.dirname, '../test/fixtures/remote-colors.bpmn'));
  await expect(app.taskNamed('Задача с удалённой заливкой')).toBeVisible();
  const warnings = page.getByTestId('import-warnings');
  await warnings.locator('summary').click();
  await expect(warnings.getByText(/^Удалены значения цвета, которые не являются цветом \(4\): .*«Task_1_di: bioc:fill="url\(https:\/\/colour-tracker/)).toBeVisible();

  await page.getByText('Экспорт', { exact: true }).first().click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Изображение SVG' }).first().click();
  const svg = readFileSync(await (await download).path(), 'utf8');
  expect(svg).toContain('удалённой');
  expect(svg).not.toContain('url(http');
  expect(svg).not.toContain(remoteHost);

  await page.reload();
  await expect(app.taskNamed('Задача с удалённой заливкой')).toBeVisible();
  expect(remote.attempted).toEqual([]);
});

test('the policy blocks a remote url() that gets into the page some other way', async ({ page }) => {
  const policy = await watchPolicy(page);
  const remote = await watchRemoteHost(page);
  const app = new Workbench(page);
  await app.open();

  // An SVG painted with a remote pattern and a remote image, as an old stored diagram could hold.
  await page.evaluate((host) => {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    const rect = document.createElementNS(ns, 'rect');
    rect.setAttribute('width', '50');
    rect.setAttribute('height', '50');
    rect.setAttribute('fill', `url(https://${host}/fill.svg#p)`);
    const image = document.createElementNS(ns, 'image');
    image.setAttribute('href', `https://${host}/picture.png`);
    svg.append(rect, image);
    document.body.append(svg);
  }, remoteHost);

  const remoteUrls = [`https://${remoteHost}/fill.svg`, `https://${remoteHost}/picture.png`];
  await expect.poll(async () => (await policy.violations()).map((v) => v.blocked).sort()).toEqual(remoteUrls);
  expect((await policy.violations()).map((v) => v.directive)).toEqual(['img-src', 'img-src']);
  await expect.poll(() => remote.blockedByPolicy.sort()).toEqual(remoteUrls);
  expect(remote.sent).toEqual([]);
});
