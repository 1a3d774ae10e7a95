import { describe, expect, it } from 'vitest';
import { emptyPlan } from './plan';
import { addRow, newRow } from './planEdits';
import { isRoadmap } from './planSchema';
import { quarterEnd, quarterOfDate, romanQuarter } from './quarter';
import { cellCodes, cycleCell, deriveFromPlan, emptyRoadmap, remapProcesses, roadmapQuarters, setCell, toggleCode } from './roadmap';

describe('the roadmap of R/F/D codes', () => {
  it('spans five years from 2025 by default, quarter by quarter', () => {
    const quarters = roadmapQuarters(emptyRoadmap('p'));
    expect(quarters).toHaveLength(20);
    expect(quarters[0]).toEqual({ year: 2025, quarter: 1 });
    expect(quarters[19]).toEqual({ year: 2029, quarter: 4 });
    expect(quarterEnd({ year: 2026, quarter: 1 })).toBe('2026-03-31');
    expect(quarterOfDate('2026-10-01')).toEqual({ year: 2026, quarter: 4 });
    expect(romanQuarter(3)).toBe('III');
  });

  it('cycles a cell by click and toggles codes by key, in R, F, D order', () => {
    let map = emptyRoadmap('p');
    map = cycleCell(map, 'pr', '2026Q1');
    expect(cellCodes(map, 'pr', '2026Q1')).toEqual(['R']);
    map = cycleCell(cycleCell(cycleCell(map, 'pr', '2026Q1'), 'pr', '2026Q1'), 'pr', '2026Q1');
    expect(map.cells).toEqual({});
    map = toggleCode(toggleCode(map, 'pr', '2026Q2', 'F'), 'pr', '2026Q2', 'R');
    expect(cellCodes(map, 'pr', '2026Q2')).toEqual(['R', 'F']);
    expect(cellCodes(toggleCode(map, 'pr', '2026Q2', 'R'), 'pr', '2026Q2')).toEqual(['F']);
    expect(isRoadmap(JSON.parse(JSON.stringify(map)))).toBe(true);
    expect(isRoadmap({ ...map, cells: { pr: { '2026Q5': ['R'] } } })).toBe(false);
  });

  it('derives R from the approval quarter and F from the deadlines of the plan, keeping D', () => {
    let plan = emptyPlan('p', 'pr');
    plan = { ...plan, approval: { ...plan.approval, approvedBy: { position: '', name: '', date: '2026-03-20' } } };
    plan = addRow(newRow('a', 'legal', { deadline: { kind: 'quarter', year: 2026, quarter: 3 } }))(plan);
    plan = addRow(newRow('b', 'legal', { deadline: { kind: 'date', date: '2026-04-15' } }))(plan);
    const before = setCell(setCell(emptyRoadmap('p'), 'pr', '2027Q1', ['D']), 'pr', '2025Q4', ['F']);
    const derived = deriveFromPlan(before, plan)!;
    expect(derived.cells.pr).toEqual({ '2026Q1': ['R'], '2026Q2': ['F'], '2026Q3': ['F'], '2027Q1': ['D'] });
    expect(deriveFromPlan(before, emptyPlan('p', 'pr'))).toBeNull();
  });

  it('follows the processes of a duplicated project to their new ids', () => {
    const map = setCell(setCell(emptyRoadmap('p'), 'a', '2025Q1', ['R']), 'gone', '2025Q1', ['F']);
    expect(remapProcesses(map, 'p2', new Map([['a', 'a2']]))).toMatchObject({ projectId: 'p2', cells: { a2: { '2025Q1': ['R'] } } });
  });
});
