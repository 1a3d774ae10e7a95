import type { BpmnEditor } from './createEditor';
import type { FitView } from './fit';

interface Viewbox {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface CanvasLike {
  viewbox(box?: Viewbox): Viewbox;
}

/**
 * Mirrors zoom and scroll between two diagrams shown side by side. A flag stops the echo
 * of the mirrored change coming back as a new change.
 */
export function syncViewboxes(a: BpmnEditor, b: BpmnEditor): () => void {
  let mirroring = false;
  const link = (from: BpmnEditor, to: BpmnEditor) => {
    const handler = ({ viewbox }: { viewbox: Viewbox }) => {
      const target = to.get<CanvasLike>('canvas');
      if (mirroring || sameViewbox(target.viewbox(), viewbox)) return;
      mirroring = true;
      try {
        target.viewbox({ x: viewbox.x, y: viewbox.y, width: viewbox.width, height: viewbox.height });
      } finally {
        mirroring = false;
      }
    };
    from.on('canvas.viewbox.changed', handler);
    return () => from.off('canvas.viewbox.changed', handler);
  };
  const unlinkA = link(a, b);
  const unlinkB = link(b, a);
  // Editors frame both diagrams at once from now on (and now), so the wider one is not cut.
  const [fitA, fitB] = [a.get<FitView | null>('fitView', false), b.get<FitView | null>('fitView', false)];
  fitA?.pairWith(fitB);
  fitB?.pairWith(fitA);
  if (fitA && fitB) fitA.fit();
  else b.get<CanvasLike>('canvas').viewbox(a.get<CanvasLike>('canvas').viewbox());
  return () => {
    unlinkA();
    unlinkB();
    fitA?.pairWith(null);
    fitB?.pairWith(null);
  };
}

function sameViewbox(a: Viewbox, b: Viewbox): boolean {
  const close = (p: number, q: number) => Math.abs(p - q) < 0.5;
  return close(a.x, b.x) && close(a.y, b.y) && close(a.width, b.width) && close(a.height, b.height);
}
