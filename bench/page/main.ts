/**
 * The bench page: never part of the app build, only built and driven by bench/run.mjs.
 * It loads the same CSS as the app and exposes `window.runBench` (render),
 * `window.runComparisonBench` (comparison of two variants) and `window.runJourneyBench`
 * (a journey map of 50 stages and 500 cards: render and one edit, see journey.tsx).
 */
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import 'diagram-js-minimap/assets/diagram-js-minimap.css';
import Modeler from 'bpmn-js/lib/Modeler';
import { createBpmnEditor } from '../../src/bpmn/createEditor';
import { compareVariants } from '../../src/domain/compare/comparison';
import { parseDefinitions, readVariant } from '../../src/domain/compare/parsedVariant';
import type { DictionaryEntry } from '../../src/domain/dictionary/dictionary';
import { diffPreparedVariants } from '../../src/domain/diff/diffVariants';
import { countFindings, type ComparisonFindings } from '../comparisonCounts';
import './journey';

export type EditorKind = 'workbench' | 'plain-bpmn-js';

export interface BenchResult {
  kind: EditorKind;
  /** Constructing the editor (modules, services, empty canvas); not part of `renderMs`. */
  createMs: number;
  /** importXML + zoom('fit-viewport') + two animation frames, so layout and paint are included. */
  renderMs: number;
  /** usedJSHeapSize with the rendered editor alive minus before it was created; null without performance.memory. */
  heapDeltaBytes: number | null;
  /** Whether both heap readings followed forced GCs (Chromium started with --js-flags=--expose-gc). */
  heapAfterGc: boolean;
  importWarnings: number;
  /** Flow node shapes on the canvas after import, to check the diagram really rendered. */
  renderedFlowNodes: number;
}

interface CanvasLike {
  zoom(level: 'fit-viewport'): number;
}

interface ElementLike {
  type: string;
  businessObject?: { $instanceOf?: (type: string) => boolean };
}

interface ElementRegistryLike {
  filter(fn: (element: ElementLike) => boolean): ElementLike[];
}

type GcFn = (options?: { type?: 'major' | 'minor'; execution?: 'sync' | 'async' }) => void | Promise<void>;

/**
 * What is ready before the clock starts: nothing (cold, the first open of the comparison page),
 * the as-is variant parsed and read as the page's cache holds it (edit, a save of the to-be), or
 * both diagrams parsed (parsed: facts, metrics and diff alone).
 */
export type ComparisonScenario = 'cold' | 'edit' | 'parsed';

export interface ComparisonResult {
  totalMs: number;
  /** parseDefinitions of the variants not ready: bpmn-moddle's fromXML, of the XML without step data and drawing where they are cut out and read apart. */
  parseMs: number;
  /** readVariant of the variants not read: tree index, step data, layouts and facts. */
  readMs: number;
  /** compareVariants: the metrics of both variants (term included) and their changes. */
  metricsMs: number;
  /** diffPreparedVariants. */
  diffMs: number;
  findings: ComparisonFindings;
}

declare global {
  interface Window {
    runBench: (xml: string, kind: EditorKind) => Promise<BenchResult>;
    runComparisonBench: (asIsXml: string, toBeXml: string, dictionary: DictionaryEntry[], scenario: ComparisonScenario, otherProcessXml: string) => Promise<ComparisonResult>;
  }
}

const WIDTH = 1280;
const HEIGHT = 800;

const usedHeap = (): number | null =>
  (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Two full GCs (DOM wrappers and weak callbacks need a second pass), run as their own tasks so
 * that no stale pointer on the current stack keeps a previous editor alive. Needs --expose-gc.
 */
const settleHeap = async (): Promise<boolean> => {
  const gc = (globalThis as { gc?: GcFn }).gc;
  if (!gc) return false;
  await gc({ type: 'major', execution: 'async' });
  await gc({ type: 'major', execution: 'async' });
  return true;
};

function createEditor(kind: EditorKind, container: HTMLElement) {
  if (kind === 'workbench') return createBpmnEditor({ container, language: 'ru', readOnly: false });
  return new Modeler({ container });
}

window.runBench = async (xml, kind) => {
  const container = document.createElement('div');
  container.style.cssText = `position:fixed;left:0;top:0;width:${WIDTH}px;height:${HEIGHT}px;overflow:hidden;background:#fff`;
  document.body.appendChild(container);

  const heapAfterGc = await settleHeap();
  const heapBefore = usedHeap();

  const created = performance.now();
  const editor = createEditor(kind, container);
  const started = performance.now();
  try {
    const { warnings } = await editor.importXML(xml);
    editor.get<CanvasLike>('canvas').zoom('fit-viewport');
    await nextFrame();
    await nextFrame();
    const finished = performance.now();

    await settleHeap();
    const heapAfter = usedHeap();
    const renderedFlowNodes = editor
      .get<ElementRegistryLike>('elementRegistry')
      .filter((element) => element.type !== 'label' && element.businessObject?.$instanceOf?.('bpmn:FlowNode') === true).length;

    return {
      kind,
      createMs: started - created,
      renderMs: finished - started,
      heapDeltaBytes: heapBefore === null || heapAfter === null ? null : heapAfter - heapBefore,
      heapAfterGc,
      importWarnings: warnings.length,
      renderedFlowNodes,
    };
  } finally {
    editor.destroy();
    container.remove();
  }
};

/**
 * One comparison of two variants as the comparison page computes it: each variant not cached is
 * parsed and read once (parseVariant, as cachedVariant does), then compareVariants
 * (useProcessComparison) and diffPreparedVariants (useVariantDiff). Forced GCs first, so that
 * garbage of the previous run, or of what the scenario prepares, is not collected inside this one.
 */
window.runComparisonBench = async (asIsXml, toBeXml, dictionary, scenario, otherProcessXml) => {
  const split = { parseMs: 0, readMs: 0, metricsMs: 0, diffMs: 0 };
  const timed = async <T>(part: keyof typeof split, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    split[part] += performance.now() - started;
    return result;
  };
  type Parsed = Awaited<ReturnType<typeof parseDefinitions>>;
  // Cold: the variant read last is another process's, which shares no step data or shape with these (rememberedParts.ts).
  if (scenario === 'cold') await parseDefinitions(otherProcessXml);
  const asIsTree = scenario === 'cold' ? null : await parseDefinitions(asIsXml);
  const toBeTree = scenario === 'parsed' ? await parseDefinitions(toBeXml) : null;
  const asIsCached = scenario === 'edit' ? readVariant(asIsTree!.definitions, asIsTree!.parts) : null;
  const variant = async (xml: string, tree: Parsed | null) => {
    const { definitions, parts } = tree ?? (await timed('parseMs', () => parseDefinitions(xml)));
    return timed('readMs', () => readVariant(definitions, parts));
  };

  await settleHeap();
  const started = performance.now();
  const asIs = asIsCached ?? (await variant(asIsXml, asIsTree));
  const toBe = await variant(toBeXml, toBeTree);
  const comparison = await timed('metricsMs', () => compareVariants({ asIs: asIs.facts, toBe: toBe.facts }, dictionary));
  const diff = await timed('diffMs', () => diffPreparedVariants(asIs.prepared, toBe.prepared));
  const totalMs = performance.now() - started;
  return { totalMs, ...split, findings: countFindings(comparison, diff) };
};
