import { create } from 'zustand';
import type { BpmnWarning } from '../../domain/bpmnWarnings';
import type { VariantKind } from '../../domain/variant';

/** Where an imported file went: a process's variant. */
export interface VariantSlot {
  processId: string;
  kind: VariantKind;
}

const keyOf = ({ processId, kind }: VariantSlot) => `${processId}/${kind}`;

/**
 * The warnings of the last file imported into a variant in this tab: the banner over its diagram
 * lists them (with what the import itself repaired, which the diagram no longer shows) instead of
 * the editor's own, so the toast and the banner speak of one list. Per tab, never stored.
 */
export const useImportNotes = create<{ notes: Record<string, BpmnWarning[]>; remember(slot: VariantSlot, warnings: BpmnWarning[]): void; forget(slot: VariantSlot): void }>(
  (set) => ({
    notes: {},
    remember: (slot, warnings) => set((s) => ({ notes: { ...s.notes, [keyOf(slot)]: warnings } })),
    forget: (slot) => set((s) => ({ notes: Object.fromEntries(Object.entries(s.notes).filter(([key]) => key !== keyOf(slot))) })),
  }),
);

export const useImportNotesOf = (slot: VariantSlot) => useImportNotes((s) => s.notes[keyOf(slot)]);
