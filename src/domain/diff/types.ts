import type { MatchedBy, StepPair } from './matchSteps';
import type { StepDataDiff } from './stepDataDiff';

export type ChangeKind = 'added' | 'removed' | 'changed';

/**
 * What changed on an element present in both variants, most telling first:
 * - name, type (BPMN type, event kind, interrupting or not);
 * - flow: its place in the sequence flow (see movedInFlow), its boundary host, its default flow,
 *   or a condition or label on a flow out of it;
 * - lane: it moved to another lane (executor);
 * - links: its data associations or message flows;
 * - data: its step data (see StepDataDiff);
 * - properties: other BPMN properties (documentation, loop markers…), named in `properties`;
 * - layout: moved or resized on the canvas only; the least important.
 */
export const changeAspects = ['name', 'type', 'flow', 'lane', 'links', 'data', 'properties', 'layout'] as const;
export type ChangeAspect = (typeof changeAspects)[number];

/**
 * One line of the change list: plain data (JSON-safe), ids as they are in each diagram so the
 * UI can select and centre the element on both sides, names as written (the UI resolves
 * dictionary refs in `data`). Sequence and message flows are not listed on their own: they show
 * as 'flow' or 'links' of the elements they connect, and in the markers.
 */
export interface ElementChange {
  kind: ChangeKind;
  /** The BPMN type (`bpmn:UserTask`): the new one when the element is in the new variant. */
  elementType: string;
  /** Set when the type changed. */
  oldType?: string;
  oldId?: string;
  newId?: string;
  oldName?: string;
  newName?: string;
  matchedBy?: MatchedBy;
  /** Empty for added and removed elements; ordered as changeAspects. */
  aspects: ChangeAspect[];
  properties?: string[];
  /** For added and removed steps, all their data counts as added or removed. */
  data?: StepDataDiff;
}

/** How to colour an element on each side: green, red, amber, and a faint mark for a canvas move. */
export type MarkerCategory = 'added' | 'removed' | 'changed' | 'layout';

export interface DiffSummary {
  added: number;
  removed: number;
  /** Changed in something more than layout. */
  changed: number;
  layoutOnly: number;
}

export interface VariantDiff {
  changes: ElementChange[];
  /** The correspondence used, for the user to review and correct (see MatchOverride). */
  matches: StepPair[];
  summary: DiffSummary;
  /** Element id → category, per diagram, ready for bpmn-js markers. */
  markers: { old: Record<string, MarkerCategory>; new: Record<string, MarkerCategory> };
}
