import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Variant } from '../domain/variant';
import { AutoVersions, autoVersionIntervalMs } from './autoVersions';
import { WorkbenchDb } from './db';
import { createProject } from './projectRepository';
import { createProcess } from './processRepository';
import { getVariant, listVariants, saveVariantXml, StaleRevisionError } from './variantRepository';
import { addVersion, getAutoVersionLimit, listVersions, pruneAutoVersions, replaceKeepingCurrent, setAutoVersionLimit, versionXml } from './versionRepository';

let db: WorkbenchDb;
let variant: Variant;
beforeEach(async () => {
  db = new WorkbenchDb(`versions-${crypto.randomUUID()}`);
  const project = await createProject(db, { name: 'P', owner: '', serviceName: '', serviceCode: '', serviceConsumers: '', status: 'planned' });
  variant = (await listVariants(db, (await createProcess(db, project.id, 'Процесс')).id))[0]!;
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('version history', () => {
  it('lists versions newest first with their reason, name and size; the XML is read apart', async () => {
    await addVersion(db, variant, 'auto', '<one/>', { createdAt: 1000 });
    await addVersion(db, variant, 'named', '<two/>', { name: '  Перед МВК  ', createdAt: 2000 });
    const versions = await listVersions(db, variant.id);
    expect(versions.map((v) => [v.reason, v.name, v.size])).toEqual([
      ['named', 'Перед МВК', 6],
      ['auto', '', 6],
    ]);
    expect(await versionXml(db, versions[0]!.id)).toBe('<two/>');
  });

  it('pruning deletes the oldest automatic versions beyond the limit and never a named one or a safety copy', async () => {
    for (let i = 1; i <= 4; i++) await addVersion(db, variant, 'auto', `<a${i}/>`, { createdAt: i * 1000 });
    await addVersion(db, variant, 'named', '<n/>', { name: 'Моя', createdAt: 500 });
    await addVersion(db, variant, 'conflict', '<c/>', { createdAt: 400 });
    expect(await pruneAutoVersions(db, variant.id, 2)).toBe(2);
    const left = await listVersions(db, variant.id);
    expect(left.map((v) => v.reason)).toEqual(['auto', 'auto', 'named', 'conflict']);
    expect(await Promise.all(left.slice(0, 2).map((v) => versionXml(db, v.id)))).toEqual(['<a4/>', '<a3/>']);
    expect(await db.snapshotContents.count()).toBe(4);
  });

  it('restoring keeps the current content as a version first and refuses a stale revision', async () => {
    const kept = await addVersion(db, variant, 'named', '<old/>', { name: 'Старая' });
    await saveVariantXml(db, variant.id, '<current/>', 1);
    await expect(replaceKeepingCurrent(db, variant.id, '<old/>', 'beforeRestore', 1)).rejects.toBeInstanceOf(StaleRevisionError);
    expect(await replaceKeepingCurrent(db, variant.id, (await versionXml(db, kept.id))!, 'beforeRestore', 2)).toBe(3);
    expect((await getVariant(db, variant.id))?.xml).toBe('<old/>');
    const [before] = await listVersions(db, variant.id);
    expect(before?.reason).toBe('beforeRestore');
    expect(await versionXml(db, before!.id)).toBe('<current/>');
  });

  it('the limit of automatic versions is a setting with a default', async () => {
    expect(await getAutoVersionLimit(db)).toBe(30);
    await setAutoVersionLimit(db, 5);
    expect(await getAutoVersionLimit(db)).toBe(5);
    await expect(setAutoVersionLimit(db, -1)).rejects.toThrow(RangeError);
  });
});

describe('automatic versions', () => {
  it('are kept when the user leaves a changed variant, not an unchanged one', async () => {
    const auto = new AutoVersions(db, variant, async () => 30);
    await auto.left('<unchanged/>');
    expect(await listVersions(db, variant.id)).toEqual([]);
    await auto.saved('<edited/>');
    await auto.left('<edited/>');
    const [kept] = await listVersions(db, variant.id);
    expect(kept?.reason).toBe('auto');
    expect(await versionXml(db, kept!.id)).toBe('<edited/>');
  });

  it('are kept at most hourly during long editing, and pruned to the limit', async () => {
    let now = 0;
    let limit = 100;
    const auto = new AutoVersions(db, variant, async () => limit, () => now);
    for (let minute = 10; minute <= 250; minute += 10) {
      now = minute * 60_000;
      await auto.saved(`<at${minute}/>`);
    }
    const minutes = (await listVersions(db, variant.id)).map((v) => v.createdAt / 60_000);
    expect(minutes).toEqual([240, 180, 120, 60]);
    expect(autoVersionIntervalMs).toBe(60 * 60_000);

    limit = 2;
    now = 310 * 60_000;
    await auto.saved('<at310/>');
    expect((await listVersions(db, variant.id)).map((v) => v.createdAt / 60_000)).toEqual([310, 240]);
  });

  it('a tab that closes takes the version due with its last write', async () => {
    const auto = new AutoVersions(db, variant, async () => 30);
    expect(auto.takeForUnload()).toBe(false);
    await auto.saved('<x/>');
    expect(auto.takeForUnload()).toBe(true);
    expect(auto.takeForUnload()).toBe(false);
  });
});
