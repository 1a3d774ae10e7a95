import type { Paragraph, Table } from 'docx';
import { columnShares, type Report, type ReportCell, type ReportSection, type TextBlock } from '../../../domain/report/report';

type Docx = typeof import('docx');

export const docxMimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A4 less docx's default one-inch margins, in twentieths of a point. */
const textWidth = { portrait: 11906 - 2 * 1440, landscape: 16838 - 2 * 1440 };
const headerFill = 'F1F4F7';
/** 9 pt, in half-points: the type of a dense table. */
const denseSize = 18;

/**
 * The report as a Word document: one page section per part, landscape where the report says the
 * table needs it; header rows repeat on every page and no row is split across pages. docx is
 * imported on first use, to stay out of the start-up bundle.
 */
export async function reportToDocx(report: Report): Promise<Blob> {
  const docx = await import('docx');
  const document = new docx.Document({
    creator: 'Reengineering Workbench',
    title: report.title[0] ?? '',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 22 } } } },
    sections: report.sections.map((section, index) => ({
      properties: { page: { size: { orientation: section.landscape ? docx.PageOrientation.LANDSCAPE : docx.PageOrientation.PORTRAIT } } },
      children: [...(index === 0 ? report.title.map((line, n) => textLine(docx, line, { bold: n === 0 })) : []), ...part(docx, section)],
    })),
  });
  const bytes = await docx.Packer.pack(document, 'uint8array');
  return new Blob([new Uint8Array(bytes)], { type: docxMimeType });
}

function part(docx: Docx, section: ReportSection): (Paragraph | Table)[] {
  const caption = section.caption ? [textLine(docx, section.caption, { alignment: docx.AlignmentType.RIGHT })] : [];
  const heading = new docx.Paragraph({
    heading: docx.HeadingLevel.HEADING_2,
    alignment: docx.AlignmentType.CENTER,
    spacing: { before: 240, after: 240 },
    children: [new docx.TextRun({ text: section.heading, bold: true, color: '000000', font: 'Times New Roman', size: 26 })],
  });
  const notes = (section.notes ?? []).map((note) => textLine(docx, note, {}));
  const width = section.landscape ? textWidth.landscape : textWidth.portrait;
  return [...caption, ...blocks(docx, section.above, width), heading, ...blocks(docx, section.intro, width), table(docx, section), ...notes];
}

/** A stamp at the right is indented to the right half of the page, its lines left-aligned there, as forms set «УТВЕРЖДАЮ». */
function blocks(docx: Docx, list: TextBlock[] = [], width: number): Paragraph[] {
  return list.flatMap((block) =>
    block.lines.map(
      (line, index) =>
        new docx.Paragraph({
          indent: block.align === 'right' ? { left: Math.round(width * 0.6) } : undefined,
          spacing: { after: index === block.lines.length - 1 ? 200 : 0 },
          children: [new docx.TextRun({ text: line, bold: block.title === true && index === 0 })],
        }),
    ),
  );
}

function table(docx: Docx, section: ReportSection): Table {
  const total = section.landscape ? textWidth.landscape : textWidth.portrait;
  const widths = columnShares(section).map((share) => Math.floor(total * share));
  const row = (cells: ReportCell[], header: boolean) => {
    let column = 0;
    return new docx.TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((cell) => {
        const span = cell.span ?? 1;
        const width = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0);
        column += span;
        const fill = header ? headerFill : cell.fill;
        return new docx.TableCell({
          width: { size: width, type: docx.WidthType.DXA },
          columnSpan: span > 1 ? span : undefined,
          shading: fill ? { fill, type: docx.ShadingType.CLEAR, color: 'auto' } : undefined,
          children: [cellParagraph(docx, cell, header || cell.bold === true, section.dense ? denseSize : undefined)],
        });
      }),
    });
  };
  const headers = [...(section.columnGroups ? [section.columnGroups] : []), section.columns.map((column) => ({ text: column.title }))];
  return new docx.Table({
    width: { size: total, type: docx.WidthType.DXA },
    columnWidths: widths,
    layout: docx.TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: section.dense ? 40 : 80, right: section.dense ? 40 : 80 },
    rows: [...headers.map((cells) => row(cells, true)), ...section.rows.map((cells) => row(cells, false))],
  });
}

/** Line breaks typed in a justification stay line breaks. */
function cellParagraph(docx: Docx, cell: ReportCell, bold: boolean, size?: number): Paragraph {
  return new docx.Paragraph({
    alignment: cell.figure ? docx.AlignmentType.RIGHT : cell.fill ? docx.AlignmentType.CENTER : undefined,
    children: cell.text.split('\n').map((line, index) => new docx.TextRun({ text: line, bold, size, break: index ? 1 : undefined })),
  });
}

function textLine(docx: Docx, text: string, options: { bold?: boolean; alignment?: Docx['AlignmentType'][keyof Docx['AlignmentType']] }): Paragraph {
  return new docx.Paragraph({ alignment: options.alignment, children: [new docx.TextRun({ text, bold: options.bold })] });
}
