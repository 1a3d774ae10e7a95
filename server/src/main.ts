import { readConfig } from './config';
import { prune } from './prune';
import { openStore } from './store/openStore';
import { startSyncServer } from './syncServer';

const config = readConfig();
const store = await openStore(config);
const sync = await startSyncServer(config, store);
console.log(`Sync server on ws://${config.host}:${sync.port} (store: ${store.kind === 'sqlite' ? config.sqliteFile : 'PostgreSQL'}${config.redisUrl ? ', Redis relay' : ''})`);

// PRUNE_EVERY_HOURS=0 turns the job off (for a deployment that runs `prune` from cron instead).
const pruneTimer = config.pruneEveryHours === 0 ? undefined : setInterval(
  () =>
    void prune(sync.server.hocuspocus, store, config.pruneKeep)
      .then((r) => console.log(`prune: ${r.revisionsDropped} revisions, ${r.blobsDropped} blobs dropped`))
      .catch((error: unknown) => console.error('prune failed', error)),
  config.pruneEveryHours * 60 * 60 * 1000,
);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  clearInterval(pruneTimer);
  // Destroying the server writes every document with pending changes before it closes.
  await sync.close();
  await store.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
