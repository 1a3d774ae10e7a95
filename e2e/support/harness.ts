import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'vite';

const outDir = resolve(import.meta.dirname, '../../test-results/harness');

/**
 * Builds e2e/harness/<entry>.ts (the app's modules without the UI) into one script for a blank page:
 * the way to run bpmn-js, which needs a browser, over many files in one test. Test builds only.
 */
export async function buildHarness(entry: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      minify: false,
      lib: { entry: resolve(import.meta.dirname, `../harness/${entry}.ts`), formats: ['iife'], name: 'harness', fileName: () => `${entry}.js` },
    },
  });
  return resolve(outDir, `${entry}.js`);
}

export async function openHarness(page: Page, script: string): Promise<void> {
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ path: script });
}
