/**
 * BPMN DI types `bpmnElement` (and other references) as xsd:QName, and some tools write them so:
 * `bpmnElement="bpmn2:_RPQQ…"` (GenMyModel). bpmn-moddle reads every reference as a plain id, finds
 * nothing, and the diagram draws empty. A reference `prefix:local` whose prefix the file declares and
 * whose `local` is an id of the file is rewritten to `local`; nothing else is touched.
 */
export function unprefixReferences(xml: string): { xml: string; rewritten: string[] } {
  const prefixes = new Set([...xml.matchAll(/\sxmlns:([A-Za-z_][\w.-]*)=/g)].map((m) => m[1]!));
  if (prefixes.size === 0) return { xml, rewritten: [] };
  const ids = new Set([...xml.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  const rewritten: string[] = [];
  const result = xml.replace(/(\s[A-Za-z_][\w.:-]*=")([A-Za-z_][\w.-]*):([A-Za-z_][\w.-]*)"/g, (whole, start: string, prefix: string, local: string) => {
    if (start.startsWith(' xmlns') || !prefixes.has(prefix) || !ids.has(local)) return whole;
    rewritten.push(`${prefix}:${local}`);
    return `${start}${local}"`;
  });
  return { xml: result, rewritten };
}
