import type { FileChild, Paragraph, ParagraphChild, Table } from 'docx';
import { fitWidths, naturalWidths } from '../../../domain/compare/columnWidths';
import type { Report, ReportBlock, ReportCell, ReportField, ReportImage, ReportSection, ReportTable, SignatureLine } from '../../../domain/compare/report';
import { withCoreLanguage } from './coreLanguage';
import { signatureBlank } from './signatureBlanks';

type Docx = typeof import('docx');

export const docxMimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A4 in twentieths of a point, with the margins of an official letter: 3 cm left, 1.5 cm right, 2 cm top and bottom. */
const page = { width: 11906, height: 16838, left: 1701, right: 850, top: 1134, bottom: 1134 };
const textWidth = { portrait: page.width - page.left - page.right, landscape: page.height - page.left - page.right };
/** About one character of 11-point Times New Roman, bold Cyrillic included, and a cell's left and right padding. */
const characterWidth = 125;
const cellPadding = 2 * 80 + 40;
const twipsPerPixel = 15;
const headerFill = 'F1F4F7';
const font = 'Times New Roman';

/**
 * The report as a Word document: the forms first (Appendix 1, Appendix 2), each in a portrait
 * page section, then the figures as an annex on landscape pages. Columns are as wide as their
 * content needs (never narrower than their longest word); header rows repeat on every page and
 * no row is split; the corrected wording of the form carries real footnotes. docx is imported
 * on first use, to stay out of the start-up bundle.
 */
export async function reportToDocx(report: Report): Promise<Blob> {
  const docx = await import('docx');
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  const sections = report.sections.map((section) => {
    // Footnote ids are the document's; a section numbers its own from 1.
    const firstId = Object.keys(footnotes).length + 1;
    section.footnotes.forEach((text, index) => (footnotes[String(firstId + index)] = { children: [line(docx, text, { size: 20 })] }));
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
    styles: { default: { document: { run: { font, size: 22, language: { value: properties.language } } } } },
    footnotes,
    sections,
  });
  const bytes = await docx.Packer.pack(document, 'uint8array');
  return new Blob([new Uint8Array(await withCoreLanguage(bytes, properties.language))], { type: docxMimeType });
}

function sectionChildren(docx: Docx, section: ReportSection, footnoteId: (n: number) => number): FileChild[] {
  const width = section.landscape ? textWidth.landscape : textWidth.portrait;
  return [
    ...section.caption.map((text) => line(docx, text, { alignment: docx.AlignmentType.RIGHT, size: 20 })),
    new docx.Paragraph({
      heading: docx.HeadingLevel.HEADING_2,
      alignment: docx.AlignmentType.CENTER,
      spacing: { before: 240, after: 240 },
      children: [new docx.TextRun({ text: section.heading, bold: true, color: '000000', font, size: 26 })],
    }),
    passportTable(docx, section.passport, width),
    // Two tables with nothing between them are one table to Word: the passport would merge into the form's table.
    line(docx, '', {}),
    ...section.blocks.flatMap((block) => blockChildren(docx, block, width, footnoteId)),
    ...section.notes.map((text) => line(docx, text, { italics: true, size: 20, before: 240 })),
  ];
}

function blockChildren(docx: Docx, block: ReportBlock, width: number, footnoteId: (n: number) => number): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [line(docx, block.text, { bold: true, before: 240 })];
    case 'paragraph':
      return [line(docx, block.text, {})];
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

function imageParagraph(docx: Docx, image: ReportImage, width: number, caption: string): Paragraph {
  // The diagram as wide as the text, and never taller than about two thirds of a page.
  const scale = Math.min(width / twipsPerPixel / image.width, 600 / image.height);
  return new docx.Paragraph({
    alignment: docx.AlignmentType.CENTER,
    spacing: { before: 120, after: 120 },
    children: [new docx.ImageRun({ type: 'png', data: image.png, transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) }, altText: { name: caption, title: caption, description: caption } })],
  });
}

/** Column widths in twips from the content: see naturalWidths and fitWidths. */
export function columnTwips(columns: string[][], width: number): number[] {
  const { least, natural } = naturalWidths(columns.map((texts) => ({ texts })));
  const twips = (chars: number) => chars * characterWidth + cellPadding;
  return fitWidths(least.map(twips), natural.map(twips), width).map(Math.floor);
}

function dataTable(docx: Docx, table: ReportTable, width: number, footnoteId: (n: number) => number): Table {
  const widths = columnTwips(table.columns.map((title, column) => [title, ...table.rows.map((cells) => cells[column]?.text ?? '')]), width);
  const row = (cells: ReportCell[], header: boolean) =>
    new docx.TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (cell, index) =>
          new docx.TableCell({
            width: { size: widths[index] ?? 0, type: docx.WidthType.DXA },
            shading: header ? { fill: headerFill, type: docx.ShadingType.CLEAR, color: 'auto' } : undefined,
            children: [cellParagraph(docx, cell, header, footnoteId)],
          }),
      ),
    });
  return new docx.Table({
    width: { size: widths.reduce((sum, value) => sum + value, 0), type: docx.WidthType.DXA },
    columnWidths: widths,
    layout: docx.TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [row(table.columns.map((text) => ({ text })), true), ...table.rows.map((cells) => row(cells, false))],
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
function cellParagraph(docx: Docx, cell: ReportCell, bold: boolean, footnoteId: (n: number) => number): Paragraph {
  const runs: ParagraphChild[] = cell.text.split('\n').map((text, index) => new docx.TextRun({ text, bold, break: index ? 1 : undefined }));
  if (cell.footnote !== undefined) runs.push(new docx.FootnoteReferenceRun(footnoteId(cell.footnote)));
  return new docx.Paragraph({ alignment: cell.figure ? docx.AlignmentType.RIGHT : undefined, children: runs });
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
