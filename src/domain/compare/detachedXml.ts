import { stepDataDescriptor } from '../stepData/stepData';

export const diagramUri = 'http://www.omg.org/spec/BPMN/20100524/DI';
const modelUri = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

/** The attribute of the empty <rw:stepData> left in place of each one cut out: the number of the part cut. */
export const detachedPartAttribute = 'detachedPart';

/**
 * A variant's XML with its step data and its drawing cut out, for the comparison: bpmn-moddle
 * spends about two thirds of its parse of a variant with step data on building moddle elements for
 * those two (in the bench's 1,000-node variant, 7,800 step-data and 5,700 diagram elements of
 * 17,000), yet the comparison only reads them as plain values. Each <rw:stepData> is replaced by an
 * empty one that carries its number, so that moddle still decides which element holds it; each
 * <bpmndi:BPMNDiagram> is removed. The parts cut out are read by detachedStepData.ts and
 * detachedDiagrams.ts, within `namespaces`, the root element's declarations as written. A flow
 * node's <bpmn:incoming> and <bpmn:outgoing> are dropped too: the comparison follows the sequence
 * flows' own ends, and bpmn-js-differ skips many-valued references.
 */
export interface DetachedXml {
  core: string;
  stepData: string[];
  diagrams: string[];
  namespaces: string;
}

/**
 * Cuts only where the text alone tells exactly what a parser would see: no comments, CDATA,
 * processing instructions after the declaration or DOCTYPE, and each of the namespaces declared
 * once, with a prefix, on the root element, and written nowhere else (so no element rebinds it).
 * Otherwise null, and the variant is parsed whole.
 */
export function detachXml(xml: string): DetachedXml | null {
  if (/<!--|<!\[CDATA\[|<!DOCTYPE|<!ENTITY/i.test(xml) || /<\?/.test(xml.replace(/^\s*<\?xml[^>]*\?>/, ''))) return null;
  const rootStart = xml.search(/<[^?]/);
  const rootEnd = rootStart < 0 ? -1 : tagEnd(xml, rootStart);
  if (rootEnd < 0) return null;
  const rootTag = xml.slice(rootStart, rootEnd + 1);
  const declarations = [...rootTag.matchAll(/\s(xmlns(?::[\w.-]+)?)\s*=\s*("[^"]*"|'[^']*')/g)].map(([, name = '', value = '']) => ({ name, value: value.slice(1, -1) }));
  const prefixOf = (uri: string) => {
    const [bound, ...more] = declarations.filter((d) => d.value === uri);
    if (!bound || more.length > 0 || !bound.name.startsWith('xmlns:') || occurrences(xml, uri) !== 1) return null;
    const prefix = bound.name.slice('xmlns:'.length);
    return occurrences(xml, `xmlns:${prefix}`) === 1 ? prefix : null;
  };
  const stepDataPrefix = prefixOf(stepDataDescriptor.uri);
  const diagramPrefix = prefixOf(diagramUri);
  const modelPrefix = prefixOf(modelUri);

  const stepData: string[] = [];
  const diagrams: string[] = [];
  const cuts: { from: number; to: number; replacement: string }[] = [];
  const collect = (tag: string, parts: string[], replacement: (index: number) => string, textOnly = false) => {
    const elements = elementsNamed(xml, tag, textOnly);
    for (const { from, to } of elements ?? []) {
      cuts.push({ from, to, replacement: replacement(parts.length) });
      parts.push(xml.slice(from, to));
    }
    return elements !== null;
  };
  if (stepDataPrefix && !collect(`${stepDataPrefix}:stepData`, stepData, (index) => `<${stepDataPrefix}:stepData ${detachedPartAttribute}="${index}"/>`)) return null;
  if (diagramPrefix && !collect(`${diagramPrefix}:BPMNDiagram`, diagrams, () => '')) return null;
  for (const reference of modelPrefix ? ['incoming', 'outgoing'] : []) if (!collect(`${modelPrefix}:${reference}`, [], () => '', true)) return null;
  if (cuts.length === 0) return null;

  cuts.sort((a, b) => a.from - b.from);
  const pieces: string[] = [];
  let at = 0;
  for (const cut of cuts) {
    if (cut.from < at) return null;
    pieces.push(xml.slice(at, cut.from), cut.replacement);
    at = cut.to;
  }
  pieces.push(xml.slice(at));
  const namespaces = declarations.map(({ name, value }) => `${name}="${value.replaceAll('"', '&quot;')}"`).join(' ');
  return { core: pieces.join(''), stepData, diagrams, namespaces };
}

/**
 * Every element `<tag …>…</tag>` or `<tag …/>`, from its `<` to after its end; null if one holds
 * another of its name, or, `textOnly`, any element at all.
 */
function elementsNamed(xml: string, tag: string, textOnly: boolean): { from: number; to: number }[] | null {
  const found: { from: number; to: number }[] = [];
  const open = `<${tag}`;
  const close = `</${tag}`;
  for (let from = xml.indexOf(open); from >= 0; from = xml.indexOf(open, from + 1)) {
    if (!/[\s/>]/.test(xml.charAt(from + open.length))) continue;
    const end = tagEnd(xml, from);
    if (end < 0) return null;
    if (xml.charAt(end - 1) === '/') {
      found.push({ from, to: end + 1 });
      continue;
    }
    const closing = xml.indexOf(close, end);
    const next = xml.indexOf(open, end);
    const closingEnd = closing < 0 ? -1 : xml.indexOf('>', closing);
    if (closingEnd < 0 || (next >= 0 && next < closing) || xml.slice(closing + close.length, closingEnd).trim() !== '') return null;
    if (textOnly && xml.slice(end, closing).includes('<')) return null;
    found.push({ from, to: closingEnd + 1 });
  }
  return found;
}

/** The `>` that ends the tag starting at `from`; a `>` may stand in a quoted attribute value. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) count++;
  return count;
}
