import type { Translate } from '../compare/questionnaire';
import { textCell, type Report, type ReportCell, type TextBlock } from '../report/report';
import { dottedDate } from './calendar/isoDate';
import { groupRows, type ActionPlan, type Deadline, type Signatory } from './plan';
import { quarterKey, romanQuarter } from './quarter';
import { cellCodes, codeFills, roadmapQuarters, type Roadmap } from './roadmap';

/**
 * The action plan and the roadmap as documents in the official layout (../report/report.ts):
 * the plan as the roadmap form of Appendix 3 to the 2015 Rules — the «УТВЕРЖДАЮ» stamp at the top
 * right, the title, who is responsible, the «СОГЛАСОВАНО» stamps, then the table of its five
 * numbered headings with their rows (2.1, 2.2 …); the roadmap as the quarterly plan of the Digital
 * Transformation Map, on a landscape page, with its legend. `t` gives the document's language.
 */

/** A deadline as a plan writes it: "20.03.2026" or "IV квартал 2026 года". */
export function deadlineText(deadline: Deadline | null, t: Translate): string {
  if (!deadline) return '';
  return deadline.kind === 'date' ? dottedDate(deadline.date) : t('plan.deadline.quarterText', { quarter: romanQuarter(deadline.quarter), year: deadline.year });
}

/** A signature stamp: its word, the position, a line to sign on with the name, the date (blank lines where nothing is entered yet). */
function stamp(word: string, signatory: Signatory, align: TextBlock['align'], t: Translate): TextBlock {
  const blank = '____________________';
  return {
    title: true,
    align,
    lines: [word, signatory.position.trim() || blank, `____________ ${signatory.name.trim()}`.trimEnd(), signatory.date ? dottedDate(signatory.date) : t('plan.approval.blankDate')],
  };
}

export function buildPlanReport({ processName, plan, t }: { processName: string; plan: ActionPlan; t: Translate }): Report {
  const { approval } = plan;
  const agreed = approval.agreedBy.length ? approval.agreedBy : [{ position: '', name: '', date: null }];
  const rows: ReportCell[][] = groupRows(plan.rows).flatMap((group) => [
    [textCell(String(group.number), { bold: true }), textCell(t(`plan.section.${group.section}`), { bold: true, span: 5 })],
    ...group.rows.map(({ row, number }) => [
      textCell(number),
      textCell(row.action),
      textCell([row.responsibleUnit, row.responsiblePerson].map((part) => part.trim()).filter(Boolean).join('\n')),
      textCell(deadlineText(row.deadline, t)),
      textCell(row.completionForm ? t(`plan.form.${row.completionForm}`) : ''),
      textCell(row.expectedResult),
    ]),
  ]);
  return {
    title: [],
    sections: [
      {
        id: 'plan',
        name: t('plan.tab'),
        above: [stamp(t('plan.approval.approved'), approval.approvedBy, 'right', t)],
        heading: textCell(t('plan.documentTitle', { process: processName })).text,
        intro: [
          { align: 'left', lines: [textCell(t('plan.responsibleLine', { name: plan.responsible.trim() || '____________________' })).text] },
          ...agreed.map((signatory) => stamp(t('plan.approval.agreed'), signatory, 'left', t)),
        ],
        columns: [
          { title: t('plan.column.number'), width: 7 },
          { title: t('plan.column.action'), width: 40 },
          { title: t('plan.column.responsible'), width: 24 },
          { title: t('plan.column.deadline'), width: 14 },
          { title: t('plan.column.completionForm'), width: 17 },
          { title: t('plan.column.expectedResult'), width: 26 },
        ],
        rows,
        // Six columns of sentences: on a portrait page words would break inside the narrow ones.
        landscape: true,
      },
    ],
  };
}

export function buildRoadmapReport({ projectName, processes, roadmap, t }: { projectName: string; processes: readonly { id: string; name: string }[]; roadmap: Roadmap; t: Translate }): Report {
  const quarters = roadmapQuarters(roadmap);
  const years = [...new Set(quarters.map((q) => q.year))];
  return {
    title: [],
    sections: [
      {
        id: 'roadmap',
        name: t('roadmap.title'),
        heading: textCell(t('roadmap.documentTitle', { project: projectName })).text,
        columnGroups: [textCell(''), ...years.map((year) => textCell(String(year), { span: 4 }))],
        columns: [{ title: t('roadmap.process'), width: 24 }, ...quarters.map((q) => ({ title: t('roadmap.quarter', { quarter: romanQuarter(q.quarter) }), width: 7 }))],
        rows: processes.map((process) => [
          textCell(process.name),
          ...quarters.map((q) => {
            const codes = cellCodes(roadmap, process.id, quarterKey(q));
            return codes.length ? { text: codes.join(' '), bold: true, fill: codeFills[codes[0]!] } : { text: '' };
          }),
        ]),
        notes: [t('roadmap.legendLine')],
        landscape: true,
        dense: true,
      },
    ],
  };
}
