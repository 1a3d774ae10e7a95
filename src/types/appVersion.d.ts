/** package.json's version, put in by Vite (vite.config.ts `define`). */
declare const __APP_VERSION__: string;
/** The sync servers the build's Content-Security-Policy allows (vite.config.ts, WORKBENCH_SYNC_ORIGINS). */
declare const __SYNC_SOURCES__: readonly string[];
