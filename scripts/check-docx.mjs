// npm run check:docx [file.docx …]
//
// Renders exported DOCX files as a person would see them, for a look before they are sent:
// LibreOffice (headless) converts each to PDF, pdftoppm turns every page into a PNG, and the
// pages are listed with their size and orientation. Without arguments it first exports the
// comparison of the birth-registration sample from the built app (dist/, built if missing) in
// Russian and in Kazakh. Everything goes to check-docx/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, 'check-docx');
const chromiumFlags = JSON.parse(readFileSync(resolve(root, 'test/chromium-flags.json'), 'utf8'));

async function exportSample() {
  if (!existsSync(resolve(root, 'dist/index.html'))) await build({ root, logLevel: 'warn' });
  const port = Number(process.env.CHECK_PORT ?? process.env.E2E_PORT ?? 4174);
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true } });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumFlags });
  const files = [];
  try {
    for (const [language, compareTab, exportLabel, proceed] of [
      ['ru', 'Сравнение', 'Экспорт DOCX', 'Выгрузить как есть'],
      ['kk', 'Салыстыру', 'DOCX экспорты', 'Сол күйінде түсіру'],
    ]) {
      const page = await browser.newPage({ acceptDownloads: true, locale: 'ru-RU' });
      await page.goto(`http://127.0.0.1:${port}/#/`);
      await page.locator('.sample-card').filter({ hasText: 'рождени' }).getByRole('button').first().click();
      await page.locator('.project-header h1').waitFor();
      await page.getByLabel('Язык интерфейса').selectOption(language);
      await page.getByRole('tab', { name: compareTab, exact: true }).click();
      await page.getByTestId('metrics-table').waitFor();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: exportLabel }).click();
      await Promise.race([download, page.getByRole('dialog').getByRole('button', { name: proceed }).click().catch(() => undefined)]);
      const path = resolve(out, `birth-registration-${language}.docx`);
      await (await download).saveAs(path);
      files.push(path);
      await page.close();
    }
  } finally {
    await browser.close();
    await new Promise((done) => server.httpServer.close(done));
  }
  return files;
}

function render(docx) {
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, docx], { stdio: 'ignore' });
  const pdf = resolve(out, `${basename(docx, '.docx')}.pdf`);
  const info = execFileSync('pdfinfo', ['-l', '999', pdf], { encoding: 'utf8' });
  const pages = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/gm)].map(([, n, w, h]) => `page ${n}: ${Number(w) > Number(h) ? 'landscape' : 'portrait'}`);
  const prefix = resolve(out, basename(docx, '.docx'));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, prefix]);
  const images = readdirSync(out).filter((name) => name.startsWith(`${basename(docx, '.docx')}-`) && name.endsWith('.png')).sort();
  console.log(`${basename(docx)}: ${pages.length} pages (${pages.join(', ')})`);
  images.forEach((name) => console.log(`  ${resolve(out, name)}`));
  if (pages.length === 0) throw new Error(`${docx} rendered no page`);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const given = process.argv.slice(2).map((file) => resolve(file));
const files = given.length ? given : await exportSample();
files.forEach(render);
console.log('Look at every page above in ru and kk: column widths, the diagrams, the footnotes, landscape where the figures are.');
