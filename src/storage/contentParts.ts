/**
 * Where a long diagram is cut into the parts it is stored in. A cut is placed by the text around it, not by its
 * offset: at the start of the first line, at least `minChars` into the part, whose first characters hash to a
 * multiple of `cutEvery`. An edit that makes its part longer or shorter then leaves the cuts after it where they
 * were, in the same lines, and the parts after it the same text: a save writes again only the part it changed.
 * A text with no line breaks (not the autosave's) is cut every `2 × minChars`.
 */
export function splitIntoParts(text: string, minChars: number): string[] {
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

function cutAfter(text: string, start: number, minChars: number): number {
  const limit = Math.min(text.length, start + 2 * minChars);
  let line = text.indexOf('\n', start + minChars - 1) + 1;
  while (line > 0 && line < limit) {
    if (lineHash(text, line) % cutEvery === 0) return line;
    line = text.indexOf('\n', line) + 1;
  }
  return limit;
}

/** FNV-1a over the first characters of the line that starts at `from`. */
function lineHash(text: string, from: number): number {
  let hash = 0x811c9dc5;
  const end = Math.min(text.length, from + hashedChars);
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) break;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash >>> 0;
}
