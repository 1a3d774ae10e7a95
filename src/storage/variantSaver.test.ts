import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxStoredXmlLength } from '../domain/bpmnFile';
import type { Variant } from '../domain/variant';
import { WorkbenchDb } from './db';
import { createProject } from './projectRepository';
import { createProcess } from './processRepository';
import { getVariant, listVariants, saveVariantXml } from './variantRepository';
import { VariantSaver, type SaveProblem, type SaveStatus } from './variantSaver';
import { listVersions, versionXml } from './versionRepository';

let db: WorkbenchDb;
let variant: Variant;
beforeEach(async () => {
  db = new WorkbenchDb(`saver-${crypto.randomUUID()}`);
  const project = await createProject(db, { name: 'P', owner: '', serviceName: '', serviceCode: '', serviceConsumers: '', status: 'planned' });
  const process = await createProcess(db, project.id, 'Процесс');
  variant = (await listVariants(db, process.id))[0]!;
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function recorder() {
  const statuses: SaveStatus[] = [];
  const problems: (SaveProblem | undefined)[] = [];
  const revisions: number[] = [];
  const conflicts: string[] = [];
  return {
    statuses,
    problems,
    revisions,
    conflicts,
    events: {
      status: (s: SaveStatus, p?: SaveProblem) => (statuses.push(s), problems.push(p)),
      saved: (r: number) => revisions.push(r),
      conflict: (e: { keptAsVersionId: string }) => conflicts.push(e.keptAsVersionId),
    },
  };
}

const newSaver = (log: ReturnType<typeof recorder>, delayMs = 10_000, retryMs = 2000) => new VariantSaver(db, variant, 1, variant.xml, log.events, { delayMs, retryMs });
const stored = async () => (await getVariant(db, variant.id))!;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('VariantSaver', () => {
  it('merges a burst of edits into one write of the latest state', async () => {
    const log = recorder();
    const saver = newSaver(log, 20);
    let reads = 0;
    for (const xml of ['<a/>', '<b/>', '<c/>']) saver.schedule(async () => (reads++, xml));
    await wait(80);
    expect(reads).toBe(1);
    expect((await stored()).xml).toBe('<c/>');
    expect(log.revisions).toEqual([2]);
    expect(log.statuses.at(-1)).toBe('saved');
  });

  it("a delayed write waits for the page's next frame, a flushed one does not", async () => {
    const log = recorder();
    let painted: () => void = () => undefined;
    const saver = new VariantSaver(db, variant, 1, variant.xml, log.events, { delayMs: 10, whenPainted: () => new Promise<void>((resolve) => (painted = resolve)) });
    saver.schedule(async () => '<delayed/>');
    await wait(60);
    expect((await stored()).xml).toBe(variant.xml);
    painted();
    await wait(60);
    expect((await stored()).xml).toBe('<delayed/>');
    saver.schedule(async () => '<flushed/>');
    await saver.flush();
    expect((await stored()).xml).toBe('<flushed/>');
  });

  it('flush writes at once, before the delay', async () => {
    const saver = newSaver(recorder());
    saver.schedule(async () => '<now/>');
    await saver.flush();
    expect((await stored()).xml).toBe('<now/>');
  });

  /** A long diagram-like text, and its lines as the pieces a writer appended it in. */
  const longText = (name: string) => {
    let xml = '<?xml version="1.0"?>\n';
    for (let i = 0; xml.length < 3 * (1 << 16); i++) xml += `  <bpmn:task id="Task_${i}" name="${i === 700 ? name : `Шаг ${i}`}" />\n`;
    return { xml, pieces: xml.match(/[^\n]*\n/g)! };
  };

  it('stores a diagram read with the pieces it was written in as that diagram, in parts, and knows it holds it', async () => {
    const log = recorder();
    const saver = newSaver(log);
    const long = longText('Шаг 700');
    saver.schedule(async () => long);
    await saver.flush();
    expect((await stored()).xml).toBe(long.xml);
    expect(await db.variantContents.get(variant.id)).toMatchObject({ parts: expect.any(Number) as number });

    // The same text in other pieces is held and not written again; one of the same length but another name is not.
    const again = longText('Шаг 700');
    const inHalves = { xml: again.xml, pieces: [again.xml.slice(0, 100_001), again.xml.slice(100_001)] };
    expect(saver.holds(inHalves)).toBe(true);
    saver.schedule(async () => inHalves);
    await saver.flush();
    const renamed = longText('Шаг 7!0');
    expect(renamed.xml.length).toBe(long.xml.length);
    expect(saver.holds(renamed)).toBe(false);
    saver.schedule(async () => renamed);
    await saver.flush();
    expect((await stored()).xml).toBe(renamed.xml);
    expect(log.revisions).toEqual([2, 3]);

    // Given the text whole (a tab that loaded it, or wrote it as it closed), it still tells.
    saver.writeBeforeUnload(long.xml, false);
    expect(saver.holds(longText('Шаг 700'))).toBe(true);
    expect(saver.holds(renamed)).toBe(false);
  });

  it('does not write again what is already stored', async () => {
    const log = recorder();
    const saver = newSaver(log);
    saver.schedule(async () => variant.xml);
    await saver.flush();
    expect((await stored()).revision).toBe(1);
    expect(log.statuses.at(-1)).toBe('saved');
  });

  it('keeps the edit and retries after a failed write', async () => {
    const log = recorder();
    const saver = newSaver(log, 5, 20);
    let attempts = 0;
    saver.schedule(async () => {
      attempts += 1;
      if (attempts === 1) throw new DOMException('disk full', 'QuotaExceededError');
      return '<retried/>';
    });
    await wait(150);
    expect(log.problems).toContainEqual({ kind: 'quota' });
    expect((await stored()).xml).toBe('<retried/>');
    expect(log.statuses.at(-1)).toBe('saved');
  });

  it('does not retry a diagram too large to store, keeps it pending and tries again on the next edit', async () => {
    const log = recorder();
    const saver = newSaver(log, 5, 10);
    let reads = 0;
    const huge = 'x'.repeat(maxStoredXmlLength + 1);
    saver.schedule(async () => (reads++, huge));
    await wait(100);
    expect(reads).toBe(1);
    expect(log.statuses.at(-1)).toBe('blocked');
    expect(log.problems.at(-1)).toEqual({ kind: 'tooLarge', length: huge.length, limit: maxStoredXmlLength });
    expect(saver.hasPendingChanges).toBe(true);
    expect((await stored()).revision).toBe(1);

    saver.schedule(async () => '<smaller/>');
    await saver.flush();
    expect((await stored()).xml).toBe('<smaller/>');
    expect(log.statuses.at(-1)).toBe('saved');
  });

  it('stops on a conflict, keeps its edit as a version and leaves the other version stored', async () => {
    const log = recorder();
    const saver = newSaver(log);
    await saveVariantXml(db, variant.id, '<other-tab/>', 1);
    saver.schedule(async () => '<mine/>');
    await saver.flush();
    expect(log.statuses.at(-1)).toBe('conflict');
    expect((await stored()).xml).toBe('<other-tab/>');
    const [kept] = await listVersions(db, variant.id);
    expect(log.conflicts).toEqual([kept!.id]);
    expect(await versionXml(db, kept!.id)).toBe('<mine/>');
    saver.schedule(async () => '<ignored/>');
    expect(saver.hasPendingChanges).toBe(false);
  });

  it('before unload, writes the latest XML in one transaction without waiting, with a version when asked', async () => {
    const saver = newSaver(recorder());
    saver.writeBeforeUnload('<closing/>', true);
    await wait(20);
    expect(await stored()).toMatchObject({ xml: '<closing/>', revision: 2 });
    expect(await db.variants.get(variant.id)).not.toHaveProperty('xml');
    const [kept] = await listVersions(db, variant.id);
    expect(kept).toMatchObject({ reason: 'auto', size: '<closing/>'.length });
    expect(await versionXml(db, kept!.id)).toBe('<closing/>');
    // The next save goes on from the revision written.
    saver.schedule(async () => '<after/>');
    await saver.flush();
    expect(await stored()).toMatchObject({ xml: '<after/>', revision: 3 });
  });

  it('before unload, aborts a write in flight and writes its XML itself, past the revision that write would take', async () => {
    const log = recorder();
    const saver = newSaver(log);
    saver.schedule(async () => '<in-flight/>');
    const flushing = saver.flush();
    // The XML is read; the Dexie transaction has not landed (a closing tab may never see it land, and a
    // transaction queued behind it would be lost with it).
    for (let i = 0; i < 3; i++) await Promise.resolve();
    saver.writeBeforeUnload(null, false);
    await flushing;
    expect(await stored()).toMatchObject({ xml: '<in-flight/>', revision: 3 });
    expect(log.revisions).toEqual([]);
    expect(log.statuses).not.toContain('error');
    expect(saver.hasPendingChanges).toBe(false);
  });

  it('before unload, while a write still reads the XML (a large diagram is read in slices), writes the XML given and drops that read', async () => {
    const saver = newSaver(recorder());
    let finishRead: (xml: string) => void = () => undefined;
    saver.schedule(() => new Promise<string>((resolve) => (finishRead = resolve)));
    const flushing = saver.flush();
    await Promise.resolve();
    // The session sees the edit as still queued, so it serialises the latest state at once.
    expect(saver.hasQueuedEdit).toBe(true);
    saver.writeBeforeUnload('<latest/>', false);
    finishRead('<older/>');
    await flushing;
    expect(await stored()).toMatchObject({ xml: '<latest/>', revision: 2 });
    // The page came back (back-forward cache): saving goes on from the revision written.
    saver.schedule(async () => '<after/>');
    await saver.flush();
    expect(await stored()).toMatchObject({ xml: '<after/>', revision: 3 });
  });
});
