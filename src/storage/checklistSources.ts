import type { StatusChange } from '../domain/lifecycle/lifecycle';
import type { ProcessPassport } from '../domain/passport/passport';
import type { ActionPlan } from '../domain/plan/plan';
import type { VariantKind } from '../domain/variant';
import type { WorkbenchDb } from './db';
import { validRecords } from './records/validRecords';
import { variantsWhere } from './variantContents';

/** What a process's completeness checklist is computed from, besides its diagrams (projectDiagrams). */
export interface ChecklistSources {
  passport: ProcessPassport | null;
  interviews: number;
  asIsJourneyMaps: number;
  plan: ActionPlan | null;
  changes: StatusChange[];
}

const emptySources = (): ChecklistSources => ({ passport: null, interviews: 0, asIsJourneyMaps: 0, plan: null, changes: [] });

/** The sources of every process of a project, read in one transaction, by process id (apart from the diagrams, so an edit of the passport does not read every diagram again). */
export async function projectChecklistSources(db: WorkbenchDb, projectId: string): Promise<Map<string, ChecklistSources>> {
  const tables = [db.passports, db.interviews, db.journeyMaps, db.actionPlans, db.statusChanges];
  return db.transaction('r', tables, async () => {
    const ofProject = async <T extends 'passports' | 'interviews' | 'journeyMaps' | 'actionPlans' | 'statusChanges'>(table: T) =>
      validRecords(table, await db.table(table).where('projectId').equals(projectId).toArray());
    const byProcess = new Map<string, ChecklistSources>();
    const of = (processId: string) => byProcess.get(processId) ?? byProcess.set(processId, emptySources()).get(processId)!;
    for (const passport of await ofProject('passports')) of(passport.processId).passport = passport;
    for (const interview of await ofProject('interviews')) of(interview.processId).interviews += 1;
    for (const map of await ofProject('journeyMaps')) if (map.variantKind === 'asIs') of(map.processId).asIsJourneyMaps += 1;
    for (const plan of await ofProject('actionPlans')) of(plan.processId).plan = plan;
    for (const change of await ofProject('statusChanges')) of(change.processId).changes.push(change);
    return byProcess;
  });
}

export function sourcesOf(all: ReadonlyMap<string, ChecklistSources>, processId: string): ChecklistSources {
  return all.get(processId) ?? emptySources();
}

export type ProcessDiagrams = Partial<Record<VariantKind, string>>;

/** The diagrams of every process of a project, by process id and variant. */
export async function projectDiagrams(db: WorkbenchDb, projectId: string): Promise<Map<string, ProcessDiagrams>> {
  const byProcess = new Map<string, ProcessDiagrams>();
  for (const variant of await variantsWhere(db, 'projectId', projectId)) {
    byProcess.set(variant.processId, { ...byProcess.get(variant.processId), [variant.kind]: variant.xml });
  }
  return byProcess;
}
