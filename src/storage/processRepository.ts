import { newDiagramXml } from '../domain/newDiagram';
import type { Process, Variant, VariantKind } from '../domain/variant';
import { newId, type WorkbenchDb } from './db';
import { deleteProcessJourneys } from './journeyRepository';

export async function listProcesses(db: WorkbenchDb, projectId: string): Promise<Process[]> {
  const processes = await db.processes.where('projectId').equals(projectId).toArray();
  return processes.sort((a, b) => a.position - b.position || a.createdAt - b.createdAt);
}

/** A process always has its as-is variant: the procedure starts by describing the current state (§32). */
export async function createProcess(
  db: WorkbenchDb,
  projectId: string,
  name: string,
  variantsXml: Partial<Record<VariantKind, string>> = {},
): Promise<Process> {
  return db.transaction('rw', [db.projects, db.processes, db.variants], async () => {
    const now = Date.now();
    const position = await db.processes.where('projectId').equals(projectId).count();
    const process: Process = { id: newId(), projectId, name: name.trim(), position, createdAt: now, deletedAt: null };
    await db.processes.add(process);
    const xmlByKind = { asIs: newDiagramXml(process.id.slice(0, 8), process.name), ...variantsXml };
    const variants = Object.entries(xmlByKind).map(
      ([kind, xml]): Variant => ({ id: newId(), projectId, processId: process.id, kind: kind as VariantKind, xml, revision: 1, updatedAt: now }),
    );
    await db.variants.bulkAdd(variants);
    await db.projects.update(projectId, { updatedAt: now });
    return process;
  });
}

export async function renameProcess(db: WorkbenchDb, id: string, name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A process needs a name');
  await db.processes.update(id, { name: trimmed });
}

export async function deleteProcess(db: WorkbenchDb, id: string): Promise<void> {
  await db.transaction('rw', [db.processes, db.variants, db.snapshots, db.assessments, db.journeyMaps, db.interviews], async () => {
    await deleteProcessJourneys(db, id);
    await db.assessments.delete(id);
    const variantIds = await db.variants.where('processId').equals(id).primaryKeys();
    await db.snapshots.where('variantId').anyOf(variantIds).delete();
    await db.variants.where('processId').equals(id).delete();
    await db.processes.delete(id);
  });
}
