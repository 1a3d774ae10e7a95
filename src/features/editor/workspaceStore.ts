import { create } from 'zustand';
import type { VariantKind } from '../../domain/variant';

/** How the process workspace is laid out; per tab, not part of any document. */
interface WorkspaceState {
  sideBySide: boolean;
  secondKind: VariantKind;
  syncViews: boolean;
  setSideBySide(on: boolean): void;
  setSecondKind(kind: VariantKind): void;
  setSyncViews(on: boolean): void;
}

export const useWorkspace = create<WorkspaceState>((set) => ({
  sideBySide: false,
  secondKind: 'toBe',
  syncViews: true,
  setSideBySide: (sideBySide) => set({ sideBySide }),
  setSecondKind: (secondKind) => set({ secondKind }),
  setSyncViews: (syncViews) => set({ syncViews }),
}));
