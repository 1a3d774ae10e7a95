import { isPublishable, planStatus, variantStatus, type StatusSubject } from '../domain/lifecycle/lifecycle';
import { remapProcesses } from '../domain/plan/roadmap';
import { isLive } from '../domain/trash';
import type { ProjectRecords } from './projectRecords';

/**
 * The part of a project that goes to the architectural portal (§37): the approved or published
 * variants and plans, with what describes them — the project, the processes that have any of them
 * with their passports and comparison answers, the dictionary their diagrams refer to, the journey
 * maps of those variants with their personas, the roadmap rows of those processes, and the status
 * changes of what is kept. Left out: drafts, the trash, the version history (so a change no longer
 * points at its approved version: the content is the current one) and the interviews, which name
 * the people interviewed and quote them. The set still passes the checks of a records file.
 */
export function approvedRecords(records: ProjectRecords): ProjectRecords {
  const changesOf = (processId: string) => records.statusChanges.filter((change) => change.processId === processId);
  const live = new Set(records.processes.filter(isLive).map((process) => process.id));
  const variants = records.variants.filter((variant) => live.has(variant.processId) && isPublishable(variantStatus(changesOf(variant.processId), variant.kind).status));
  const actionPlans = records.actionPlans.filter((plan) => live.has(plan.processId) && isPublishable(planStatus(plan, changesOf(plan.processId)).status));
  const kept = new Set<string>([...variants, ...actionPlans].map((item) => `${item.processId}:${'kind' in item ? item.kind : 'plan'}`));
  const keeps = (processId: string, subject: StatusSubject) => kept.has(`${processId}:${subject}`);
  const processIds = new Set([...variants, ...actionPlans].map((item) => item.processId));
  const journeyMaps = records.journeyMaps.filter((map) => keeps(map.processId, map.variantKind));
  const personaIds = new Set(journeyMaps.map((map) => map.personaId));
  return {
    projects: records.projects,
    processes: records.processes.filter((process) => processIds.has(process.id)),
    variants,
    snapshots: [],
    snapshotContents: [],
    dictionary: records.dictionary,
    assessments: records.assessments.filter((assessment) => processIds.has(assessment.processId)),
    personas: records.personas.filter((persona) => personaIds.has(persona.id)),
    journeyMaps,
    interviews: [],
    actionPlans,
    roadmaps: records.roadmaps.map((roadmap) => remapProcesses(roadmap, roadmap.projectId, new Map([...processIds].map((id) => [id, id])))),
    passports: records.passports.filter((passport) => processIds.has(passport.processId)),
    statusChanges: records.statusChanges.filter((change) => keeps(change.processId, change.subject)).map((change) => ({ ...change, versionId: null })),
  };
}
