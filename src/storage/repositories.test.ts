import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbenchDb } from './db';
import { createProject, deleteForever, duplicateProject, listProjects, listTrash, moveToTrash, restoreFromTrash, updateProject, InvalidProjectError } from './projectRepository';
import { createProcess, deleteProcess, listProcesses } from './processRepository';
import { deriveVariant, listVariants, replaceVariantXml, RevisionConflictError, saveVariantXml } from './variantRepository';

let db: WorkbenchDb;
beforeEach(() => {
  db = new WorkbenchDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const fields = { name: '  Регистрация рождения ', owner: 'МЮ РК', serviceName: 'Регистрация рождения', serviceCode: '703001', status: 'inProgress' as const };

describe('projects', () => {
  it('creates with trimmed fields and refuses an empty name', async () => {
    const project = await createProject(db, fields);
    expect(project.name).toBe('Регистрация рождения');
    await expect(createProject(db, { ...fields, name: '   ' })).rejects.toBeInstanceOf(InvalidProjectError);
    expect(await listProjects(db)).toHaveLength(1);
  });

  it('renames, and lists the most recently changed first', async () => {
    const a = await createProject(db, { ...fields, name: 'A' });
    await new Promise((r) => setTimeout(r, 5));
    await createProject(db, { ...fields, name: 'B' });
    await new Promise((r) => setTimeout(r, 5));
    await updateProject(db, a.id, { ...fields, name: 'A2' });
    expect((await listProjects(db)).map((p) => p.name)).toEqual(['A2', 'B']);
  });

  it('moves to the trash, restores, and deletes forever with everything inside', async () => {
    const project = await createProject(db, fields);
    await createProcess(db, project.id, 'Процесс');
    await moveToTrash(db, project.id);
    expect(await listProjects(db)).toEqual([]);
    expect((await listTrash(db)).map((p) => p.id)).toEqual([project.id]);
    await restoreFromTrash(db, project.id);
    expect((await listProjects(db)).map((p) => p.id)).toEqual([project.id]);
    await deleteForever(db, project.id);
    expect(await db.processes.count()).toBe(0);
    expect(await db.variants.count()).toBe(0);
  });

  it('duplicates processes and variants with new record ids but the same diagrams', async () => {
    const project = await createProject(db, fields);
    const process = await createProcess(db, project.id, 'Процесс');
    await deriveVariant(db, process.id, 'toBe', 'asIs');
    const copy = await duplicateProject(db, project.id, 'Копия');
    const [copiedProcess] = await listProcesses(db, copy.id);
    expect(copiedProcess?.id).not.toBe(process.id);
    const original = await listVariants(db, process.id);
    const copied = await listVariants(db, copiedProcess!.id);
    expect(copied.map((v) => v.kind).sort()).toEqual(['asIs', 'toBe']);
    expect(copied.map((v) => v.xml).sort()).toEqual(original.map((v) => v.xml).sort());
    expect(copied.every((v) => v.projectId === copy.id)).toBe(true);
  });
});

describe('variants', () => {
  it('a new process has an as-is diagram; a derived to-be keeps its element ids', async () => {
    const project = await createProject(db, fields);
    const process = await createProcess(db, project.id, 'Процесс');
    const toBe = await deriveVariant(db, process.id, 'toBe', 'asIs');
    const [asIs] = (await listVariants(db, process.id)).filter((v) => v.kind === 'asIs');
    expect(asIs?.xml).toContain('StartEvent_1');
    expect(toBe.xml).toBe(asIs?.xml);
  });

  it('a second to-be for the same process is refused', async () => {
    const project = await createProject(db, fields);
    const process = await createProcess(db, project.id, 'Процесс');
    await deriveVariant(db, process.id, 'toBe', 'asIs');
    await expect(deriveVariant(db, process.id, 'toBe', 'asIs')).rejects.toThrow();
  });

  it('a save from a stale revision is refused and kept as a conflict snapshot', async () => {
    const project = await createProject(db, fields);
    const process = await createProcess(db, project.id, 'Процесс');
    const [asIs] = await listVariants(db, process.id);
    const revision = await saveVariantXml(db, asIs!.id, '<first/>', 1);
    expect(revision).toBe(2);
    await expect(saveVariantXml(db, asIs!.id, '<stale/>', 1)).rejects.toBeInstanceOf(RevisionConflictError);
    expect((await db.variants.get(asIs!.id))?.xml).toBe('<first/>');
    expect((await db.snapshots.toArray()).map((s) => [s.reason, s.xml])).toEqual([['conflict', '<stale/>']]);
  });

  it('replacing by import keeps the previous diagram as a snapshot; deleting the process removes it', async () => {
    const project = await createProject(db, fields);
    const process = await createProcess(db, project.id, 'Процесс');
    const [asIs] = await listVariants(db, process.id);
    await replaceVariantXml(db, asIs!.id, '<imported/>');
    expect((await db.snapshots.toArray()).map((s) => s.xml)).toEqual([asIs!.xml]);
    await deleteProcess(db, process.id);
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.variants.count()).toBe(0);
  });
});
