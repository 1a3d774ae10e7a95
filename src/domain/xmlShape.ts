/**
 * How deep and how many: a linear scan of the tags, so a hostile file is refused before a parser
 * builds a tree of it (a parser keeps every level in memory, and a saved diagram indents every
 * level, so ten thousand nested elements make a file of hundreds of megabytes that nothing stores).
 */
export interface XmlShapeLimits {
  /** Deepest element allowed, the root being at depth 1. */
  depth: number;
  elements: number;
}

export type XmlShapeExcess = { code: 'tooDeep'; limit: number } | { code: 'tooManyElements'; limit: number };

/**
 * The first limit the markup goes over, or null. It finds tags as bpmn-moddle's parser (saxen) does:
 * comments, CDATA and processing instructions are skipped, a quoted `>` does not end a tag, an
 * unmatched quote is ignored. Markup that parser would reject ends the scan without a verdict: the
 * parser then reports it.
 */
export function findXmlExcess(xml: string, limits: XmlShapeLimits): XmlShapeExcess | null {
  let depth = 0;
  let elements = 0;
  let at = xml.indexOf('<');
  while (at !== -1) {
    const end = endOfMarkup(xml, at);
    if (end === -1) return null;
    const kind = xml[at + 1];
    if (kind === '/') depth -= 1;
    else if (kind !== '!' && kind !== '?') {
      elements += 1;
      if (elements > limits.elements) return { code: 'tooManyElements', limit: limits.elements };
      if (depth + 1 > limits.depth) return { code: 'tooDeep', limit: limits.depth };
      if (xml[end - 1] !== '/') depth += 1;
    }
    at = xml.indexOf('<', end + 1);
  }
  return null;
}

/** Index of the `>` that closes the markup starting at `start`, or -1. */
export function endOfMarkup(xml: string, start: number): number {
  if (xml.startsWith('<!--', start)) return endAfter(xml, '-->', start + 4);
  if (xml.startsWith('<![CDATA[', start)) return endAfter(xml, ']]>', start + 9);
  if (xml.startsWith('<?', start)) return endAfter(xml, '?>', start + 2);
  for (let i = start + 1; i < xml.length; i += 1) {
    const c = xml[i];
    if (c === '"' || c === "'") {
      const closing = xml.indexOf(c, i + 1);
      if (closing !== -1) i = closing;
    } else if (c === '>') return i;
  }
  return -1;
}

function endAfter(xml: string, terminator: string, from: number): number {
  const found = xml.indexOf(terminator, from);
  return found === -1 ? -1 : found + terminator.length - 1;
}
