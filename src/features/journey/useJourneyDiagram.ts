import { useEffect, useState } from 'react';
import { elementIdsOf, journeyDiagramFromXml, type JourneyDiagram } from '../../domain/journey/diagram';

export interface LoadedDiagram {
  diagram: JourneyDiagram;
  /** Every id a link may point at, for flagging links to elements the diagram no longer has. */
  elementIds: ReadonlySet<string>;
}

export type DiagramState = { status: 'none' } | { status: 'loading' } | { status: 'failed'; reason: string } | ({ status: 'ready' } & LoadedDiagram);

// The last few diagrams read, keyed by their XML: switching maps or variants re-reads nothing.
const cache = new Map<string, Promise<LoadedDiagram>>();

function load(xml: string): Promise<LoadedDiagram> {
  let entry = cache.get(xml);
  if (!entry) {
    entry = journeyDiagramFromXml(xml).then((diagram) => ({ diagram, elementIds: elementIdsOf(diagram) }));
    cache.set(xml, entry);
    for (const oldest of cache.keys()) if (cache.size > 4) cache.delete(oldest);
  }
  return entry;
}

/** The variant's diagram as the journey reads it; re-read when the variant is saved. */
export function useJourneyDiagram(xml: string | undefined): DiagramState {
  const [state, setState] = useState<{ xml: string; state: DiagramState } | null>(null);
  useEffect(() => {
    if (xml === undefined) return;
    let current = true;
    load(xml).then(
      (loaded) => current && setState({ xml, state: { status: 'ready', ...loaded } }),
      (error: unknown) => current && setState({ xml, state: { status: 'failed', reason: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [xml]);
  if (xml === undefined) return { status: 'none' };
  // While a newer save is read, the previous reading stays on screen.
  return state?.state ?? { status: 'loading' };
}
