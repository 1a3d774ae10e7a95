import { BpmnModdle, type ModdleElement, type ParseWarning } from 'bpmn-moddle';
import { layoutProcess } from 'bpmn-auto-layout';
import { readFlowData, readStepData, stepDataDescriptor } from './stepData/stepData';
import type { DictionaryEntry } from './dictionary/dictionary';
import { takeDictionary } from './dictionary/embeddedDictionary';
import { collectProcesses, flowElementsDeep, planeElementsOf } from './moddleLists';

export { collectProcesses } from './moddleLists';
import { findXmlExcess, type XmlShapeLimits } from './xmlShape';
import { surelyWritable } from './writableAsIs';
import { dropInvalidColors } from './diagramColors';
import { classifyWarnings, type BpmnWarning } from './bpmnWarnings';
import { repairPlanes, viewDiagrams } from './diagrams';
import { unprefixReferences } from './qualifiedReferences';
import { shownProcessName } from './processName';
import { renderBlocker } from './renderable';
import { defineModdlePropertiesFaster } from './moddleDefine';

export type { BpmnWarning } from './bpmnWarnings';

/**
 * Everything a file must pass before it may touch stored data. Pure: the same checks run
 * in the browser before an import and in Node over the third-party corpus.
 */
export const maxBpmnFileBytes = 20 * 1024 * 1024;

/**
 * The longest diagram XML the workspace stores. Chromium refuses IndexedDB values over about 127 MiB
 * and stores a string of Cyrillic text at two bytes a character, so 50 million characters stay clear
 * of it with room for the rest of the record. Imports over it are refused; a save over it is not retried.
 */
export const maxStoredXmlLength = 50_000_000;

/**
 * What an imported file may hold, so that it can be stored and saved again after every edit. The
 * editor saves indented XML, one indent per level, so deep nesting multiplies the size. The
 * third-party corpus nests 15 deep at most and has 25,000 elements at most; a process of 20,000 flow
 * nodes with its diagram has about 200,000.
 */
export interface ImportLimits extends XmlShapeLimits {
  /** Longest indented serialisation, as the editor saves it. */
  storedLength: number;
}
export const importLimits: ImportLimits = { depth: 100, elements: 400_000, storedLength: maxStoredXmlLength };

export type BpmnFileError =
  | { code: 'tooLarge'; size: number; limit: number }
  | { code: 'empty' }
  | { code: 'notXml'; detail: string }
  | { code: 'notBpmn'; detail: string }
  | { code: 'noProcess' }
  | { code: 'tooDeep'; limit: number }
  | { code: 'tooManyElements'; limit: number }
  | { code: 'tooLargeToStore'; length: number; limit: number };

export interface BpmnInspection {
  ok: true;
  /** The XML to import: the file's own, or with a generated layout when the file had no diagram. */
  xml: string;
  /** Dictionary entries the file carried (they join the project's dictionary; the XML no longer holds them). */
  dictionary: DictionaryEntry[];
  warnings: BpmnWarning[];
  layoutGenerated: boolean;
  processCount: number;
  /** Diagrams of a process or collaboration; the editor shows one at a time. */
  diagramCount: number;
  flowNodeCount: number;
  /** The name the file shows for its process (a pool's label or the process's name), for the new process. */
  firstProcessName: string;
  /**
   * The checks proved that bpmn-js draws the XML (renderable.ts), so no trial render is needed; false
   * for a file they could not prove it of, which is drawn once off-screen before it is stored.
   */
  renderable: boolean;
}

export type BpmnInspectionResult = BpmnInspection | { ok: false; error: BpmnFileError };

/**
 * Reads the bytes in the encoding the file declares (BOM or XML prolog), as other tools write both.
 * The text is Unicode from then on and is stored and exported as UTF-8, so the prolog says so.
 */
export function decodeBpmnBytes(bytes: Uint8Array): string {
  return declareUtf8(decode(bytes));
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const prolog = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']/.exec(prolog)?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const declareUtf8 = (text: string) => text.replace(/^(<\?xml[^>]*encoding=)(["'])[A-Za-z0-9._-]+\2/, '$1$2UTF-8$2');

export function checkFileSize(size: number): BpmnFileError | null {
  if (size === 0) return { code: 'empty' };
  if (size > maxBpmnFileBytes) return { code: 'tooLarge', size, limit: maxBpmnFileBytes };
  return null;
}

/**
 * Every check, on one parse of the file: its shape before the parser, then BPMN, repairs, the embedded
 * dictionary, the figures and whether bpmn-js can draw it all read the same tree. The tree is written
 * once, as the editor will save it, to know that it can be written and fits the store.
 */
export async function inspectBpmn(xml: string, limits: ImportLimits = importLimits): Promise<BpmnInspectionResult> {
  if (!xml.trim()) return { ok: false, error: { code: 'empty' } };
  // Before the parser: it would build the whole tree of a hostile file first.
  const excess = findXmlExcess(xml, limits);
  if (excess) return { ok: false, error: excess };
  const unprefixed = unprefixReferences(xml);
  const parsed = await parse(unprefixed.xml);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  const { definitions } = parsed;
  const processes = collectProcesses(definitions);
  if (processes.length === 0) return { ok: false, error: { code: 'noProcess' } };
  const hasDiagram = planeElementsOf(definitions).length > 0;
  const planeWarnings = repairPlanes(definitions);
  const colorWarnings = dropInvalidColors(definitions).map(
    ({ elementId, attribute, value }): BpmnWarning => ({ kind: 'invalidColor', subject: `${elementId}: ${attribute}="${value}"`, message: '' }),
  );
  // In the workspace the dictionary lives in the project: taken out of the tree before it is written.
  const dictionary = takeDictionary(definitions);
  const changed = colorWarnings.length > 0 || planeWarnings.length > 0 || dictionary !== null;
  // Written only when it changed or the text cannot tell that it would be written back: writing 3 MB took a third of the checks.
  const writable = changed || !surelyWritable(unprefixed.xml, limits) ? await ensureWritable(unprefixed.xml, definitions, limits.storedLength, changed) : { xml: unprefixed.xml, warnings: [] };
  if ('error' in writable) return { ok: false, error: writable.error };
  // A file without a diagram gets a generated one (bpmn-auto-layout reads the XML itself).
  const finalXml = hasDiagram ? writable.xml : await layoutProcess(writable.xml);
  const prefixWarnings = unprefixed.rewritten.map((subject): BpmnWarning => ({ kind: 'prefixedReferences', subject, message: '' }));
  return {
    ok: true,
    xml: finalXml,
    dictionary: dictionary ?? [],
    warnings: [...classifyWarnings(parsed.warnings), ...prefixWarnings, ...planeWarnings, ...colorWarnings, ...writable.warnings, ...stepDataWarnings(processes)],
    layoutGenerated: !hasDiagram,
    processCount: processes.length,
    diagramCount: hasDiagram ? viewDiagrams(definitions).length : 1,
    flowNodeCount: processes.reduce((n, p) => n + countFlowNodes(p), 0),
    firstProcessName: shownProcessName(definitions),
    renderable: hasDiagram && renderBlocker(definitions, parsed.elementsById) === null,
  };
}

async function parse(xml: string): Promise<{ definitions: ModdleElement; warnings: ParseWarning[]; elementsById: Record<string, ModdleElement> } | { error: BpmnFileError }> {
  try {
    const { rootElement, warnings, elementsById } = await newModdle().fromXML(xml);
    return { definitions: rootElement, warnings, elementsById };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // moddle says "failed to parse document as <bpmn:Definitions>" for well-formed XML of another kind.
    if (/failed to parse document as/.test(message)) return { error: { code: 'notBpmn', detail: firstLine(message) } };
    return { error: { code: 'notXml', detail: firstLine(message) } };
  }
}

/**
 * A variant that cannot be written back could never be saved after an edit: it is written here as
 * the editor writes it, indented, and must fit the store. Some tools write extension content in no
 * namespace (xmlns=""), which bpmn-moddle reads but cannot write: that content is dropped, with a
 * warning naming it. The file's own text is kept unless something was dropped (`changed` says the
 * caller already took something out of the tree).
 */
async function ensureWritable(
  xml: string,
  definitions: ModdleElement,
  storedLength: number,
  changed: boolean,
): Promise<{ xml: string; warnings: BpmnWarning[] } | { error: BpmnFileError }> {
  const moddle = newModdle();
  const written = await moddle.toXML(definitions, { format: true }).catch(() => null);
  const dropped = written ? [] : dropNamespacelessExtensions(definitions);
  const formatted = written?.xml ?? (await moddle.toXML(definitions, { format: true })).xml;
  if (formatted.length > storedLength) return { error: { code: 'tooLargeToStore', length: formatted.length, limit: storedLength } };
  const warnings = [...new Set(dropped)].map((subject): BpmnWarning => ({ kind: 'droppedExtension', subject, message: subject }));
  return { xml: written && !changed ? xml : formatted, warnings };
}

function dropNamespacelessExtensions(element: unknown, dropped: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof element !== 'object' || element === null || seen.has(element)) return dropped;
  seen.add(element);
  const record = element as Record<string, unknown>;
  for (const key of ['values', '$children']) {
    const children = record[key];
    if (!Array.isArray(children)) continue;
    // moddle reads <x xmlns=""> as a generic element with an empty xmlns and a made-up prefix.
    record[key] = children.filter((child: { $type?: string; xmlns?: string }) => {
      const keep = child?.xmlns !== '';
      if (!keep) dropped.push((child.$type ?? '').replace(/^[^:]*:/, ''));
      return keep;
    });
  }
  for (const [key, value] of Object.entries(record)) {
    if (key === '$parent' || key === '$descriptor' || key === '$model') continue;
    if (Array.isArray(value)) value.forEach((v) => dropNamespacelessExtensions(v, dropped, seen));
    else dropNamespacelessExtensions(value, dropped, seen);
  }
  return dropped;
}

/** The moddle every check uses: BPMN plus the workbench's step-data extension. */
export function newModdle(): BpmnModdle {
  const moddle = new BpmnModdle({ rw: stepDataDescriptor });
  defineModdlePropertiesFaster(moddle);
  return moddle;
}

function stepDataWarnings(processes: ModdleElement[]): BpmnWarning[] {
  return processes
    .flatMap(flowElementsDeep)
    .flatMap((element) => [...readStepData(element).problems, ...readFlowData(element).problems])
    .map((p): BpmnWarning => ({ kind: 'invalidStepData', subject: `${p.elementId}: ${p.attribute}="${p.value}"`, message: '' }));
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? text;
}

export function countFlowNodes(container: ModdleElement): number {
  return flowElementsDeep(container).filter((element) => element.$instanceOf('bpmn:FlowNode')).length;
}
