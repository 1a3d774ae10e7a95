import type { FileChild, Paragraph, ParagraphChild, Table } from 'docx';
import { columnTexts, fitWidths, naturalWidths } from '../../../domain/report/columnWidths';
import type { Report, ReportBlock, ReportCell, ReportField, ReportImage, ReportSection, ReportTable, SignatureLine, TextBlock } from '../../../domain/report/report';
import { withCoreLanguage } from './coreLanguage';
import { signatureBlank } from './signatureBlank';

type Docx = typeof import('docx');

export const docxMimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A4 in twentieths of a point, with the margins of an official letter: 3 cm left, 1.5 cm right, 2 cm top and bottom. */
const page = { width: 11906, height: 16838, left: 1701, right: 850, top: 1134, bottom: 1134 };
const textWidth = { portrait: page.width - page.left - page.right, landscape: page.height - page.left - page.right };
/**
 * The type of a table's cells: 11 pt, or 9 pt in a dense table (many narrow columns); about one
 * character of it, bold Cyrillic included; a cell's left and right margins, and the padding a
 * column needs besides its characters (the margins and a little slack).
 */
const type = {
  normal: { size: 22, character: 125, margin: 80, padding: 2 * 80 + 40 },
  dense: { size: 18, character: 102, margin: 40, padding: 2 * 40 + 40 },
};
const twipsPerPixel = 15;
const headerFill = 'F1F4F7';
const font = 'Times New Roman';

/**
 * The report as a Word document: one page section per part, landscape where the report says the
 * table needs it. Columns are as wide as their content needs (never narrower than their longest
 * word); header rows repeat on every page and no row is split; a cell's footnote is a real
 * footnote. docx is imported on first use, to stay out of the start-up bundle.
 */
export async function reportToDocx(report: Report): Promise<Blob> {
  const docx = await import('docx');
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  const sections = report.sections.map((section) => {
    // Footnote ids are the document's; a section numbers its own from 1.
    const firstId = Object.keys(footnotes).length + 1;
    (section.footnotes ?? []).forEach((text, index) => (footnotes[String(firstId + index)] = { children: [line(docx, text, { size: 20 })] }));
    return {
      properties: {
        page: {
          size: { orientation: section.landscape ? docx.PageOrientation.LANDSCAPE : docx.PageOrientation.PORTRAIT, width: page.width, height: page.height },
          margin: { left: page.left, right: page.right, top: page.top, bottom: page.bottom },
        },
      },
      children: sectionChildren(docx, section, (n) => firstId + n - 1),
    };
  });
  const { properties } = report;
  const document = new docx.Document({
    creator: properties.author,
    lastModifiedBy: properties.author,
    title: properties.title,
    subject: properties.subject,
    keywords: properties.keywords,
    styles: { default: { document: { run: { font, size: type.normal.size, language: { value: properties.language } } } } },
    footnotes,
    sections,
  });
  const bytes = await docx.Packer.pack(document, 'uint8array');
  return new Blob([new Uint8Array(await withCoreLanguage(bytes, properties.language))], { type: docxMimeType });
}

function sectionChildren(docx: Docx, section: ReportSection, footnoteId: (n: number) => number): FileChild[] {
  const width = section.landscape ? textWidth.landscape : textWidth.portrait;
  const passport = section.passport?.length
    ? // Two tables with nothing between them are one table to Word: the passport would merge into the form's table.
      [passportTable(docx, section.passport, width), line(docx, '', {})]
    : [];
  return [
    ...(section.caption ?? []).map((text) => line(docx, text, { alignment: docx.AlignmentType.RIGHT, size: 20 })),
    ...(section.above ?? []).flatMap((block) => textBlock(docx, block, width)),
    new docx.Paragraph({
      heading: docx.HeadingLevel.HEADING_2,
      alignment: docx.AlignmentType.CENTER,
      spacing: { before: 240, after: 240 },
      children: [new docx.TextRun({ text: section.heading, bold: true, color: '000000', font, size: 26 })],
    }),
    ...passport,
    ...section.blocks.flatMap((block) => blockChildren(docx, block, width, footnoteId)),
    ...(section.notes ?? []).map((text) => line(docx, text, { italics: true, size: 20, before: 240 })),
  ];
}

function blockChildren(docx: Docx, block: ReportBlock, width: number, footnoteId: (n: number) => number): FileChild[] {
  switch (block.kind) {
    case 'text':
      return textBlock(docx, block, width);
    case 'heading':
      return [line(docx, block.text, { bold: true, before: 240 })];
    case 'list':
      return block.items.length ? block.items.map((item, index) => line(docx, `${index + 1}. ${item}`, { indent: 360 })) : [line(docx, block.empty, { italics: true })];
    case 'image':
      return [block.image ? imageParagraph(docx, block.image, width, block.caption) : line(docx, block.missing, { italics: true })];
    case 'table':
      return [dataTable(docx, block.table, width, footnoteId)];
    case 'signatures':
      return [line(docx, '', { before: 240 }), signatureTable(docx, block.lines, block.date, width)];
  }
}

/** A stamp at the right is indented to the right half of the page, its lines left-aligned there, as forms set «УТВЕРЖДАЮ». */
function textBlock(docx: Docx, block: TextBlock, width: number): Paragraph[] {
  return block.lines.map(
    (text, index) =>
      new docx.Paragraph({
        indent: block.align === 'right' ? { left: Math.round(width * 0.6) } : undefined,
        spacing: { after: index === block.lines.length - 1 ? 200 : 0 },
        children: [new docx.TextRun({ text, bold: block.title === true && index === 0 })],
      }),
  );
}

function imageParagraph(docx: Docx, image: ReportImage, width: number, caption: string): Paragraph {
  // The diagram as wide as the text, and never taller than about two thirds of a page.
  const scale = Math.min(width / twipsPerPixel / image.width, 600 / image.height);
  return new docx.Paragraph({
    alignment: docx.AlignmentType.CENTER,
    spacing: { before: 120, after: 120 },
    children: [new docx.ImageRun({ type: 'png', data: image.png, transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) }, altText: { name: caption, title: caption, description: caption } })],
  });
}

/** Column widths in twips from the content (see naturalWidths and fitWidths), for the type the table is set in. */
export function columnTwips(columns: string[][], width: number, dense = false): number[] {
  const { character, padding } = dense ? type.dense : type.normal;
  const { least, natural } = naturalWidths(columns.map((texts) => ({ texts })));
  const twips = (chars: number) => chars * character + padding;
  return fitWidths(least.map(twips), natural.map(twips), width).map(Math.floor);
}

function dataTable(docx: Docx, table: ReportTable, width: number, footnoteId: (n: number) => number): Table {
  const set = table.dense ? type.dense : type.normal;
  const widths = columnTwips(columnTexts(table), width, table.dense);
  const row = (cells: ReportCell[], header: boolean) => {
    let column = 0;
    return new docx.TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((cell) => {
        const span = cell.span ?? 1;
        const cellWidth = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0);
        column += span;
        const fill = header ? headerFill : cell.fill;
        return new docx.TableCell({
          width: { size: cellWidth, type: docx.WidthType.DXA },
          columnSpan: span > 1 ? span : undefined,
          shading: fill ? { fill, type: docx.ShadingType.CLEAR, color: 'auto' } : undefined,
          children: [cellParagraph(docx, cell, header || cell.bold === true, table.dense ? set.size : undefined, footnoteId)],
        });
      }),
    });
  };
  const headers = [...(table.columnGroups ? [table.columnGroups] : []), table.columns.map((text) => ({ text }))];
  return new docx.Table({
    width: { size: widths.reduce((sum, value) => sum + value, 0), type: docx.WidthType.DXA },
    columnWidths: widths,
    layout: docx.TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: set.margin, right: set.margin },
    rows: [...headers.map((cells) => row(cells, true)), ...table.rows.map((cells) => row(cells, false))],
  });
}

function passportTable(docx: Docx, fields: ReportField[], width: number): Table {
  return plainTable(docx, fields.map((field) => [field.label, field.value]), width, [true, false]);
}

function signatureTable(docx: Docx, lines: SignatureLine[], date: string, width: number): Table {
  return plainTable(docx, lines.map((signer) => [signer.role, signer.name, signatureBlank, date]), width, [true, false, false, false]);
}

/** A table without borders, for label–value lines. */
function plainTable(docx: Docx, rows: string[][], width: number, bold: boolean[]): Table {
  const widths = columnTwips(rows[0]!.map((_, column) => rows.map((cells) => cells[column] ?? '')), width);
  const none = { style: docx.BorderStyle.NONE, size: 0, color: 'auto' };
  return new docx.Table({
    width: { size: widths.reduce((sum, value) => sum + value, 0), type: docx.WidthType.DXA },
    columnWidths: widths,
    layout: docx.TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: rows.map(
      (cells) =>
        new docx.TableRow({
          cantSplit: true,
          children: cells.map((text, column) => new docx.TableCell({ width: { size: widths[column] ?? 0, type: docx.WidthType.DXA }, children: [line(docx, text, { bold: bold[column] })] })),
        }),
    ),
  });
}

/** Line breaks typed in a justification stay line breaks; a footnote's mark follows the text. */
function cellParagraph(docx: Docx, cell: ReportCell, bold: boolean, size: number | undefined, footnoteId: (n: number) => number): Paragraph {
  const runs: ParagraphChild[] = cell.text.split('\n').map((text, index) => new docx.TextRun({ text, bold, size, break: index ? 1 : undefined }));
  if (cell.footnote !== undefined) runs.push(new docx.FootnoteReferenceRun(footnoteId(cell.footnote)));
  return new docx.Paragraph({ alignment: cell.figure ? docx.AlignmentType.RIGHT : cell.fill ? docx.AlignmentType.CENTER : undefined, children: runs });
}

interface LineOptions {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  before?: number;
  indent?: number;
  alignment?: Docx['AlignmentType'][keyof Docx['AlignmentType']];
}

function line(docx: Docx, text: string, options: LineOptions): Paragraph {
  return new docx.Paragraph({
    alignment: options.alignment,
    spacing: options.before ? { before: options.before } : undefined,
    indent: options.indent ? { left: options.indent } : undefined,
    children: [new docx.TextRun({ text, bold: options.bold, italics: options.italics, size: options.size })],
  });
}
