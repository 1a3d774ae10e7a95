/**
 * Where a long diagram is cut into the parts it is stored in. A cut is placed by the text around it, not by its
 * offset: at the start of the first line, at least `minChars` into the part, whose first characters hash to a
 * multiple of `cutEvery`. An edit that makes its part longer or shorter then leaves the cuts after it where they
 * were, in the same lines, and the parts after it the same text: a save writes again only the part it changed.
 * A text with no line breaks (not the autosave's) is cut every `2 × minChars`.
 */
export function splitIntoParts(text: string, minChars: number): string[] {
  return partsOf(text, minChars);
}

/**
 * The same parts of the text the `pieces` make when joined (`splitIntoParts`), read through the pieces: a text
 * written in thousands of concatenations is copied into one piece of memory as soon as it is searched or sliced
 * (tens of milliseconds and 26 MB for 13 MB of XML); each part is made of the pieces it spans.
 */
export function splitPiecesIntoParts(pieces: readonly string[], minChars: number): string[] {
  return partsOf(new PiecedText(pieces), minChars);
}

/** What the cutting reads of a text: a string's own methods, or `PiecedText`'s. */
interface Readable {
  readonly length: number;
  indexOf(search: string, from: number): number;
  charCodeAt(at: number): number;
  slice(start: number, end?: number): string;
}

function partsOf(text: Readable, minChars: number): string[] {
  const parts: string[] = [];
  let start = 0;
  while (text.length - start > minChars) {
    const end = cutAfter(text, start, minChars);
    parts.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length || parts.length === 0) parts.push(text.slice(start));
  return parts;
}

/** One line in this many on average ends a part once a part is long enough. */
const cutEvery = 16;
/** How many characters of a line decide whether a part ends before it. */
const hashedChars = 64;

function cutAfter(text: Readable, start: number, minChars: number): number {
  const limit = Math.min(text.length, start + 2 * minChars);
  let line = text.indexOf('\n', start + minChars - 1) + 1;
  while (line > 0 && line < limit) {
    if (lineHash(text, line) % cutEvery === 0) return line;
    line = text.indexOf('\n', line) + 1;
  }
  return limit;
}

/** FNV-1a over the first characters of the line that starts at `from`. */
function lineHash(text: Readable, from: number): number {
  let hash = 0x811c9dc5;
  const end = Math.min(text.length, from + hashedChars);
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) break;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash >>> 0;
}

/** A text as the pieces it is made of, read where it is asked without joining them. */
class PiecedText implements Readable {
  readonly length: number;
  private readonly pieces: string[];
  /** Where each piece starts in the text. */
  private readonly starts: number[] = [];
  /** The piece read last: the cutting reads forward. */
  private at = 0;

  constructor(pieces: readonly string[]) {
    this.pieces = pieces.filter((piece) => piece.length > 0);
    let length = 0;
    for (const piece of this.pieces) {
      this.starts.push(length);
      length += piece.length;
    }
    this.length = length;
  }

  /** The piece that holds the character at `offset` (0 ≤ offset < length). */
  private pieceAt(offset: number): number {
    const { starts, pieces } = this;
    const at = this.at;
    if (offset >= starts[at]! && offset < starts[at]! + pieces[at]!.length) return at;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return (this.at = low);
  }

  indexOf(search: string, from: number): number {
    if (from >= this.length) return -1;
    let piece = this.pieceAt(Math.max(0, from));
    let local = Math.max(0, from) - this.starts[piece]!;
    // A search of more than one character could span two pieces: the cutting looks for line breaks only.
    for (; piece < this.pieces.length; piece++, local = 0) {
      const found = this.pieces[piece]!.indexOf(search, local);
      if (found >= 0) return this.starts[piece]! + found;
    }
    return -1;
  }

  charCodeAt(offset: number): number {
    if (offset < 0 || offset >= this.length) return NaN;
    const piece = this.pieceAt(offset);
    return this.pieces[piece]!.charCodeAt(offset - this.starts[piece]!);
  }

  slice(start: number, end = this.length): string {
    const to = Math.min(end, this.length);
    let text = '';
    for (let offset = start; offset < to; ) {
      const piece = this.pieceAt(offset);
      const pieceStart = this.starts[piece]!;
      const taken = this.pieces[piece]!.slice(offset - pieceStart, to - pieceStart);
      text += taken;
      offset += taken.length;
    }
    return text;
  }
}
