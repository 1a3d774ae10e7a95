import { endOfMarkup } from './xmlShape';

/**
 * Whether bpmn-moddle surely writes the parsed tree of `xml` back (`toXML`, indented) in at most
 * `storedLength` characters, told from the text alone: the import then keeps the file's text without
 * writing it once to find out. moddle-xml's writer fails only on a name whose prefix it cannot map
 * to a namespace (content in no namespace, `xmlns=""`, or a prefix declared off the element's
 * ancestors); every prefix used here is declared on the root element, the only one to declare any.
 * The written text is at most six characters for each one read (an escaped quote) and an indent
 * and a line break for each tag. A file this cannot tell about is written to find out.
 */
export function surelyWritable(xml: string, limits: { depth: number; storedLength: number }): boolean {
  const root = rootStartTag(xml);
  if (!root || xml.indexOf('xmlns', root.end) !== -1) return false;
  const rootTag = xml.slice(root.start, root.end);
  if (/\sxmlns\s*=\s*(""|'')/.test(rootTag)) return false;
  const declared = new Set(['xml', 'xmlns']);
  for (const [, prefix] of rootTag.matchAll(/\sxmlns:([^\s=]+)\s*=/g)) declared.add(prefix!);
  for (const [, prefix] of xml.matchAll(/<\/?([^\s/>:!?]+):/g)) if (!declared.has(prefix!)) return false;
  for (const [, prefix] of xml.matchAll(/\s([^\s=/<>"':]+):[^\s=/<>"']+\s*=/g)) if (!declared.has(prefix!)) return false;
  let tags = 0;
  for (let at = xml.indexOf('<'); at !== -1; at = xml.indexOf('<', at + 1)) tags++;
  return xml.length * 6 + tags * (2 * limits.depth + 2) <= limits.storedLength;
}

/** Where the root element's start tag is: after the declaration, comments and a doctype. */
function rootStartTag(xml: string): { start: number; end: number } | null {
  for (let at = xml.indexOf('<'); at !== -1; ) {
    const end = endOfMarkup(xml, at);
    if (end === -1) return null;
    if (xml[at + 1] !== '?' && xml[at + 1] !== '!') return { start: at, end };
    at = xml.indexOf('<', end + 1);
  }
  return null;
}
