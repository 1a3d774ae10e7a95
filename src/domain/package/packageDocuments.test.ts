import { describe, expect, it } from 'vitest';
import type { Process, VariantKind } from '../variant';
import { documentOf, documentPath, packagedProcesses, packageSteps, processDocuments, projectDocuments, type PackagedRecords } from './packageDocuments';

const process = (id: string, position: number, deletedAt: number | null = null): Process => ({ id, projectId: 'p', name: id, position, createdAt: 0, deletedAt });
const variants = (processId: string, ...kinds: VariantKind[]) => kinds.map((kind) => ({ processId, kind }));

/** Two processes in use, one in the trash; «a» with all three variants, two maps and a plan; «b» with the as-is only. */
const records: PackagedRecords = {
  processes: [process('b', 2), process('trashed', 1, 5), process('a', 1)],
  variants: [...variants('a', 'asIs', 'toBe', 'optimal'), ...variants('b', 'asIs'), ...variants('trashed', 'asIs', 'toBe')],
  journeyMaps: [{ processId: 'a' }, { processId: 'a' }, { processId: 'trashed' }],
  assessments: [],
  actionPlans: [{ processId: 'a' }, { processId: 'trashed' }],
  roadmaps: [{}],
};

describe('the documents of a package', () => {
  it('the comparison when the variant its proposals are about is there, the plan when stored', () => {
    expect(processDocuments(records, 'a')).toEqual(['comparison', 'plan']);
    // Only the as-is: there is nothing to compare it with.
    expect(processDocuments(records, 'b')).toEqual([]);
    // The team compares with the optimal, which only «a» has.
    const towardsOptimal = { ...records, variants: variants('a', 'asIs', 'optimal'), assessments: [{ processId: 'a', target: 'optimal' as const }] };
    expect(processDocuments(towardsOptimal, 'a')).toEqual(['comparison', 'plan']);
    expect(processDocuments({ ...towardsOptimal, assessments: [] }, 'a')).toEqual(['plan']);
    expect(projectDocuments(records)).toEqual(['roadmap']);
    expect(projectDocuments({ ...records, roadmaps: [] })).toEqual([]);
  });

  it('with only approved records (the to-be and the plan left out as drafts), neither the comparison nor the plan', () => {
    const approvedAsIsOnly = { ...records, variants: variants('a', 'asIs', 'optimal'), actionPlans: [] };
    expect(processDocuments(approvedAsIsOnly, 'a')).toEqual([]);
  });

  it('go into the folder as XLSX and DOCX, and the index page tells them from other files', () => {
    expect(documentPath('Проект/Процесс', 'comparison', 'docx')).toBe('Проект/Процесс/comparison.docx');
    expect(documentOf('Проект/Процесс/comparison.docx')).toBe('comparison');
    expect(documentOf('Проект/roadmap.xlsx')).toBe('roadmap');
    expect(documentOf('Проект/roadmap.json')).toBeNull();
    expect(documentOf('Проект/Процесс/journeys/to-be - plan.png')).toBeNull();
    expect(documentOf('Проект/Процесс/myplan.xlsx')).toBeNull();
  });

  it('count in the progress: a step per file, over the processes that get a folder only', () => {
    expect(packagedProcesses(records).map((p) => p.id)).toEqual(['a', 'b']);
    // The zip 1; the records 1; «a»: 3 variants + 2 maps + (comparison + plan) × 2 formats; «b»: 1 variant; the roadmap × 2.
    expect(packageSteps([records])).toBe(1 + 1 + (3 + 2 + 4) + 1 + 2);
    // A second project: its records, its processes' work, no roadmap; one zip for both.
    expect(packageSteps([records, { ...records, roadmaps: [] }])).toBe(14 + 1 + 9 + 1);
  });
});
