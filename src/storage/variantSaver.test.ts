import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbenchDb } from './db';
import { createProject } from './projectRepository';
import { createProcess } from './processRepository';
import { listVariants, saveVariantXml } from './variantRepository';
import { VariantSaver, type SaveStatus } from './variantSaver';

let db: WorkbenchDb;
let variantId: string;
beforeEach(async () => {
  db = new WorkbenchDb(`saver-${crypto.randomUUID()}`);
  const project = await createProject(db, { name: 'P', owner: '', serviceName: '', serviceCode: '', status: 'planned' });
  const process = await createProcess(db, project.id, 'Процесс');
  variantId = (await listVariants(db, process.id))[0]!.id;
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function recorder() {
  const statuses: SaveStatus[] = [];
  const revisions: number[] = [];
  return { statuses, revisions, events: { status: (s: SaveStatus) => statuses.push(s), saved: (r: number) => revisions.push(r) } };
}

describe('VariantSaver', () => {
  it('merges a burst of edits into one write of the latest state', async () => {
    const log = recorder();
    const saver = new VariantSaver(db, variantId, 1, log.events, 20);
    let reads = 0;
    for (const xml of ['<a/>', '<b/>', '<c/>']) saver.schedule(async () => (reads++, xml));
    await new Promise((r) => setTimeout(r, 80));
    expect(reads).toBe(1);
    expect((await db.variants.get(variantId))?.xml).toBe('<c/>');
    expect(log.revisions).toEqual([2]);
    expect(log.statuses.at(-1)).toBe('saved');
  });

  it('flush writes at once, before the delay', async () => {
    const saver = new VariantSaver(db, variantId, 1, recorder().events, 10_000);
    saver.schedule(async () => '<now/>');
    await saver.flush();
    expect((await db.variants.get(variantId))?.xml).toBe('<now/>');
  });

  it('keeps the edit and retries after a failed write', async () => {
    const log = recorder();
    const saver = new VariantSaver(db, variantId, 1, log.events, 5, 20);
    let attempts = 0;
    saver.schedule(async () => {
      attempts += 1;
      if (attempts === 1) throw new DOMException('disk full', 'QuotaExceededError');
      return '<retried/>';
    });
    await new Promise((r) => setTimeout(r, 150));
    expect(log.statuses).toContain('error');
    expect((await db.variants.get(variantId))?.xml).toBe('<retried/>');
    expect(log.statuses.at(-1)).toBe('saved');
  });

  it('stops on a conflict with another tab and leaves the other version stored', async () => {
    const log = recorder();
    const saver = new VariantSaver(db, variantId, 1, log.events, 5);
    await saveVariantXml(db, variantId, '<other-tab/>', 1);
    saver.schedule(async () => '<mine/>');
    await saver.flush();
    expect(log.statuses.at(-1)).toBe('conflict');
    expect((await db.variants.get(variantId))?.xml).toBe('<other-tab/>');
    expect((await db.snapshots.toArray()).map((s) => s.xml)).toEqual(['<mine/>']);
    saver.schedule(async () => '<ignored/>');
    expect(saver.hasPendingChanges).toBe(false);
  });
});
