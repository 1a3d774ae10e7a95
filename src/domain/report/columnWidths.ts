import type { ReportTable } from './report';

/**
 * Column widths, in characters, that fit a table's content: no column narrower than its longest
 * word (so "№" holds "14" and a word never breaks), and the room left shared by how much text
 * each column holds. Writers turn characters into their own units (twips, Excel widths).
 */
export interface ColumnText {
  /** The header and every cell of the column. */
  texts: string[];
}

/** Beyond this many characters a column's text wraps anyway: it gets no more room for being longer. */
const longestUseful = 60;
/** Where a line may break: not at a no-break space, which holds a date blank or a number and its unit together. */
const breakable = /[ \t\r\n]+/;

export function naturalWidths(columns: readonly ColumnText[]): { least: number[]; natural: number[] } {
  const least = columns.map(({ texts }) => Math.max(2, ...texts.flatMap((text) => text.split(breakable)).map((word) => [...word].length)) + 1);
  const natural = columns.map(({ texts }, index) => Math.max(least[index]!, Math.min(longestUseful, Math.max(0, ...texts.flatMap((text) => text.split('\n')).map((line) => [...line].length)) + 1)));
  return { least, natural };
}

/**
 * Widths that add up to `capacity` characters: natural widths scaled up when they fit, else each
 * column its least width and the rest shared in proportion to what it lacks of its natural width.
 * When even the least widths do not fit, they are scaled down together.
 */
export function fitWidths(least: readonly number[], natural: readonly number[], capacity: number): number[] {
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  if (sum(natural) <= capacity) return natural.map((width) => (width * capacity) / sum(natural));
  if (sum(least) >= capacity) return least.map((width) => (width * capacity) / sum(least));
  const room = capacity - sum(least);
  const wanted = natural.map((width, index) => width - least[index]!);
  return least.map((width, index) => width + (room * wanted[index]!) / sum(wanted));
}

/** The widths of a table's columns from its header and cells: see `columnTexts`. */
export function tableWidths(table: ReportTable): { least: number[]; natural: number[] } {
  return naturalWidths(columnTexts(table).map((texts) => ({ texts })));
}

/**
 * Each column's texts, the header's included: a cell spanning several columns (a year over its
 * quarters, a heading row across the plan) sizes none of them.
 */
export function columnTexts(table: ReportTable): string[][] {
  const texts = table.columns.map((title) => [title]);
  for (const cells of [...(table.columnGroups ? [table.columnGroups] : []), ...table.rows]) {
    let column = 0;
    for (const cell of cells) {
      const span = cell.span ?? 1;
      if (span === 1) texts[column]?.push(cell.text);
      column += span;
    }
  }
  return texts;
}
