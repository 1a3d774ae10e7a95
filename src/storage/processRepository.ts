import { newDiagramXml } from '../domain/newDiagram';
import { isLive, trashedNewestFirst } from '../domain/trash';
import type { Process, Variant, VariantKind } from '../domain/variant';
import { newId, type WorkbenchDb } from './db';
import { deleteVersionsOf, versionTables } from './versionRepository';
import { addVariants, deleteVariants, variantTables } from './variantContents';
import { validRecord, validRecords } from './records/validRecords';
import { deleteProcessJourneys, journeyTables } from './journeyRepository';

/** The project's processes in use, in their order; those in the trash are listed by `listProcessTrash`. */
export async function listProcesses(db: WorkbenchDb, projectId: string): Promise<Process[]> {
  const processes = validRecords('processes', await db.processes.where('projectId').equals(projectId).toArray()).filter(isLive);
  return processes.sort((a, b) => a.position - b.position || a.createdAt - b.createdAt);
}

export async function listProcessTrash(db: WorkbenchDb, projectId: string): Promise<Process[]> {
  return trashedNewestFirst(validRecords('processes', await db.processes.where('projectId').equals(projectId).toArray()));
}

/** A process always has its as-is variant: the procedure starts by describing the current state (§32). */
export async function createProcess(
  db: WorkbenchDb,
  projectId: string,
  name: string,
  variantsXml: Partial<Record<VariantKind, string>> = {},
): Promise<Process> {
  return db.transaction('rw', [db.projects, db.processes, ...variantTables(db)], async () => {
    const now = Date.now();
    // Processes in the trash keep their positions too, so a restored one comes back where it was.
    const position = await db.processes.where('projectId').equals(projectId).count();
    const process: Process = { id: newId(), projectId, name: name.trim(), position, createdAt: now, deletedAt: null };
    await db.processes.add(process);
    const xmlByKind = { asIs: newDiagramXml(process.id.slice(0, 8), process.name), ...variantsXml };
    const variants = Object.entries(xmlByKind).map(
      ([kind, xml]): Variant => ({ id: newId(), projectId, processId: process.id, kind: kind as VariantKind, xml, revision: 1, updatedAt: now }),
    );
    await addVariants(db, variants);
    await db.projects.update(projectId, { updatedAt: now });
    return process;
  });
}

export async function renameProcess(db: WorkbenchDb, id: string, name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A process needs a name');
  await db.processes.update(id, { name: trimmed });
}

/** Trashing and restoring keep the variants, snapshots and assessment untouched: only the mark changes. */
export async function moveProcessToTrash(db: WorkbenchDb, id: string): Promise<void> {
  await markProcess(db, id, Date.now());
}

export async function restoreProcess(db: WorkbenchDb, id: string): Promise<void> {
  await markProcess(db, id, null);
}

async function markProcess(db: WorkbenchDb, id: string, deletedAt: number | null): Promise<void> {
  await db.transaction('rw', [db.projects, db.processes], async () => {
    const process = validRecord('processes', await db.processes.get(id));
    if (!process) return;
    await db.processes.update(id, { deletedAt });
    await db.projects.update(process.projectId, { updatedAt: Date.now() });
  });
}

/** The process with its variants, their snapshots, its assessment, action plan, passport, status changes and roadmap row, beyond recovery. */
export async function deleteProcessForever(db: WorkbenchDb, id: string): Promise<void> {
  await db.transaction('rw', [db.processes, ...variantTables(db), db.assessments, db.actionPlans, db.roadmaps, db.passports, db.statusChanges, ...versionTables(db), ...journeyTables(db)], async () => {
    await deleteProcessJourneys(db, id);
    await db.assessments.delete(id);
    await db.actionPlans.delete(id);
    await db.passports.delete(id);
    await db.statusChanges.where('processId').equals(id).delete();
    const projectId = validRecord('processes', await db.processes.get(id))?.projectId;
    const roadmap = projectId === undefined ? undefined : validRecord('roadmaps', await db.roadmaps.get(projectId));
    if (roadmap?.cells[id]) {
      const cells = { ...roadmap.cells };
      delete cells[id];
      await db.roadmaps.put({ ...roadmap, cells, updatedAt: Date.now() });
    }
    const variantIds = await db.variants.where('processId').equals(id).primaryKeys();
    await deleteVersionsOf(db, variantIds);
    await deleteVariants(db, variantIds);
    await db.processes.delete(id);
  });
}
