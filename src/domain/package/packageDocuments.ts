import type { ProposalTarget } from '../compare/proposals';
import { isLive } from '../trash';
import type { Process, VariantKind } from '../variant';

/**
 * The documents of a package, each written as XLSX and DOCX by the builders the pages' export
 * buttons use: per process the comparison (Appendix 1 and the МВК questionnaire of Appendix 2 with
 * the figures) and the action plan, per project the roadmap.
 */
export type PackageDocument = 'comparison' | 'plan' | 'roadmap';
export const documentFormats = ['xlsx', 'docx'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

export const documentPath = (folder: string, document: PackageDocument, format: DocumentFormat): string => `${folder}/${document}.${format}`;

/** Which document a path of the package is, for the index page to name it; null for any other file. */
export function documentOf(path: string): PackageDocument | null {
  const match = /(?:^|\/)(comparison|plan|roadmap)\.(?:xlsx|docx)$/.exec(path);
  return match ? (match[1] as PackageDocument) : null;
}

/** What of a project a package is made from: all its records, or only the approved ones (approvedRecords). */
export interface PackagedRecords {
  processes: readonly Process[];
  variants: readonly { processId: string; kind: VariantKind }[];
  journeyMaps: readonly { processId: string }[];
  assessments: readonly { processId: string; target: ProposalTarget }[];
  actionPlans: readonly { processId: string }[];
  roadmaps: readonly unknown[];
}

/** The processes that get a folder: those not in the trash, in the project's order. */
export function packagedProcesses(records: Pick<PackagedRecords, 'processes'>): Process[] {
  return records.processes.filter(isLive).sort((a, b) => a.position - b.position || a.createdAt - b.createdAt);
}

/**
 * A process's documents. The comparison when the records hold the variant its proposals are about
 * (the to-be unless the team chose the optimal; with only approved records, only when that one is
 * approved); the plan when the records hold one (with only approved records, an approved plan).
 */
export function processDocuments(records: PackagedRecords, processId: string): PackageDocument[] {
  const target = records.assessments.find((assessment) => assessment.processId === processId)?.target ?? 'toBe';
  const documents: PackageDocument[] = [];
  if (records.variants.some((variant) => variant.processId === processId && variant.kind === target)) documents.push('comparison');
  if (records.actionPlans.some((plan) => plan.processId === processId)) documents.push('plan');
  return documents;
}

/** The project's own documents: the roadmap, when one is stored. */
export function projectDocuments(records: PackagedRecords): PackageDocument[] {
  return records.roadmaps.length ? ['roadmap'] : [];
}

/**
 * The steps a package build reports, so its progress bar ends where the work does: per project its
 * records file, each packaged process's variants (diagram, SVG, PNG) and journey maps, each file of
 * its documents and of the project's, and the zip at the end.
 */
export function packageSteps(projects: readonly PackagedRecords[]): number {
  return projects.reduce((sum, records) => {
    const processes = packagedProcesses(records);
    const ids = new Set(processes.map((process) => process.id));
    const items = [...records.variants, ...records.journeyMaps].filter((item) => ids.has(item.processId)).length;
    const documents = processes.reduce((n, process) => n + processDocuments(records, process.id).length, projectDocuments(records).length);
    return sum + 1 + items + documents * documentFormats.length;
  }, 1);
}
