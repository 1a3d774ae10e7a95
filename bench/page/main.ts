/**
 * The bench page: never part of the app build, only built and driven by bench/run.mjs.
 * It loads the same CSS as the app and exposes one function, `window.runBench`.
 */
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import 'diagram-js-minimap/assets/diagram-js-minimap.css';
import Modeler from 'bpmn-js/lib/Modeler';
import { createBpmnEditor } from '../../src/bpmn/createEditor';

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

declare global {
  interface Window {
    runBench: (xml: string, kind: EditorKind) => Promise<BenchResult>;
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
