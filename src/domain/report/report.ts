/**
 * A document in the official layout of a form: the comparison (Appendices 1 and 2 to the 2015
 * Rules, then its figures as annexes), the action plan (Appendix 3) and the roadmap. Builders fill
 * it with text in the chosen language; the XLSX, DOCX and print writers (src/features/export/report)
 * only lay it out, so all three say the same.
 */
export interface Report {
  properties: ReportProperties;
  sections: ReportSection[];
}

/** What a file says about itself (core properties), instead of a library's defaults. */
export interface ReportProperties {
  title: string;
  subject: string;
  author: string;
  /** BCP 47, e.g. ru-RU. */
  language: string;
  keywords: string;
}

export interface ReportSection {
  id: string;
  /** A spreadsheet tab's name, unchecked against any format's limits. */
  name: string;
  /** Set top right as on the form: which form of which Rules. */
  caption?: string[];
  /** Blocks above the heading, as a form's approval stamp («УТВЕРЖДАЮ» at the top right). */
  above?: TextBlock[];
  heading: string;
  /** Whose form it is: state body, service and its code, process, variants compared, date. */
  passport?: ReportField[];
  blocks: ReportBlock[];
  /** Numbered from 1; a cell refers to one by its number. */
  footnotes?: string[];
  /** Set under the form: a legend, the status of the Rules it follows, how figures were counted. */
  notes?: string[];
  /** A table wider than a portrait page holds. */
  landscape: boolean;
}

export interface ReportField {
  label: string;
  value: string;
}

/** Lines set together (who is responsible, a stamp), the first in bold when `title` (a stamp's «УТВЕРЖДАЮ»). */
export interface TextBlock {
  kind: 'text';
  lines: string[];
  align: 'left' | 'right';
  title?: boolean;
}

export type ReportBlock =
  | TextBlock
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[]; empty: string }
  | { kind: 'image'; image: ReportImage | null; caption: string; missing: string }
  | { kind: 'table'; table: ReportTable }
  /** `date`: the blank a signer dates on, in the language's order, that never breaks across lines. */
  | { kind: 'signatures'; lines: SignatureLine[]; date: string };

/** Columns are as wide as their content needs (./columnWidths.ts): no writer is told a width. */
export interface ReportTable {
  /** A header row above the column titles, of titles spanning columns (a year over its quarters). */
  columnGroups?: ReportCell[];
  columns: string[];
  /** A row of one cell spanning every column is a heading inside the table (a part of the plan). */
  rows: ReportCell[][];
  /** Many narrow columns (quarters): the table is set in a smaller type. */
  dense?: boolean;
}

export interface ReportCell {
  text: string;
  /** The number a figure shows, for a spreadsheet to compute with. */
  figure?: { value: number; decimals: number };
  /** Columns the cell covers; 1 when absent. */
  span?: number;
  bold?: boolean;
  /** Background colour as six hex digits (`D6E6F7`), for coloured codes. */
  fill?: string;
  /** The footnote (1-based, of the section) the text refers to. */
  footnote?: number;
}

/** A picture drawn as PNG by the caller (the domain draws nothing). Sizes in CSS pixels. */
export interface ReportImage {
  png: Uint8Array;
  width: number;
  height: number;
}

export interface SignatureLine {
  role: string;
  name: string;
}

/**
 * Without control characters but tab and line breaks: text pasted from other programs may carry
 * them, XML 1.0 cannot hold most, and a spreadsheet with one is a file Excel refuses to open.
 */
export function printable(value: string): string {
  return value.replace(/(?![\t\n\r])\p{Cc}/gu, '');
}

export function textCell(value: string, extra: Omit<ReportCell, 'text'> = {}): ReportCell {
  return { text: printable(value), ...extra };
}

export function textBlock(lines: string[], align: TextBlock['align'] = 'left', title = false): TextBlock {
  return title ? { kind: 'text', lines: lines.map(printable), align, title } : { kind: 'text', lines: lines.map(printable), align };
}

/** Every table of a section, for the writers that size columns. */
export function tablesOf(section: ReportSection): ReportTable[] {
  return section.blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
}
