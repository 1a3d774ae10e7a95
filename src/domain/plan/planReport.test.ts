import { describe, expect, it } from 'vitest';
import type { Translate } from '../compare/questionnaire';
import { emptyPlan, type ActionPlan } from './plan';
import { addRow, newRow } from './planEdits';
import { tablesOf } from '../report/report';
import { buildPlanReport, buildRoadmapReport, deadlineText } from './planReport';
import { emptyRoadmap, setCell } from './roadmap';

/** Echoes the key and its params, so a test reads which text the document is asked for. */
const t: Translate = (key, params) => (params ? `${key}(${Object.values(params).join(', ')})` : key);
const maker = { author: '', locale: 'kk-KZ', t };

function plan(): ActionPlan {
  let p = emptyPlan('p', 'pr');
  p = addRow(newRow('a', 'legal', { action: 'Внести изменения в регламент', responsibleUnit: 'МЮ РК', responsiblePerson: 'Иванов А.', deadline: { kind: 'quarter', year: 2026, quarter: 4 }, completionForm: 'regulationAmendment', expectedResult: 'Регламент изменён' }))(p);
  p = addRow(newRow('b', 'legal', { action: '=HYPERLINK("x")', deadline: { kind: 'date', date: '2026-05-15' } }))(p);
  return { ...p, responsible: 'Департамент цифровизации', approval: { approvedBy: { position: 'Вице-министр', name: 'А. Б. Сериков', date: '2026-03-20' }, agreedBy: [], publishedOn: null } };
}

describe('the action plan as a document', () => {
  it('sets the approval stamp above, the responsible and a blank agreement stamp under the heading', () => {
    const [section] = buildPlanReport({ processName: 'Выдача справки', plan: plan(), ...maker }).sections;
    expect(section!.above).toEqual([{ kind: 'text', title: true, align: 'right', lines: ['plan.approval.approved', 'Вице-министр', '____________ А. Б. Сериков', '20.03.2026'] }]);
    expect(section!.heading).toBe('plan.documentTitle(Выдача справки)');
    expect(section!.blocks.slice(0, 2)).toEqual([
      { kind: 'text', align: 'left', lines: ['plan.responsibleLine(Департамент цифровизации)'] },
      { kind: 'text', title: true, align: 'left', lines: ['plan.approval.agreed', '____________________', '____________', 'plan.approval.blankDate'] },
    ]);
  });

  it('says in its file properties what it is, in the document’s language, made by this browser’s author or else the plan’s responsible', () => {
    expect(buildPlanReport({ processName: 'Выдача справки', plan: plan(), ...maker }).properties).toEqual({
      title: 'plan.documentTitle(Выдача справки)',
      subject: 'Выдача справки',
      author: 'Департамент цифровизации',
      language: 'kk-KZ',
      keywords: '',
    });
    expect(buildPlanReport({ processName: 'Выдача справки', plan: plan(), ...maker, author: 'Иванова А. Б.' }).properties.author).toBe('Иванова А. Б.');
  });

  it('numbers the five headings and their rows, with the deadline and form as the form writes them', () => {
    const [section] = buildPlanReport({ processName: 'Выдача справки', plan: plan(), ...maker }).sections;
    const table = tablesOf(section!)[0]!;
    expect(table.columns).toEqual(['plan.column.number', 'plan.column.action', 'plan.column.responsible', 'plan.column.deadline', 'plan.column.completionForm', 'plan.column.expectedResult']);
    const texts = table.rows.map((row) => row.map((cell) => cell.text));
    expect(texts).toEqual([
      ['1', 'plan.section.organisational'],
      ['2', 'plan.section.informationSystems'],
      ['3', 'plan.section.legal'],
      ['3.1', 'Внести изменения в регламент', 'МЮ РК\nИванов А.', 'plan.deadline.quarterText(IV, 2026)', 'plan.form.regulationAmendment', 'Регламент изменён'],
      ['3.2', '=HYPERLINK("x")', '', '15.05.2026', '', ''],
      ['4', 'plan.section.introduction'],
      ['5', 'plan.section.awareness'],
    ]);
    expect(table.rows[0]![1]).toMatchObject({ span: 5, bold: true });
    expect(deadlineText(null, t)).toBe('');
  });
});

describe('the roadmap as a document', () => {
  it('is a landscape grid of the processes by quarter under their years, coloured by code, with the legend', () => {
    const roadmap = setCell(setCell(emptyRoadmap('p'), 'pr1', '2025Q2', ['R']), 'pr1', '2026Q1', ['F', 'D']);
    const [section] = buildRoadmapReport({ projectName: 'Проект', processes: [{ id: 'pr1', name: 'Выдача справки' }, { id: 'pr2', name: 'Второй' }], roadmap, ...maker }).sections;
    const table = tablesOf(section!)[0]!;
    expect(section!.landscape).toBe(true);
    expect(table.dense).toBe(true);
    expect(table.columnGroups?.map((cell) => [cell.text, cell.span ?? 1])).toEqual([['', 1], ['2025', 4], ['2026', 4], ['2027', 4], ['2028', 4], ['2029', 4]]);
    expect(table.columns).toHaveLength(21);
    expect(table.columns[1]).toBe('roadmap.quarter(I)');
    const first = table.rows[0]!;
    expect(first[0]!.text).toBe('Выдача справки');
    expect(first[2]).toEqual({ text: 'R', bold: true, fill: 'D6E6F7' });
    expect(first[5]).toMatchObject({ text: 'F D' });
    expect(table.rows[1]!.slice(1).every((cell) => cell.text === '')).toBe(true);
    expect(section!.notes).toEqual(['roadmap.legendLine']);
  });
});
