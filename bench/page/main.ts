/**
 * The bench page: never part of the app build, only built and driven by bench/run.mjs.
 * It loads the same CSS as the app and exposes `window.runBench` (render), and
 * `window.runComparisonBench` and `window.profileComparison` (comparison of two variants).
 */
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import 'diagram-js-minimap/assets/diagram-js-minimap.css';
import Modeler from 'bpmn-js/lib/Modeler';
import { createBpmnEditor } from '../../src/bpmn/createEditor';
import { newModdle } from '../../src/domain/bpmnFile';
import { compareVariants } from '../../src/domain/compare/comparison';
import { extractFacts, factsFromXml } from '../../src/domain/compare/facts';
import type { DictionaryEntry } from '../../src/domain/dictionary/dictionary';
import { diffParsedVariants, diffVariants } from '../../src/domain/diff/diffVariants';
import { countFindings, type ComparisonFindings } from '../comparisonCounts';

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

export interface ComparisonResult {
  /** factsFromXml of both variants + compareVariants + diffVariants, as the app runs them. */
  totalMs: number;
  /** factsFromXml(asIs) + factsFromXml(toBe): parsing with bpmn-moddle and reading the facts. */
  factsMs: number;
  /** compareVariants: the metrics of both variants (term included) and their changes. */
  metricsMs: number;
  /** diffVariants(asIs, toBe), which parses both XML strings again. */
  diffMs: number;
  findings: ComparisonFindings;
}

/** The same work taken apart, each part timed on its own (see profileComparison). */
export interface ComparisonProfile {
  parseAsIsMs: number;
  parseToBeMs: number;
  extractFactsMs: number;
  metricsMs: number;
  diffParseMs: number;
  diffCoreMs: number;
  /** The whole comparison with each XML parsed once, facts and diff sharing the trees. */
  sharedParseTotalMs: number;
}

declare global {
  interface Window {
    runBench: (xml: string, kind: EditorKind) => Promise<BenchResult>;
    runComparisonBench: (asIsXml: string, toBeXml: string, dictionary: DictionaryEntry[]) => Promise<ComparisonResult>;
    profileComparison: (asIsXml: string, toBeXml: string, dictionary: DictionaryEntry[]) => Promise<ComparisonProfile>;
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
 * One comparison of two variants as the app computes it: the comparison view's
 * factsFromXml per variant and compareVariants (src/features/compare/useProcessComparison.ts),
 * then the diff view's diffVariants (src/features/compare/diff/useVariantDiff.ts). Forced GCs
 * first, so that garbage of the previous run is not collected inside this one.
 */
window.runComparisonBench = async (asIsXml, toBeXml, dictionary) => {
  await settleHeap();
  const started = performance.now();
  const asIs = await factsFromXml(asIsXml);
  const toBe = await factsFromXml(toBeXml);
  const factsDone = performance.now();
  const comparison = compareVariants({ asIs, toBe }, dictionary);
  const metricsDone = performance.now();
  const diff = await diffVariants(asIsXml, toBeXml);
  const finished = performance.now();
  return {
    totalMs: finished - started,
    factsMs: factsDone - started,
    metricsMs: metricsDone - factsDone,
    diffMs: finished - metricsDone,
    findings: countFindings(comparison, diff),
  };
};

/**
 * Where the time of a comparison goes: bpmn-moddle's fromXML per variant, reading the facts,
 * the metrics, and the diff taken apart into its two parses and the rest (diffParsedVariants:
 * matching, re-keying, bpmn-js-differ, flow positions, step data). Then, as a what-if, the
 * whole comparison with one parse per variant shared by facts and diff.
 */
window.profileComparison = async (asIsXml, toBeXml, dictionary) => {
  const parse = async (xml: string) => (await newModdle().fromXML(xml)).rootElement;
  const time = async <T>(work: () => T | Promise<T>): Promise<[T, number]> => {
    const started = performance.now();
    const result = await work();
    return [result, performance.now() - started];
  };
  await settleHeap();
  const [asIsTree, parseAsIsMs] = await time(() => parse(asIsXml));
  const [toBeTree, parseToBeMs] = await time(() => parse(toBeXml));
  const [facts, extractFactsMs] = await time(() => ({ asIs: extractFacts(asIsTree), toBe: extractFacts(toBeTree) }));
  const [, metricsMs] = await time(() => compareVariants(facts, dictionary));
  const [trees, diffParseMs] = await time(async () => [await parse(asIsXml), await parse(toBeXml)] as const);
  const [, diffCoreMs] = await time(() => diffParsedVariants(trees[0], trees[1]));

  await settleHeap();
  const [, sharedParseTotalMs] = await time(async () => {
    const [oldTree, newTree] = [await parse(asIsXml), await parse(toBeXml)];
    compareVariants({ asIs: extractFacts(oldTree), toBe: extractFacts(newTree) }, dictionary);
    return diffParsedVariants(oldTree, newTree);
  });
  return { parseAsIsMs, parseToBeMs, extractFactsMs, metricsMs, diffParseMs, diffCoreMs, sharedParseTotalMs };
};
