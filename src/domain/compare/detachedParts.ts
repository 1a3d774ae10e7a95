import { Parser } from 'saxen';

/** What the reader of detached parts is told: elements with their namespace prefixes as moddle names them. */
export interface PartVisitor {
  /** `attributes` reads them when called: most of a diagram's elements are waypoints, whose attributes nothing needs. */
  open(name: string, attributes: () => Record<string, string> | null, depth: number): boolean;
  close(depth: number): void;
  /** Text that is not only white space, decoded. */
  text(text: string, depth: number): boolean;
}

/**
 * Reads parts cut out of a variant (detachedXml.ts) with the XML reader moddle-xml uses, in the same
 * way: namespaces mapped to moddle's prefixes, attributes and text decoded, white space between
 * elements skipped. The parts are read as the children of one element with the root's namespace
 * declarations, so depth 1 is each part's own element. False when the XML reader or the visitor
 * finds anything it does not expect: the caller then parses the variant whole.
 */
export function readParts(parts: readonly string[], namespaces: string, prefixes: Record<string, string>, visitor: PartVisitor): boolean {
  let depth = 0;
  let fine = true;
  const fail = () => {
    fine = false;
  };
  const parser = new Parser({ proxy: true })
    .ns(prefixes)
    .on('openTag', (element, decode) => {
      const attributes = () => {
        const raw = element.attrs;
        if (raw === false) return null;
        const decoded: Record<string, string> = {};
        for (const [key, value] of Object.entries(raw)) decoded[key] = decode(value);
        return decoded;
      };
      if (depth > 0 && fine && !visitor.open(element.name, attributes, depth)) fail();
      depth++;
    })
    // Also after a self-closing tag.
    .on('closeTag', () => {
      depth--;
      if (depth > 0 && fine) visitor.close(depth);
    })
    .on('text', (text, decode) => {
      const decoded = decode(text);
      if (decoded.trim() && fine && !visitor.text(decoded, depth - 1)) fail();
    })
    .on('cdata', fail)
    .on('error', fail)
    .on('warn', fail);
  parser.parse(`<detached ${namespaces}>${parts.join('')}</detached>`);
  return fine && depth === 0;
}
