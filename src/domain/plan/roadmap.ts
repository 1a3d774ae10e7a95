import { approvalDate, deadlineEnd, type ActionPlan } from './plan';
import { compareQuarters, quarterKey, quarterOfDate, quartersOf, type Quarter, type QuarterKey } from './quarter';

/**
 * The quarterly plan of a project's processes, as in the Digital Transformation Map (appendix of
 * the 2024 Rules, "План график"): each process against the quarters of a five-year period, with
 * the codes R (reengineering), F (implementation of the target variant) and D (implementation of
 * the optimal variant). A cell may hold more than one code, as the Map's summary writes "R и F".
 *
 * Stored shape, version `roadmapFormatVersion` (planSchema.ts checks it): `cells[processId][2026Q3]`
 * lists the codes of that quarter in R, F, D order; an empty cell is absent.
 */
export const roadmapFormatVersion = 1;
export const roadmapCodes = ['R', 'F', 'D'] as const;
export type RoadmapCode = (typeof roadmapCodes)[number];

/** The colours of the codes, as the page shows them, for the exported grid (six hex digits). */
export const codeFills: Record<RoadmapCode, string> = { R: 'D6E6F7', F: 'D4F0D9', D: 'FBE3C8' };

export const defaultRoadmapStart = 2025;
export const roadmapYears = 5;

export interface Roadmap {
  formatVersion: typeof roadmapFormatVersion;
  projectId: string;
  startYear: number;
  years: number;
  cells: Record<string, Record<string, RoadmapCode[]>>;
  updatedAt: number;
}

export function emptyRoadmap(projectId: string): Roadmap {
  return { formatVersion: roadmapFormatVersion, projectId, startYear: defaultRoadmapStart, years: roadmapYears, cells: {}, updatedAt: 0 };
}

export function roadmapQuarters(roadmap: Pick<Roadmap, 'startYear' | 'years'>): Quarter[] {
  return quartersOf(roadmap.startYear, roadmap.years);
}

export function cellCodes(roadmap: Roadmap, processId: string, quarter: QuarterKey): RoadmapCode[] {
  return roadmap.cells[processId]?.[quarter] ?? [];
}

function ordered(codes: Iterable<RoadmapCode>): RoadmapCode[] {
  const set = new Set(codes);
  return roadmapCodes.filter((code) => set.has(code));
}

export function setCell(roadmap: Roadmap, processId: string, quarter: QuarterKey, codes: readonly RoadmapCode[]): Roadmap {
  const row = { ...roadmap.cells[processId] };
  const value = ordered(codes);
  if (value.length) row[quarter] = value;
  else delete row[quarter];
  const cells = { ...roadmap.cells, [processId]: row };
  if (Object.keys(row).length === 0) delete cells[processId];
  return { ...roadmap, cells };
}

/** A key press R, F or D: adds the code to the cell, or takes it out if it is there. */
export function toggleCode(roadmap: Roadmap, processId: string, quarter: QuarterKey, code: RoadmapCode): Roadmap {
  const codes = cellCodes(roadmap, processId, quarter);
  return setCell(roadmap, processId, quarter, codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code]);
}

const cycle: RoadmapCode[][] = [[], ['R'], ['F'], ['D']];

/** A click: empty → R → F → D → empty; a cell of several codes goes back to empty. */
export function cycleCell(roadmap: Roadmap, processId: string, quarter: QuarterKey): Roadmap {
  const current = cellCodes(roadmap, processId, quarter).join('');
  const index = cycle.findIndex((codes) => codes.join('') === current);
  return setCell(roadmap, processId, quarter, cycle[(index + 1) % cycle.length] ?? []);
}

/**
 * A process's row as its action plan says: R in the quarter the plan (and so the target variant)
 * was approved, the end of reengineering; F in every quarter from the first deadline of a row to
 * the last, the implementation of the target variant. D is the optimal variant's, which the plan
 * does not cover: the cells keep whatever D they had. Null when the plan has neither an approval
 * date nor a deadline, so there is nothing to derive.
 */
export function deriveFromPlan(roadmap: Roadmap, plan: ActionPlan): Roadmap | null {
  const approved = approvalDate(plan);
  const deadlines = plan.rows.flatMap((row) => (row.deadline ? [quarterOfDate(deadlineEnd(row.deadline))] : [])).sort(compareQuarters);
  if (!approved && deadlines.length === 0) return null;
  const first = deadlines[0];
  const last = deadlines[deadlines.length - 1];
  const approvedIn = approved ? quarterOfDate(approved) : null;
  let next = roadmap;
  for (const quarter of roadmapQuarters(roadmap)) {
    const key = quarterKey(quarter);
    const codes: RoadmapCode[] = cellCodes(roadmap, plan.processId, key).filter((code) => code === 'D');
    if (approvedIn && compareQuarters(quarter, approvedIn) === 0) codes.push('R');
    if (first && last && compareQuarters(quarter, first) >= 0 && compareQuarters(quarter, last) <= 0) codes.push('F');
    next = setCell(next, plan.processId, key, codes);
  }
  return next;
}

/** A copy of the roadmap for a duplicated project whose processes got new ids; rows of processes not copied are left out. */
export function remapProcesses(roadmap: Roadmap, projectId: string, newIds: ReadonlyMap<string, string>): Roadmap {
  const cells: Roadmap['cells'] = {};
  for (const [processId, row] of Object.entries(roadmap.cells)) {
    const id = newIds.get(processId);
    if (id) cells[id] = row;
  }
  return { ...roadmap, projectId, cells };
}
