import { create } from 'zustand';
import type { VariantKind } from '../../domain/variant';

/** How the process workspace is laid out; per tab, not part of any document. */
interface WorkspaceState {
  sideBySide: boolean;
  secondKind: VariantKind;
  syncViews: boolean;
  /** The step data panel beside the canvas, remembered apart for one pane and for two. */
  panelOpen: { single: boolean; sideBySide: boolean };
  setPanelOpen(open: boolean): void;
  /** Badges on annotated steps (documents, hand-typed fields, visits, approvals). */
  badgesVisible: boolean;
  setBadgesVisible(visible: boolean): void;
  /** The list of checks under the canvas (its count shows either way). */
  problemsOpen: boolean;
  setProblemsOpen(open: boolean): void;
  setSideBySide(on: boolean): void;
  setSecondKind(kind: VariantKind): void;
  setSyncViews(on: boolean): void;
}

export const useWorkspace = create<WorkspaceState>((set) => ({
  sideBySide: false,
  secondKind: 'toBe',
  syncViews: true,
  // Two canvases side by side have no room for two panels unless the user asks for them.
  panelOpen: { single: true, sideBySide: false },
  badgesVisible: true,
  setBadgesVisible: (badgesVisible) => set({ badgesVisible }),
  problemsOpen: false,
  setProblemsOpen: (problemsOpen) => set({ problemsOpen }),
  setPanelOpen: (open) => set((s) => ({ panelOpen: { ...s.panelOpen, [s.sideBySide ? 'sideBySide' : 'single']: open } })),
  setSideBySide: (sideBySide) => set({ sideBySide }),
  setSecondKind: (secondKind) => set({ secondKind }),
  setSyncViews: (syncViews) => set({ syncViews }),
}));

export const usePanelOpen = () => useWorkspace((s) => (s.sideBySide ? s.panelOpen.sideBySide : s.panelOpen.single));
