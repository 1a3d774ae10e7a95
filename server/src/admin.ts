import { runAdmin } from './adminCommands';
import { readConfig } from './config';
import { openStore } from './store/openStore';

const config = readConfig();
const store = await openStore(config);
try {
  console.log(await runAdmin(process.argv.slice(2), store, config));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await store.close();
}
