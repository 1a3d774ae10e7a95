/**
 * A document of headed tables, as the official forms are laid out: the comparison (Appendices 1
 * and 2 to the 2015 Rules), the action plan (Appendix 3) and the roadmap. Builders fill it with
 * text in the chosen language; the XLSX, DOCX and print writers (src/features/export/report) only
 * lay it out, so all three say the same.
 */
export interface Report {
  /** Lines above the first section: the process, the proposed variant. */
  title: string[];
  sections: ReportSection[];
}

export interface ReportSection {
  id: string;
  /** A spreadsheet tab's name, unchecked against any format's limits. */
  name: string;
  /** The form's attribution ("Приложение 2 к Правилам …"), set top right as on the form. */
  caption?: string;
  /** Blocks above the heading, as a form's approval stamp («УТВЕРЖДАЮ» at the top right). */
  above?: TextBlock[];
  heading: string;
  /** Blocks between the heading and the table: who is responsible, the agreement stamps. */
  intro?: TextBlock[];
  /** A header row above the column titles, of titles spanning columns (a year over its quarters). */
  columnGroups?: ReportCell[];
  columns: ReportColumn[];
  /** A row of one cell spanning every column is a heading inside the table (a part of the plan). */
  rows: ReportCell[][];
  /** Lines under the table: a legend. */
  notes?: string[];
  /** Figures do not wrap, so a table of more columns than a portrait page holds needs landscape. */
  landscape: boolean;
  /** Many narrow columns (quarters): the table is set in a smaller type. */
  dense?: boolean;
}

export interface ReportColumn {
  title: string;
  /** In characters: a spreadsheet column's width, and the column's share of a page elsewhere. */
  width: number;
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
}

/** Lines set together, the first in bold when `title` (a stamp's «УТВЕРЖДАЮ»). */
export interface TextBlock {
  lines: string[];
  align: 'left' | 'right';
  title?: boolean;
}

/** Each column's part of a page's width, for the formats that size columns relative to the page. */
export function columnShares(section: ReportSection): number[] {
  const characters = section.columns.reduce((sum, column) => sum + column.width, 0);
  return section.columns.map((column) => column.width / characters);
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
