import { defineConfig } from '@playwright/test';
// Debian's Chromium, never a downloaded browser: this machine reaches only the npm and Debian registries.
// The flags are shared with the benchmark (bench/run.mjs).
import chromiumFlags from './test/chromium-flags.json' with { type: 'json' };

// A second checkout may run its own preview on another port (E2E_PORT) without reusing this one's server.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'ru-RU',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumFlags },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // The built app, as users get it: the service worker exists only in the production build.
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
