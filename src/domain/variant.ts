/** The three variants of a business process (2024 Rules §3.7–3.9), in the order the procedure produces them. */
export const variantKinds = ['asIs', 'toBe', 'optimal'] as const;
export type VariantKind = (typeof variantKinds)[number];

export interface Process {
  id: string;
  projectId: string;
  name: string;
  position: number;
  createdAt: number;
  /** Set while the process is in the project's trash. */
  deletedAt: number | null;
}

export interface Variant {
  id: string;
  projectId: string;
  processId: string;
  kind: VariantKind;
  xml: string;
  /** Increases with every stored save; a save that expects another revision is a conflict, not an overwrite. */
  revision: number;
  updatedAt: number;
}

/** A variant as its record is stored: its diagram is stored apart (storage/variantContents.ts). */
export type StoredVariant = Omit<Variant, 'xml'>;

/** Which variant it is, without its diagram: what the editor's page needs to lay out the tabs and panes. */
export type VariantRef = Pick<Variant, 'id' | 'projectId' | 'processId' | 'kind'>;

/** The variants a new one can be copied from: any that exists, as-is first. */
export function derivationSources(existing: readonly VariantKind[], target: VariantKind): VariantKind[] {
  return variantKinds.filter((kind) => kind !== target && existing.includes(kind));
}

