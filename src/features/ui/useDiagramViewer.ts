import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBpmnEditor, type BpmnEditor } from '../../bpmn/createEditor';
import type { BpmnLanguage } from '../../bpmn/translate';

interface Canvas {
  zoom(level: 'fit-viewport'): number;
  viewbox(box?: object): object;
}

export interface DiagramViewer {
  /** Callback ref for the element the diagram is drawn in. */
  attach(element: HTMLDivElement | null): void;
  /** Set once the diagram is drawn; null while loading or after a failure. */
  viewer: BpmnEditor | null;
  problem: string | null;
}

/** Marks elements of a drawn diagram and returns the undo; a new import drops the marks, so it is called again after each. */
export type MarkDiagram = (viewer: BpmnEditor) => () => void;

/**
 * A read-only viewer of one variant, marked by `mark` (the diff's colours, a journey card's steps).
 * A new save of the variant is drawn in place, keeping the zoom and scroll; a new language makes a
 * new viewer, which draws the diagram anew: read-only, it has no history to keep (an editor switches
 * in place, src/bpmn/translate). Pass a `mark` that keeps its identity while the marks stay.
 */
export function useDiagramViewer(xml: string, mark: MarkDiagram | null): DiagramViewer {
  const { i18n } = useTranslation();
  const language = i18n.language as BpmnLanguage;
  const [container, attach] = useState<HTMLDivElement | null>(null);
  // A new object per import: an import drops the marks, so they are set again after each.
  const [drawn, setDrawn] = useState<{ viewer: BpmnEditor } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const current = useRef<{ viewer: BpmnEditor; fitted: boolean } | null>(null);

  useEffect(() => {
    if (!container) return;
    const viewer = createBpmnEditor({ container, language, readOnly: true });
    current.current = { viewer, fitted: false };
    return () => {
      current.current = null;
      setDrawn(null);
      viewer.destroy();
    };
  }, [container, language]);

  // Runs after the effect above in the same commit, so a new viewer draws at once.
  useEffect(() => {
    const target = current.current;
    if (!target) return;
    let alive = true;
    const canvas = target.viewer.get<Canvas>('canvas');
    const viewbox = target.fitted ? canvas.viewbox() : null;
    target.viewer.importXML(xml).then(
      () => {
        if (!alive) return;
        if (viewbox) canvas.viewbox(viewbox);
        else canvas.zoom('fit-viewport');
        target.fitted = true;
        setProblem(null);
        setDrawn({ viewer: target.viewer });
      },
      (error: unknown) => alive && setProblem(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      alive = false;
    };
  }, [container, language, xml]);

  useEffect(() => {
    if (!drawn || !mark) return;
    return mark(drawn.viewer);
  }, [drawn, mark]);

  return { attach, viewer: drawn?.viewer ?? null, problem };
}
