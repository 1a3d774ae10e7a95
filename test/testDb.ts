import { afterEach, beforeEach } from 'vitest';
import { WorkbenchDb } from '../src/storage/db';

/** A new empty workspace database for each test of the calling file, deleted after it; call the returned function inside a test. */
export function databasePerTest(): () => WorkbenchDb {
  let db: WorkbenchDb | undefined;
  beforeEach(() => {
    db = new WorkbenchDb(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    db?.close();
    await db?.delete();
  });
  return () => {
    if (!db) throw new Error('databasePerTest() gives a database inside a test only');
    return db;
  };
}
