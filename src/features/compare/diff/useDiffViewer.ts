import { useMemo } from 'react';
import { markDiff } from '../../../bpmn/diff';
import type { MarkerCategory } from '../../../domain/diff/types';
import { useDiagramViewer, type DiagramViewer } from '../../ui/useDiagramViewer';

/** A read-only viewer of one variant, coloured by the diff. */
export function useDiffViewer(xml: string, markers: Readonly<Record<string, MarkerCategory>> | null): DiagramViewer {
  const mark = useMemo(() => (markers ? (viewer: Parameters<typeof markDiff>[0]) => markDiff(viewer, markers) : null), [markers]);
  return useDiagramViewer(xml, mark);
}
