/**
 * A reader of parts cut out of a variant (detachedXml.ts) that reads each part's text once: what the
 * parts of the variant read last read as is kept by their text, and only the others are read. A variant
 * and its copy, or one variant before and after an edit, share most of their parts, and a part's text
 * with the namespaces declared on the root decides what it reads as. Keeps one variant's parts (their
 * text and what they read as) until the next read.
 */
export function rememberedParts<T>(read: (parts: readonly string[], namespaces: string) => T[] | null) {
  let last: { namespaces: string; byText: Map<string, T> } | null = null;
  return (parts: readonly string[], namespaces: string): T[] | null => {
    const known = last?.namespaces === namespaces ? last.byText : undefined;
    const unread = known ? parts.filter((part) => !known.has(part)) : parts;
    const fresh = unread.length > 0 ? read(unread, namespaces) : [];
    if (!fresh || fresh.length !== unread.length) return null;
    let next = 0;
    const byText = new Map<string, T>();
    const results = parts.map((part) => {
      // One fresh result for each part not known, in order (checked above).
      const result = known?.get(part) ?? fresh[next++]!;
      byText.set(part, result);
      return result;
    });
    last = { namespaces, byText };
    return results;
  };
}
