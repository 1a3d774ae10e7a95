import { create } from 'zustand';
import { mergeWarnings, type BpmnWarning } from '../../domain/bpmnWarnings';
import type { VariantKind } from '../../domain/variant';

/** Where an imported file went: a process's variant. */
export interface VariantSlot {
  processId: string;
  kind: VariantKind;
}

/** What an editor drew in a variant: the XML and the warnings of its import. */
export interface Drawing {
  xml: string;
  warnings: BpmnWarning[];
}

interface Note {
  warnings: BpmnWarning[];
  /** The XML the import stored, to know the editor's drawing of it. */
  xml: string;
  /** The editor has drawn it and its warnings are in `warnings`. */
  drawn: boolean;
}

interface ImportNotes {
  notes: Record<string, Note>;
  drawings: Record<string, Drawing>;
  remember(slot: VariantSlot, warnings: BpmnWarning[], xml: string): void;
  drew(slot: VariantSlot, drawing: Drawing | null): void;
  forget(slot: VariantSlot): void;
}

const keyOf = ({ processId, kind }: VariantSlot) => `${processId}/${kind}`;
const withDrawing = (note: Note, drawing: Drawing | undefined): Note =>
  !note.drawn && drawing?.xml === note.xml ? { ...note, warnings: mergeWarnings(note.warnings, drawing.warnings), drawn: true } : note;

/**
 * The warnings of the last file imported into a variant in this tab: the banner over its diagram
 * lists them (with what the import itself repaired, which the diagram no longer shows) instead of
 * the editor's own, so the toast and the banner speak of one list. The import's checks give the
 * first part; the editor's import of the stored XML, the only render of the file, adds what bpmn-js
 * skipped when it draws (`drew`), whichever of the two comes first. Per tab, never stored.
 */
export const useImportNotes = create<ImportNotes>((set) => ({
  notes: {},
  drawings: {},
  remember: (slot, warnings, xml) => set((s) => ({ notes: { ...s.notes, [keyOf(slot)]: withDrawing({ warnings, xml, drawn: false }, s.drawings[keyOf(slot)]) } })),
  drew: (slot, drawing) =>
    set((s) => {
      const key = keyOf(slot);
      const drawings = Object.fromEntries(Object.entries(s.drawings).filter(([other]) => other !== key));
      if (!drawing) return { drawings };
      const note = s.notes[key];
      return { drawings: { ...drawings, [key]: drawing }, notes: note ? { ...s.notes, [key]: withDrawing(note, drawing) } : s.notes };
    }),
  forget: (slot) => set((s) => ({ notes: Object.fromEntries(Object.entries(s.notes).filter(([key]) => key !== keyOf(slot))) })),
}));

export const useImportNotesOf = (slot: VariantSlot) => useImportNotes((s) => s.notes[keyOf(slot)]?.warnings);

/**
 * The warnings of the file imported into `slot` once its editor has drawn it, so that the toast counts
 * the same list as the banner; after `timeoutMs` without a drawing (the user went elsewhere), the
 * checks' own.
 */
export function warningsWhenDrawn(slot: VariantSlot, timeoutMs: number): Promise<BpmnWarning[]> {
  const key = keyOf(slot);
  return new Promise((resolve) => {
    const settle = (force: boolean) => {
      const note = useImportNotes.getState().notes[key];
      if (!force && note && !note.drawn) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(note?.warnings ?? []);
    };
    const timer = setTimeout(() => settle(true), timeoutMs);
    const unsubscribe = useImportNotes.subscribe(() => settle(false));
    settle(false);
  });
}
