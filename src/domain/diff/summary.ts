import type { DiffSummary, ElementChange, MarkerCategory, VariantDiff } from './types';

/** Sequence and message flows present on one side only, by their real ids. */
export interface ConnectionChanges {
  removed: string[];
  added: string[];
}

export function summarise(changes: readonly ElementChange[], connections: ConnectionChanges): { summary: DiffSummary; markers: VariantDiff['markers'] } {
  const summary: DiffSummary = { added: 0, removed: 0, changed: 0, layoutOnly: 0 };
  const markers: VariantDiff['markers'] = { old: {}, new: {} };
  const mark = (side: Record<string, MarkerCategory>, id: string | undefined, category: MarkerCategory) => {
    if (id) side[id] = category;
  };
  for (const change of changes) {
    if (change.kind === 'added') {
      summary.added++;
      mark(markers.new, change.newId, 'added');
    } else if (change.kind === 'removed') {
      summary.removed++;
      mark(markers.old, change.oldId, 'removed');
    } else {
      const layoutOnly = change.aspects.every((aspect) => aspect === 'layout');
      if (layoutOnly) summary.layoutOnly++;
      else summary.changed++;
      mark(markers.old, change.oldId, layoutOnly ? 'layout' : 'changed');
      mark(markers.new, change.newId, layoutOnly ? 'layout' : 'changed');
    }
  }
  for (const id of connections.removed) mark(markers.old, id, 'removed');
  for (const id of connections.added) mark(markers.new, id, 'added');
  return { summary, markers };
}
