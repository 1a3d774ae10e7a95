/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import packageJson from './package.json' with { type: 'json' };
import { saxenParseContext } from './scripts/saxenParseContext.ts';
import { tinySvgAttributeNames } from './scripts/tinySvgAttributeNames.ts';
import { bpmnImporterFlowElements } from './scripts/bpmnImporterFlowElements.ts';

/**
 * The built app loads nothing from elsewhere and runs no inline script; the policy tells the browser
 * so, and a link smuggled into an imported file (a colour, a name) cannot reach out or run. The
 * service worker and the lint worker come from the app's own origin; exported images are data: and
 * blob: URLs.
 */
/**
 * The team sync servers the app may reach (issue 14), fixed when the app is built: a state body builds
 * it with its own server, `WORKBENCH_SYNC_ORIGINS="wss://sync.example.kz"` (space-separated CSP
 * sources, ws: or wss:). Without it only this computer (loopback) is allowed, for a trial server and the
 * tests. Each WebSocket source also allows the same host over HTTP(S), where the diagrams' blobs are.
 */
const syncSources = (process.env.WORKBENCH_SYNC_ORIGINS ?? 'ws://127.0.0.1:* ws://localhost:*').split(/\s+/).filter(Boolean);
const blobSources = syncSources.map((source) => source.replace(/^ws/, 'http'));

const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  ["connect-src 'self'", ...syncSources, ...blobSources].join(' '),
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Build only: the dev server injects inline scripts for React's fast refresh. Right after the charset, before any script. */
function contentSecurityPolicyMeta(): Plugin {
  const charset = '<meta charset="UTF-8" />';
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      if (!html.includes(charset)) throw new Error(`index.html lacks ${charset}, after which the Content-Security-Policy goes`);
      return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`);
    },
  };
}

/**
 * Which build this is, in the page's head (`<meta name="build">`): the package version, or the label a
 * build is given in WORKBENCH_BUILD_LABEL. A rebuild of the same sources stays byte-identical, so it
 * offers users no update; the update test gives its second build a label of its own.
 */
function buildLabelMeta(): Plugin {
  const label = process.env.WORKBENCH_BUILD_LABEL || packageJson.version;
  return { name: 'build-label', apply: 'build', transformIndexHtml: () => [{ tag: 'meta', attrs: { name: 'build', content: label }, injectTo: 'head' }] };
}

export default defineConfig({
  // The app's version, for what it writes down about itself (the publication package's manifest).
  define: { __APP_VERSION__: JSON.stringify(packageJson.version), __SYNC_SOURCES__: JSON.stringify(syncSources) },
  plugins: [
    react(),
    saxenParseContext(),
    tinySvgAttributeNames(),
    bpmnImporterFlowElements(),
    contentSecurityPolicyMeta(),
    buildLabelMeta(),
    VitePWA({
      // The service worker precaches every built asset so the app and its data open with the network off.
      // A new build waits until the user reloads (src/app/serviceWorker.ts), after their edits are saved.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Reengineering Workbench',
        short_name: 'Workbench',
        lang: 'ru',
        start_url: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f4e79',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff,woff2,ttf,eot,json}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
      },
    }),
  ],
  // The checks' worker parses the imported file too (src/domain/inspection.worker.ts).
  worker: { plugins: () => [saxenParseContext()] },
  build: { chunkSizeWarningLimit: 3000 },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    reporters: ['default'],
    // Vitest leaves a core to itself by default: one worker on a 2-core machine, where two finish the suite in two thirds of the time.
    maxWorkers: availableParallelism(),
    testTimeout: 30000,
  },
});
