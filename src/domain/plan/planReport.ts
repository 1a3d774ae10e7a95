import type { Translate } from '../compare/questionnaire';
import { printable, textBlock, textCell, type Report, type ReportCell, type ReportProperties, type TextBlock } from '../report/report';
import { localeOf } from '../format/numbers';
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
  return textBlock([word, signatory.position.trim() || blank, `____________ ${signatory.name.trim()}`.trimEnd(), signatory.date ? dottedDate(signatory.date) : t('plan.approval.blankDate')], align, true);
}

/** Who made the file and in which language: `author` is this browser's «Исполнитель», `locale` the document's. */
export interface DocumentMaker {
  author: string;
  locale: string;
  t: Translate;
}

/** The maker of a plan or roadmap document in `language`, as the pages' export and the publication package make it. */
export function documentMaker<T extends Translate>(t: T, language: string, author: string): DocumentMaker & { t: T } {
  return { t, author, locale: localeOf(language) };
}

function properties({ author, locale, t }: DocumentMaker, title: string, subject: string, fallbackAuthor: string): ReportProperties {
  return { title: printable(title), subject: printable(subject), author: printable(author || fallbackAuthor || t('app.title')), language: locale, keywords: '' };
}

export function buildPlanReport({ processName, plan, ...maker }: { processName: string; plan: ActionPlan } & DocumentMaker): Report {
  const { t } = maker;
  const { approval } = plan;
  const heading = textCell(t('plan.documentTitle', { process: processName })).text;
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
  const columns = ['number', 'action', 'responsible', 'deadline', 'completionForm', 'expectedResult'].map((column) => printable(t(`plan.column.${column}`)));
  return {
    properties: properties(maker, heading, processName, plan.responsible.trim()),
    sections: [
      {
        id: 'plan',
        name: t('plan.tab'),
        above: [stamp(t('plan.approval.approved'), approval.approvedBy, 'right', t)],
        heading,
        blocks: [
          textBlock([t('plan.responsibleLine', { name: plan.responsible.trim() || '____________________' })]),
          ...agreed.map((signatory) => stamp(t('plan.approval.agreed'), signatory, 'left', t)),
          { kind: 'table', table: { columns, rows } },
        ],
        // Six columns of sentences: on a portrait page words would break inside the narrow ones.
        landscape: true,
      },
    ],
  };
}

export function buildRoadmapReport({
  projectName,
  processes,
  roadmap,
  ...maker
}: { projectName: string; processes: readonly { id: string; name: string }[]; roadmap: Roadmap } & DocumentMaker): Report {
  const { t } = maker;
  const quarters = roadmapQuarters(roadmap);
  const years = [...new Set(quarters.map((q) => q.year))];
  const heading = textCell(t('roadmap.documentTitle', { project: projectName })).text;
  return {
    properties: properties(maker, heading, projectName, ''),
    sections: [
      {
        id: 'roadmap',
        name: t('roadmap.title'),
        heading,
        blocks: [
          {
            kind: 'table',
            table: {
              columnGroups: [textCell(''), ...years.map((year) => textCell(String(year), { span: 4 }))],
              columns: [t('roadmap.process'), ...quarters.map((q) => t('roadmap.quarter', { quarter: romanQuarter(q.quarter) }))].map(printable),
              rows: processes.map((process) => [
                textCell(process.name),
                ...quarters.map((q) => {
                  const codes = cellCodes(roadmap, process.id, quarterKey(q));
                  return codes.length ? { text: codes.join(' '), bold: true, fill: codeFills[codes[0]!] } : { text: '' };
                }),
              ]),
              dense: true,
            },
          },
        ],
        notes: [t('roadmap.legendLine')],
        landscape: true,
      },
    ],
  };
}
